/** What other modules and the composition root may use of the semester review module (Art. 19-20). */
export { StaffReviewModule } from './staff-review.module.js';
export { staffReviewManifest } from './staff-review.manifest.js';
export { ReviewStepCommand, type ReviewStep } from './staff-review.command-handlers.js';
export { STAFF_REVIEW_EVENT_TYPES, type StaffReviewEvent } from './domain/staff-review.events.js';
export {
  awardNominations,
  findReview,
  listReviews,
  type ReviewView,
} from './read-models/staff-reviews/staff-reviews.queries.js';
