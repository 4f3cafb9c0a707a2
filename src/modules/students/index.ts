/** What other modules and the composition root may use of the students module. */
export { StudentsModule } from './students.module.js';
export { StudentFacts, type StudentSnapshot } from './student-facts.js';
export { studentsManifest } from './students.manifest.js';
export { STUDENT_ROSTER } from './read-models/student-roster/student-roster.projection.js';
export type { Student, EnrolledStudent } from './domain/student.state.js';
export type { StudentEvent } from './domain/student.events.js';
export type { PoliticalStatus, StudentRecord } from './domain/student-record.js';
export { explainStaffEligibility, type StaffEligibility, type EligibilityCheck } from './domain/staff-eligibility.js';
export {
  listStudents,
  findStudent,
  enrolledStudentIds,
  countEnrolledStudents,
  type StudentView,
  type StudentPage,
  type EnrolmentCount,
} from './read-models/student-roster/student-roster.queries.js';
