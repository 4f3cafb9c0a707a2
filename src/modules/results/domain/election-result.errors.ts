import { DomainError } from '../../../shared/domain/domain-error.js';

export class ElectionNotCompleted extends DomainError {
  readonly code = 'RESULT.ELECTION_NOT_COMPLETED';
  readonly kind = 'conflict' as const;
}

export class ResultAlreadyAnnounced extends DomainError {
  readonly code = 'RESULT.ALREADY_ANNOUNCED';
  readonly kind = 'conflict' as const;
}

export class ResultNotAnnounced extends DomainError {
  readonly code = 'RESULT.NOT_ANNOUNCED';
  readonly kind = 'not-found' as const;
}

/** The union that held the election announces and answers for its result. */
export class NotOwnElection extends DomainError {
  readonly code = 'RESULT.NOT_OWN_ELECTION';
  readonly kind = 'forbidden' as const;
}

/** domain.md: the party committee approves an announced result once; a returned one comes back by resubmission. */
export class ResultNotAwaitingApproval extends DomainError {
  readonly code = 'RESULT.NOT_AWAITING_APPROVAL';
  readonly kind = 'conflict' as const;
}

export class ResultNotReturned extends DomainError {
  readonly code = 'RESULT.NOT_RETURNED';
  readonly kind = 'conflict' as const;
}

/** domain.md: only a result the party committee approved is filed with the federation. */
export class ResultNotApproved extends DomainError {
  readonly code = 'RESULT.NOT_APPROVED';
  readonly kind = 'conflict' as const;
}

export class ResultAlreadyFiled extends DomainError {
  readonly code = 'RESULT.ALREADY_FILED';
  readonly kind = 'conflict' as const;
}

/** A return, or a resubmission, carries its reasons. */
export class ResultReasonRequired extends DomainError {
  readonly code = 'RESULT.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}

export class FilingReferenceRequired extends DomainError {
  readonly code = 'RESULT.FILING_REFERENCE_REQUIRED';
  readonly kind = 'invalid' as const;
}

/** The filing date is a real calendar date, not after the day it is recorded. */
export class FilingDateInvalid extends DomainError {
  readonly code = 'RESULT.FILING_DATE_INVALID';
  readonly kind = 'invalid' as const;
}
