import { DomainError } from '../../shared/domain/domain-error.js';

/** Issue 13 item 1: an organisation's own staff read its own streams only; supervisors and auditors read all. */
export class HistoryOutOfScope extends DomainError {
  readonly code = 'HISTORY.OUT_OF_SCOPE';
  readonly kind = 'forbidden' as const;
}

/** A stream (or an entity's streams) with no event in the log has no history to show. */
export class HistoryNotFound extends DomainError {
  readonly code = 'HISTORY.NOT_FOUND';
  readonly kind = 'not-found' as const;
}
