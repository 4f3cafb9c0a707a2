import { assertNever } from '../../../shared/domain/decider.js';
import type { StudentRollImportEvent } from './student-roll-import.events.js';

export type StudentRollImport =
  Readonly<{ status: 'NotRecorded' }> | Readonly<{ status: 'Recorded'; importId: string }>;

export const initialRollImport = (): StudentRollImport => ({ status: 'NotRecorded' });

export function evolveRollImport(_state: StudentRollImport, event: StudentRollImportEvent): StudentRollImport {
  switch (event.type) {
    case 'StudentRollImported':
      return { status: 'Recorded', importId: event.data.importId };
    default:
      return assertNever(event.type, 'student roll import event');
  }
}
