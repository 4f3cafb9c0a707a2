import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { RecordRollImport } from './student-roll-import.commands.js';
import { rollImportDecider } from './student-roll-import.decide.js';
import type { StudentRollImported } from './student-roll-import.events.js';
import { RollImportInvalid } from './student.errors.js';

const given = givenDecider(rollImportDecider);

describe('StudentRollImport', () => {
  it('records who imported which file and what it changed', () => given().when(recordImport({})).then(imported()));

  it('records an import once (a retried request adds nothing)', () =>
    given(imported()).when(recordImport({})).thenNothingHappens());

  it('refuses a file digest that is not a SHA-256', () =>
    given()
      .when(recordImport({ fileSha256: 'abc' }))
      .thenRejects(RollImportInvalid, /SHA-256/));

  it('refuses a negative count', () =>
    given()
      .when(recordImport({ counts: { ...counts, left: -1 } }))
      .thenRejects(RollImportInvalid, /whole numbers/));
});

const now = '2026-09-01T08:00:00.000Z';
const actor = { id: 'staff-1', role: 'union-staff', organisationId: 'school' };
const counts = { enrolled: 3, updated: 0, left: 0, unchanged: 0, rejectedRows: 1 };
const data: RecordRollImport['data'] = {
  importId: 'imp-1',
  fileSha256: 'a'.repeat(64),
  fileType: 'csv',
  rows: 4,
  scopeCollegeIds: ['arts'],
  onlyValidRows: true,
  counts,
};

function recordImport(changes: Partial<RecordRollImport['data']>): RecordRollImport {
  return { type: 'RecordRollImport', data: { ...data, ...changes }, metadata: { now, actor } };
}

function imported(): StudentRollImported {
  return { type: 'StudentRollImported', data: { ...data, importedBy: actor, importedAt: now } };
}
