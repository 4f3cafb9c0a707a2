import type { Decider, DomainCommand } from '../../../shared/domain/decider.js';
import { studentDecider } from '../domain/student.decide.js';
import type { StudentEvent } from '../domain/student.events.js';
import type { StudentRecord } from '../domain/student-record.js';
import type { Student } from '../domain/student.state.js';
import type { StudentKey } from '../personal-data/personal-data-vault.js';
import { resealIfChanged } from '../personal-data/sealing.js';

/** A roll row as the handler holds it: the personal values still in the clear. */
export type RecordStudentRow = DomainCommand<
  'RecordStudent',
  { studentId: string; studentNumber: string; name: string; record: StudentRecord; importId: string }
>;

/**
 * The student decider behind a seal: the pure decider compares and emits ciphertext only, and this wrapper
 * seals the row's name and number under the student's key just before it decides. An unchanged value keeps
 * its current ciphertext (resealIfChanged), which is how an unchanged row decides nothing.
 */
export function sealingStudentDecider(key: StudentKey): Decider<Student, RecordStudentRow, StudentEvent> {
  return {
    evolve: studentDecider.evolve,
    initialState: studentDecider.initialState,
    decide: ({ data, metadata }, state) => {
      const current = state.status === 'Enrolled' || state.status === 'Left' ? state : undefined;
      const studentNumber = resealIfChanged(
        key.dataKey,
        key.studentId,
        'studentNumber',
        current?.studentNumber,
        data.studentNumber,
      );
      const name = resealIfChanged(key.dataKey, key.studentId, 'name', current?.name, data.name);
      return studentDecider.decide({ type: 'RecordStudent', data: { ...data, studentNumber, name }, metadata }, state);
    },
  };
}
