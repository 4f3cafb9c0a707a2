import type { StudentFacts } from './domain/congress.commands.js';
import type { CollegeEnrolment } from './domain/seat-allocation.js';

/**
 * What the congress needs to know of the student registry. The composition root binds it to the students
 * module, so the congress module does not depend on how the registry stores students.
 */
export interface StudentDirectory {
  /** the student's current record, or null when no such student exists */
  facts(studentId: string): Promise<StudentFacts | null>;
  /** enrolled students per college, for the given colleges (0 when none) */
  enrolment(collegeIds: readonly string[]): Promise<CollegeEnrolment[]>;
}

export const STUDENT_DIRECTORY = Symbol('STUDENT_DIRECTORY');
