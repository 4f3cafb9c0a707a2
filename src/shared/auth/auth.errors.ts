import { DomainError } from '../domain/domain-error.js';

/** No token, or one that fails verification. Answered with 401. */
export class Unauthenticated extends Error {
  readonly code = 'AUTH.UNAUTHENTICATED';
  constructor(detail: string) {
    super(detail);
    this.name = 'Unauthenticated';
  }
}

export class Forbidden extends DomainError {
  readonly code = 'AUTH.ROLE_REQUIRED';
  readonly kind = 'forbidden' as const;
}
