import { foldOf } from '../../shared/domain/aggregate-fold.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { staffReviewDecider } from './domain/staff-review.decide.js';
import { STAFF_REVIEW_EVENT_TYPES } from './domain/staff-review.events.js';
import { StaffReviews1732401400000 } from './migrations/1732401400000-staff-reviews.js';
import { staffReviewsProjection } from './read-models/staff-reviews/staff-reviews.projection.js';
import { StaffReviewModule } from './staff-review.module.js';

export const staffReviewManifest: ModuleManifest = {
  name: 'staff-review',
  nestModule: StaffReviewModule,
  projections: () => [staffReviewsProjection],
  entities: [],
  migrations: [StaffReviews1732401400000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'staff review': STAFF_REVIEW_EVENT_TYPES },
  aggregates: { 'staff-review-': foldOf('staff review', staffReviewDecider) },
};
