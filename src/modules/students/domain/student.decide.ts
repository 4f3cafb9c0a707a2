import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type { EraseStudent, MarkStudentLeft, RecordStudent, StudentCommand } from './student.commands.js';
import { StudentErased, StudentNotFound, StudentNumberMismatch, StudentRecordInvalid } from './student.errors.js';
import type {
  PersonalDataErased,
  StudentEnrolled,
  StudentEvent,
  StudentLeft,
  StudentRecordChanges,
  StudentRecordUpdated,
} from './student.events.js';
import { type StudentRecord, canonicalClubs, changedFields, recordViolations } from './student-record.js';
import { type Student, evolveStudent, initialStudent } from './student.state.js';

/**
 * Art. 4: every student on the roll is a member. A new (or returning) student is enrolled; an enrolled one
 * gets the fields that changed, and only those; the same record again changes nothing, so re-importing a
 * roll is idempotent.
 */
export function recordStudent(
  { data, metadata }: RecordStudent,
  state: Student,
): StudentEnrolled[] | StudentRecordUpdated[] {
  if (state.status === 'Erased') throw new StudentErased(`Student ${data.studentId} was erased`);
  const record = checked({ ...data.record, clubs: canonicalClubs(data.record.clubs) });
  if (state.status !== 'Enrolled') {
    const { studentId, studentNumber, name, importId } = data;
    return [
      {
        type: 'StudentEnrolled',
        data: { studentId, studentNumber, name, ...record, importId, enrolledAt: metadata.now },
      },
    ];
  }
  if (state.studentNumber !== data.studentNumber) {
    throw new StudentNumberMismatch(`Student ${data.studentId} has another student number`, { field: 'studentNumber' });
  }
  const changes: StudentRecordChanges = {
    ...changedFields(state, record),
    ...(state.name !== data.name ? { name: data.name } : {}),
  };
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      type: 'StudentRecordUpdated',
      data: { studentId: data.studentId, changes, importId: data.importId, updatedAt: metadata.now },
    },
  ];
}

/** A roll covers its scope only: a student of another college is not absent from it. */
export function markStudentLeft({ data, metadata }: MarkStudentLeft, state: Student): StudentLeft[] {
  if (state.status === 'Unknown') throw new StudentNotFound(`Student ${data.studentId} is not on any roll`);
  if (state.status !== 'Enrolled' || !data.scopeCollegeIds.includes(state.collegeId)) return [];
  return [
    {
      type: 'StudentLeft',
      data: { studentId: data.studentId, collegeId: state.collegeId, importId: data.importId, leftAt: metadata.now },
    },
  ];
}

/** Erasure is recorded once; the key is destroyed beside the event, so the stream itself is never rewritten. */
export function eraseStudent({ data, metadata }: EraseStudent, state: Student): PersonalDataErased[] {
  if (state.status === 'Unknown') throw new StudentNotFound(`Student ${data.studentId} is not on any roll`);
  if (state.status === 'Erased') return [];
  return [{ type: 'PersonalDataErased', data: { studentId: data.studentId, erasedAt: metadata.now } }];
}

function checked(record: StudentRecord): StudentRecord {
  const violations = recordViolations(record);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new StudentRecordInvalid(first.message, { field: first.field, details: { violations } });
  }
  return record;
}

export function decideStudent(command: StudentCommand, state: Student): StudentEvent[] {
  switch (command.type) {
    case 'RecordStudent':
      return recordStudent(command, state);
    case 'MarkStudentLeft':
      return markStudentLeft(command, state);
    case 'EraseStudent':
      return eraseStudent(command, state);
    default:
      return assertNever(command, 'student command');
  }
}

export const studentDecider: Decider<Student, StudentCommand, StudentEvent> = {
  decide: decideStudent,
  evolve: evolveStudent,
  initialState: initialStudent,
};

/** The studentId is a random uuid, never the student number: stream names are not encrypted. */
export const studentStream = (studentId: string) => `student-${studentId}`;
