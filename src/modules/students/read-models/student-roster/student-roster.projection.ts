import { type EntityManager, LessThan } from 'typeorm';
import { assertNever } from '../../../../shared/domain/decider.js';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { STUDENT_EVENT_TYPES, type StudentEvent } from '../../domain/student.events.js';
import type { PersonalDataKeys } from '../../personal-data/master-key.js';
import { open } from '../../personal-data/sealing.js';
import { dataKeyOf } from '../../personal-data/student-identities.js';
import { StudentRosterEntry } from './student-roster.entity.js';

export const STUDENT_ROSTER = 'students.roster';

/** What an erased student's row keeps: id, college, grade and status; nothing that tells who they were. */
const ERASED_ROW: Readonly<Partial<StudentRosterEntry>> = {
  studentNumber: null,
  name: null,
  major: null,
  classId: null,
  clubs: [],
  politicalStatus: null,
  rankPercentile: null,
  failedCourses: null,
  officer: null,
  status: 'erased',
};

/**
 * The roster with names and numbers in the clear, opened with each student's key inside the projection's
 * transaction. Replayed after an erasure, the erased student's values open as masked and the erasure event
 * that follows purges the row, so a rebuild gives the same table.
 */
export function createStudentRosterProjection(keys: () => PersonalDataKeys): Projection {
  const keyOf = (manager: EntityManager, studentId: string) => dataKeyOf(manager, keys(), studentId);

  /** The columns an event changes on an existing row. */
  async function changesOf(
    event: Exclude<StudentEvent, { type: 'StudentEnrolled' }>,
    manager: EntityManager,
  ): Promise<Partial<StudentRosterEntry>> {
    switch (event.type) {
      case 'StudentRecordUpdated': {
        const { studentId, changes, updatedAt } = event.data;
        const { name, clubs, ...plain } = changes;
        return {
          ...plain,
          ...(clubs ? { clubs: [...clubs] } : {}),
          ...(name ? { name: open(await keyOf(manager, studentId), studentId, 'name', name) } : {}),
          updatedAt: new Date(updatedAt),
        };
      }
      case 'StudentLeft':
        return { status: 'left', updatedAt: new Date(event.data.leftAt) };
      case 'PersonalDataErased':
        return { ...ERASED_ROW, updatedAt: new Date(event.data.erasedAt) };
      default:
        return assertNever(event, 'student event');
    }
  }

  return {
    name: STUDENT_ROSTER,
    handles: STUDENT_EVENT_TYPES,
    tables: ['student_roster'],

    async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as StudentEvent;
      const studentId = event.data.studentId;
      const lastRevision = recorded.revision.toString();
      if (event.type !== 'StudentEnrolled') {
        const changes = await changesOf(event, manager);
        // A replayed event (revision already applied) matches no row and changes nothing.
        await manager
          .getRepository(StudentRosterEntry)
          .update({ studentId, lastRevision: LessThan(lastRevision) }, { ...changes, lastRevision });
        return;
      }
      const d = event.data;
      const key = await keyOf(manager, studentId);
      // One statement per enrolment (a whole school is imported at once): insert, or re-enrol a student who left.
      await manager.query(
        `INSERT INTO student_roster (student_id, student_number, name, college_id, major, grade, class_id, clubs, political_status,
                                     rank_percentile, failed_courses, officer, status, enrolled_at, updated_at, last_revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'enrolled', $13, $13, $14)
         ON CONFLICT (student_id) DO UPDATE SET
           student_number = EXCLUDED.student_number, name = EXCLUDED.name, college_id = EXCLUDED.college_id, major = EXCLUDED.major,
           grade = EXCLUDED.grade, class_id = EXCLUDED.class_id, clubs = EXCLUDED.clubs, political_status = EXCLUDED.political_status,
           rank_percentile = EXCLUDED.rank_percentile, failed_courses = EXCLUDED.failed_courses, officer = EXCLUDED.officer,
           status = 'enrolled', enrolled_at = EXCLUDED.enrolled_at, updated_at = EXCLUDED.updated_at, last_revision = EXCLUDED.last_revision
         WHERE student_roster.last_revision < EXCLUDED.last_revision`,
        [
          studentId,
          open(key, studentId, 'studentNumber', d.studentNumber),
          open(key, studentId, 'name', d.name),
          d.collegeId,
          d.major,
          d.grade,
          d.classId,
          JSON.stringify(d.clubs),
          d.politicalStatus,
          d.rankPercentile,
          d.failedCourses,
          d.officer,
          d.enrolledAt,
          lastRevision,
        ],
      );
    },
  };
}
