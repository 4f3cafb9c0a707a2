import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type { RecordRollImport, StudentRollImportCommand } from './student-roll-import.commands.js';
import type { StudentRollImported, StudentRollImportEvent } from './student-roll-import.events.js';
import { type StudentRollImport, evolveRollImport, initialRollImport } from './student-roll-import.state.js';
import { RollImportInvalid } from './student.errors.js';

/** Recorded once: a retried import (the same Idempotency-Key) finds it recorded and adds nothing. */
export function recordRollImport(
  { data, metadata }: RecordRollImport,
  state: StudentRollImport,
): StudentRollImported[] {
  if (state.status === 'Recorded') return [];
  if (!/^[0-9a-f]{64}$/.test(data.fileSha256))
    throw new RollImportInvalid('fileSha256 is a hex SHA-256', { field: 'fileSha256' });
  const counts = Object.values(data.counts);
  if (!Number.isSafeInteger(data.rows) || data.rows < 0 || counts.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new RollImportInvalid('row counts are whole numbers', { field: 'counts' });
  }
  return [{ type: 'StudentRollImported', data: { ...data, importedBy: metadata.actor, importedAt: metadata.now } }];
}

export function decideRollImport(
  command: StudentRollImportCommand,
  state: StudentRollImport,
): StudentRollImportEvent[] {
  switch (command.type) {
    case 'RecordRollImport':
      return recordRollImport(command, state);
    default:
      return assertNever(command.type, 'student roll import command');
  }
}

export const rollImportDecider: Decider<StudentRollImport, StudentRollImportCommand, StudentRollImportEvent> = {
  decide: decideRollImport,
  evolve: evolveRollImport,
  initialState: initialRollImport,
};

export const rollImportStream = (importId: string) => `student-import-${importId}`;
