import { DomainError } from '../../../shared/domain/domain-error.js';

/** Rules of the ballot box and the officers of a round (docs/elections.md "Secret ballot"). */

/** domain.md (CYL rules): scrutineers and tellers are appointed; only they act as such. */
export class NotAnAppointedOfficer extends DomainError {
  readonly code = 'ELECTION.NOT_AN_APPOINTED_OFFICER';
  readonly kind = 'forbidden' as const;
}

/** Paper ballots are entered by a teller under a scrutineer: another person, appointed as scrutineer. */
export class ScrutineerRequired extends DomainError {
  readonly code = 'ELECTION.SCRUTINEER_REQUIRED';
  readonly kind = 'invalid' as const;
}

/** The credential does not open this round's box: forged, mistyped, or for another round. */
export class CredentialNotValid extends DomainError {
  readonly code = 'BALLOT.CREDENTIAL_NOT_VALID';
  readonly kind = 'forbidden' as const;
}

/** A credential opens the box once; a replaced credential no longer opens it. */
export class CredentialSpent extends DomainError {
  readonly code = 'BALLOT.CREDENTIAL_SPENT';
  readonly kind = 'conflict' as const;
}

/** One ballot per delegate (domain.md): whichever of the delegate's credentials was used, the vote is cast. */
export class BallotAlreadyCast extends DomainError {
  readonly code = 'BALLOT.ALREADY_CAST';
  readonly kind = 'conflict' as const;
}

export class BallotBoxClosed extends DomainError {
  readonly code = 'BALLOT.BOX_CLOSED';
  readonly kind = 'conflict' as const;
}

/** A delegate votes on paper or electronically, not both: the roll holds one ballot each. */
export class BallotMediumConflict extends DomainError {
  readonly code = 'BALLOT.MEDIUM_CONFLICT';
  readonly kind = 'conflict' as const;
}

/**
 * The ballot box and its credential take no Idempotency-Key: the stored replay would keep the credential (or the
 * moment of casting) in a table. The credential itself is single-use, so a repeat is answered by BALLOT.CREDENTIAL_SPENT.
 */
export class IdempotencyKeyNotAccepted extends DomainError {
  readonly code = 'BALLOT.IDEMPOTENCY_KEY_NOT_ACCEPTED';
  readonly kind = 'invalid' as const;
}
