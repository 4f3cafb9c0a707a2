import { DomainError } from '../../shared/domain/domain-error.js';

/** Issue 13 item 4: a head is published only once the ledger has sealed its first block. */
export class NoSealedLedgerBlock extends DomainError {
  readonly code = 'AUDIT.NO_SEALED_BLOCK';
  readonly kind = 'not-found' as const;
}

/** A bundle's range ends where it starts or before: `until` after `from`, `untilTime` after `since`. */
export class BundleRangeReversed extends DomainError {
  readonly code = 'AUDIT.RANGE_REVERSED';
  readonly kind = 'invalid' as const;
}

/** Issue 13 item 5: no verification was started under this id. */
export class VerificationNotFound extends DomainError {
  readonly code = 'AUDIT.VERIFICATION_NOT_FOUND';
  readonly kind = 'not-found' as const;
}

/** A verification reads every organisation's streams: a grant for one organisation does not reach it. */
export class VerificationNeedsWholeLog extends DomainError {
  readonly code = 'AUDIT.WHOLE_LOG_ONLY';
  readonly kind = 'forbidden' as const;
}
