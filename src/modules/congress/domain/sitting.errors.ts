import { DomainError } from '../../../shared/domain/domain-error.js';

export class SittingAlreadyOpened extends DomainError {
  readonly code = 'SITTING.ALREADY_OPENED';
  readonly kind = 'conflict' as const;
}
export class SittingNotOpen extends DomainError {
  readonly code = 'SITTING.NOT_OPEN';
  readonly kind = 'conflict' as const;
}
export class SittingNotFound extends DomainError {
  readonly code = 'SITTING.NOT_FOUND';
  readonly kind = 'not-found' as const;
}
export class NoQualifiedDelegates extends DomainError {
  readonly code = 'SITTING.NO_QUALIFIED_DELEGATES';
  readonly kind = 'invalid' as const;
}
export class NotOnTheRoll extends DomainError {
  readonly code = 'SITTING.NOT_ON_THE_ROLL';
  readonly kind = 'invalid' as const;
}
export class AlreadyCheckedIn extends DomainError {
  readonly code = 'SITTING.ALREADY_CHECKED_IN';
  readonly kind = 'conflict' as const;
}
export class NotCheckedIn extends DomainError {
  readonly code = 'SITTING.NOT_CHECKED_IN';
  readonly kind = 'conflict' as const;
}
export class NotOwnSitting extends DomainError {
  readonly code = 'SITTING.NOT_OWN_SITTING';
  readonly kind = 'forbidden' as const;
}
