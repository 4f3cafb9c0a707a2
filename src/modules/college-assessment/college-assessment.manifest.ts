import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { collegeAssessmentDecider } from './domain/college-assessment.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { CollegeAssessmentModule } from './college-assessment.module.js';
import { COLLEGE_ASSESSMENT_EVENT_TYPES } from './domain/college-assessment.events.js';
import { CollegeAssessments1732401100000 } from './migrations/1732401100000-college-assessments.js';
import { collegeAssessmentsProjection } from './read-models/college-assessments/college-assessments.projection.js';

export const collegeAssessmentManifest: ModuleManifest = {
  name: 'college-assessment',
  nestModule: CollegeAssessmentModule,
  projections: () => [collegeAssessmentsProjection],
  entities: [],
  migrations: [CollegeAssessments1732401100000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'college assessment': COLLEGE_ASSESSMENT_EVENT_TYPES },
  aggregates: { 'college-assessment-': foldOf('college assessment', collegeAssessmentDecider) },
};
