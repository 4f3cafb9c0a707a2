import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ReportReadModels1732401614000 } from './migrations/1732401614000-report-read-models.js';
import { StaffPostsReport1732401614001 } from './migrations/1732401614001-staff-posts-report.js';
import { CollegeAssessmentsReport1732401614002 } from './migrations/1732401614002-college-assessments-report.js';
import { ReviewResultsReport1732401614003 } from './migrations/1732401614003-review-results-report.js';
import { reviewResultsProjection } from './read-models/review-results/review-results.projection.js';
import { staffPostsProjection } from './read-models/staff-posts/staff-posts.projection.js';
import { collegeAssessmentsProjection } from './read-models/college-assessments/college-assessments.projection.js';
import { congressSeatsProjection } from './read-models/congress-seats/congress-seats.projection.js';
import { electionProgressProjection } from './read-models/election-progress/election-progress.projection.js';
import { sittingAttendanceProjection } from './read-models/sitting-attendance/sitting-attendance.projection.js';
import { ReportsModule } from './reports.module.js';

/** Reports write no stream: they only read the log into their own tables. */
export const reportsManifest: ModuleManifest = {
  name: 'reports',
  nestModule: ReportsModule,
  projections: () => [
    congressSeatsProjection,
    sittingAttendanceProjection,
    electionProgressProjection,
    staffPostsProjection,
    collegeAssessmentsProjection,
    reviewResultsProjection,
  ],
  entities: [],
  migrations: [
    ReportReadModels1732401614000,
    StaffPostsReport1732401614001,
    CollegeAssessmentsReport1732401614002,
    ReviewResultsReport1732401614003,
  ],
  upcasters: [],
  eventRenames: [],
  eventTypes: {},
  aggregates: {},
};
