import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { RollImportCounts } from './student-roll-import.events.js';

export type RecordRollImport = DomainCommand<
  'RecordRollImport',
  {
    importId: string;
    fileSha256: string;
    fileType: 'csv' | 'xlsx';
    rows: number;
    scopeCollegeIds: readonly string[];
    onlyValidRows: boolean;
    counts: RollImportCounts;
  }
>;

export type StudentRollImportCommand = RecordRollImport;
