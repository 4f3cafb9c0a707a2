/** What other modules and the composition root may use of the college assessment module (Art. 17 (5)). */
export { CollegeAssessmentModule } from './college-assessment.module.js';
export { collegeAssessmentManifest } from './college-assessment.manifest.js';
export { CollegeAssessmentFacts } from './college-assessment-facts.js';
export { AssessmentStepCommand, type AssessmentStep } from './college-assessment.command-handlers.js';
export {
  collegeAssessments,
  overdueAsOf,
  type CollegeSemesterView,
  type OverdueView,
} from './read-models/college-assessments/college-assessments.queries.js';
export { COLLEGE_ASSESSMENT_EVENT_TYPES, type CollegeAssessmentEvent } from './domain/college-assessment.events.js';
export { semesterOf, semesterStartedBy, type Semester } from './domain/semesters.js';
