import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Sealed, StudentRecord } from './student-record.js';

/** The student as a roll import lists them: enrols, records what changed, or does nothing. */
export type RecordStudent = DomainCommand<
  'RecordStudent',
  { studentId: string; studentNumber: Sealed; name: Sealed; record: StudentRecord; importId: string }
>;

/** The student is absent from a roll import whose scope covers these colleges. */
export type MarkStudentLeft = DomainCommand<
  'MarkStudentLeft',
  { studentId: string; importId: string; scopeCollegeIds: readonly string[] }
>;

export type EraseStudent = DomainCommand<'EraseStudent', { studentId: string }>;

export type StudentCommand = RecordStudent | MarkStudentLeft | EraseStudent;
