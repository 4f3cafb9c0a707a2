import { assertNever } from '../../../shared/domain/decider.js';
import { type Sealed, type StudentRecord, recordOf } from './student-record.js';
import type { StudentEvent } from './student.events.js';

type Identified = Readonly<{ studentId: string; studentNumber: Sealed; name: Sealed }> & StudentRecord;

/**
 * A student as their stream tells it. `studentNumber` and `name` are sealed (ciphertext); every other field is
 * plain, so other modules can count and check students without any key.
 */
export type Student =
  | Readonly<{ status: 'Unknown' }>
  | (Readonly<{ status: 'Enrolled' }> & Identified)
  | (Readonly<{ status: 'Left'; leftAt: string }> & Identified)
  | Readonly<{ status: 'Erased'; studentId: string; erasedAt: string }>;

export type EnrolledStudent = Extract<Student, { status: 'Enrolled' }>;

export const initialStudent = (): Student => ({ status: 'Unknown' });

export function evolveStudent(state: Student, event: StudentEvent): Student {
  switch (event.type) {
    case 'StudentEnrolled': {
      const { studentId, studentNumber, name } = event.data;
      return { status: 'Enrolled', studentId, studentNumber, name, ...recordOf(event.data) };
    }
    case 'StudentRecordUpdated':
      return state.status === 'Enrolled' ? { ...state, ...event.data.changes } : state;
    case 'StudentLeft':
      return state.status === 'Enrolled' ? { ...state, status: 'Left', leftAt: event.data.leftAt } : state;
    case 'PersonalDataErased':
      return { status: 'Erased', studentId: event.data.studentId, erasedAt: event.data.erasedAt };
    default:
      return assertNever(event, 'student event');
  }
}
