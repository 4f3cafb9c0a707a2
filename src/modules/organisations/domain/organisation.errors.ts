import { DomainError } from '../../../shared/domain/domain-error.js';

export class OrganisationAlreadyRegistered extends DomainError {
  readonly code = 'ORGANISATION.ALREADY_REGISTERED';
  readonly kind = 'conflict' as const;
}

export class OrganisationNotRegistered extends DomainError {
  readonly code = 'ORGANISATION.NOT_REGISTERED';
  readonly kind = 'not-found' as const;
}

/** Art. 1, 16-17: a college union sits under the school union, a league branch under its college, and so on. */
export class ParentKindMismatch extends DomainError {
  readonly code = 'ORGANISATION.PARENT_KIND_MISMATCH';
  readonly kind = 'invalid' as const;
}

export class PolicyOutOfRange extends DomainError {
  readonly code = 'ORGANISATION.POLICY_OUT_OF_RANGE';
  readonly kind = 'invalid' as const;
}

/** Only unions carry a charter policy; oversight bodies act in workflows but are not governed by it. */
export class PolicyNotApplicable extends DomainError {
  readonly code = 'ORGANISATION.POLICY_NOT_APPLICABLE';
  readonly kind = 'invalid' as const;
}

export class NameRequired extends DomainError {
  readonly code = 'ORGANISATION.NAME_REQUIRED';
  readonly kind = 'invalid' as const;
}
