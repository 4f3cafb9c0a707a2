import { DomainError } from '../../shared/domain/domain-error.js';

/** Art. 19-20: a student union (school or college) reviews its staff; no other body holds a review. */
export class NotAReviewingUnion extends DomainError {
  readonly code = 'REVIEW.NOT_A_UNION';
  readonly kind = 'not-found' as const;
}
export class ReviewPeriodNotFound extends DomainError {
  readonly code = 'REVIEW.PERIOD_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
