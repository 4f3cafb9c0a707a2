import { DomainError } from '../../shared/domain/domain-error.js';

/** Art. 13: volunteer projects belong to a registered union. */
export class NotAUnion extends DomainError {
  readonly code = 'VOLUNTEERS.NOT_A_UNION';
  readonly kind = 'not-found' as const;
}
