import { DomainError } from '../../shared/domain/domain-error.js';

/** Only a school or college union keeps a staff register (Art. 10, 17). */
export class NotAUnion extends DomainError {
  readonly code = 'STAFF.NOT_A_UNION';
  readonly kind = 'invalid' as const;
}
