import { DomainError } from '../../../shared/domain/domain-error.js';

/**
 * The body named in the route is not the kind of body the step belongs to (domain.md: each step is a decision of
 * one body), or not the union that holds the election.
 */
export class NotTheActingBody extends DomainError {
  readonly code = 'ELECTION.NOT_THE_ACTING_BODY';
  readonly kind = 'forbidden' as const;
}
