import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { StudentEvent } from '../../domain/student.events.js';
import { STUDENT_EVENT_TYPES } from '../../domain/student.events.js';
import type { Sealed } from '../../domain/student-record.js';
import { type PersonalDataKeys, personalDataKeysFromEnv } from '../../personal-data/master-key.js';
import { type PersonalField, open } from '../../personal-data/sealing.js';
import { dataKeyOf } from '../../personal-data/student-identities.js';
import { StudentRosterEntry } from './student-roster.entity.js';

export const STUDENT_ROSTER = 'students.roster';

/** What an erased student's row keeps: nothing that tells who they were. */
const ERASED_ROW = {
  studentNumber: null, name: null, major: null, classId: null, clubs: [], politicalStatus: null,
  rankPercentile: null, failedCourses: null, officer: null, status: 'erased',
} as const;

/**
 * The roster with names and numbers in the clear, opened with each student's key inside the projection's
 * transaction. Replayed after an erasure, the erased student's values read as masked and the erasure event
 * that follows purges the row.
 */
export function createStudentRosterProjection(keys: () => PersonalDataKeys): Projection {
  const opener = (manager: EntityManager, studentId: string) => {
    const key = dataKeyOf(manager, keys(), studentId);
    return async (field: PersonalField, sealed: Sealed) => open(await key, studentId, field, sealed);
  };

  return {
    name: STUDENT_ROSTER,
    handles: STUDENT_EVENT_TYPES,
    tables: ['student_roster'],

    async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
      const rows = manager.getRepository(StudentRosterEntry);
      const event = { type: recorded.type, data: recorded.data } as StudentEvent;
      const studentId = event.data.studentId;
      const row = await rows.findOneBy({ studentId });
      if (row && BigInt(row.lastRevision) >= recorded.revision) return;
      const lastRevision = recorded.revision.toString();
      switch (event.type) {
        case 'StudentEnrolled': {
          const { studentNumber, name, importId: _importId, enrolledAt, ...record } = event.data;
          const openField = opener(manager, studentId);
          const at = new Date(enrolledAt);
          await rows.save({
            ...record, clubs: [...record.clubs], studentNumber: await openField('studentNumber', studentNumber), name: await openField('name', name),
            status: 'enrolled', enrolledAt: at, updatedAt: at, lastRevision,
          });
          return;
        }
        case 'StudentRecordUpdated': {
          if (!row) return;
          const { name, clubs, ...changes } = event.data.changes;
          Object.assign(row, changes, clubs ? { clubs: [...clubs] } : {}, name ? { name: await opener(manager, studentId)('name', name) } : {});
          row.updatedAt = new Date(event.data.updatedAt);
          break;
        }
        case 'StudentLeft':
          if (!row) return;
          Object.assign(row, { status: 'left', updatedAt: new Date(event.data.leftAt) });
          break;
        case 'PersonalDataErased':
          if (!row) return;
          Object.assign(row, ERASED_ROW, { updatedAt: new Date(event.data.erasedAt) });
          break;
      }
      row.lastRevision = lastRevision;
      await rows.save(row);
    },
  };
}

/** The roster as the app runs it, with the keys of this process's environment (PII_MASTER_KEY). */
export const studentRosterProjection = createStudentRosterProjection(personalDataKeysFromEnv);
