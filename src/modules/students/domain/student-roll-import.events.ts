import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { Actor, DomainEvent } from '../../../shared/domain/decider.js';

export type RollImportCounts = Readonly<{
  enrolled: number;
  updated: number;
  left: number;
  unchanged: number;
  rejectedRows: number;
}>;

/**
 * One roll import as supervisors audit it: who imported which file (its SHA-256, never its content), for which
 * colleges, and what it changed. The students' own events carry the same importId.
 */
export type StudentRollImported = DomainEvent<
  'StudentRollImported',
  {
    importId: string;
    fileSha256: string;
    fileType: 'csv' | 'xlsx';
    rows: number;
    scopeCollegeIds: readonly string[];
    onlyValidRows: boolean;
    counts: RollImportCounts;
    importedBy: Actor;
    importedAt: string;
  }
>;

export type StudentRollImportEvent = StudentRollImported;

export const STUDENT_ROLL_IMPORT_EVENT_TYPES = eventTypeList<StudentRollImportEvent['type']>({
  StudentRollImported: true,
});
