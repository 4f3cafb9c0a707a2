import { DomainError } from '../../../shared/domain/domain-error.js';

export class ElectionAlreadySetUp extends DomainError {
  readonly code = 'ELECTION.ALREADY_SET_UP';
  readonly kind = 'conflict' as const;
}

export class ElectionNotSetUp extends DomainError {
  readonly code = 'ELECTION.NOT_SET_UP';
  readonly kind = 'not-found' as const;
}

export class ElectionAlreadyCompleted extends DomainError {
  readonly code = 'ELECTION.ALREADY_COMPLETED';
  readonly kind = 'conflict' as const;
}

/** Art. 14, 17: the presidium has a whole number of seats, at least one. */
export class SeatsOutOfRange extends DomainError {
  readonly code = 'ELECTION.SEATS_OUT_OF_RANGE';
  readonly kind = 'invalid' as const;
}

/** domain.md: a competitive election (差额选举) has more candidates than seats (the seed: 7 for 4). */
export class ElectionNotCompetitive extends DomainError {
  readonly code = 'ELECTION.NOT_COMPETITIVE';
  readonly kind = 'invalid' as const;
}

/** domain.md, pipeline step 4: the school party committee confirms the final candidate list. */
export class CandidateNotConfirmed extends DomainError {
  readonly code = 'ELECTION.CANDIDATE_NOT_CONFIRMED';
  readonly kind = 'invalid' as const;
}

export class DuplicateCandidate extends DomainError {
  readonly code = 'ELECTION.DUPLICATE_CANDIDATE';
  readonly kind = 'invalid' as const;
}

export class NameRequired extends DomainError {
  readonly code = 'ELECTION.NAME_REQUIRED';
  readonly kind = 'invalid' as const;
}

/** domain.md (CYL rules): scrutineers (监票人) are never candidates. */
export class ScrutineerIsCandidate extends DomainError {
  readonly code = 'ELECTION.SCRUTINEER_IS_CANDIDATE';
  readonly kind = 'invalid' as const;
}

/** domain.md (CYL rules): scrutineers and tellers are appointed before ballots are issued. */
export class ScrutineerAndTellerRequired extends DomainError {
  readonly code = 'ELECTION.SCRUTINEER_AND_TELLER_REQUIRED';
  readonly kind = 'conflict' as const;
}

export class RoundInProgress extends DomainError {
  readonly code = 'ELECTION.ROUND_IN_PROGRESS';
  readonly kind = 'conflict' as const;
}

export class RoundNotOpen extends DomainError {
  readonly code = 'ELECTION.ROUND_NOT_OPEN';
  readonly kind = 'conflict' as const;
}

/** The delegate counts brought to OpenRound cannot be true (none present, present twice, more present than elected). */
export class DelegateCountsInconsistent extends DomainError {
  readonly code = 'ELECTION.DELEGATE_COUNTS_INCONSISTENT';
  readonly kind = 'invalid' as const;
}

/** domain.md (CYL rules): one ballot per delegate present with a vote. */
export class DelegateNotOnRoll extends DomainError {
  readonly code = 'ELECTION.DELEGATE_NOT_ON_ROLL';
  readonly kind = 'invalid' as const;
}

export class BallotAlreadyIssued extends DomainError {
  readonly code = 'ELECTION.BALLOT_ALREADY_ISSUED';
  readonly kind = 'conflict' as const;
}

export class BallotAlreadyReturned extends DomainError {
  readonly code = 'ELECTION.BALLOT_ALREADY_RETURNED';
  readonly kind = 'conflict' as const;
}

/**
 * domain.md: "Ballots must carry no identifying mark." A sealed ballot holds a random id, marks for the persons on
 * its ballot and write-ins; any other field, or a mark for someone not on the ballot, could name the voter.
 */
export class BallotCarriesIdentifyingMark extends DomainError {
  readonly code = 'ELECTION.BALLOT_CARRIES_IDENTIFYING_MARK';
  readonly kind = 'invalid' as const;
}

/** architecture.md "Ballot secrecy": ballot ids are random, so they carry no order that could follow the roll. */
export class BallotIdNotRandom extends DomainError {
  readonly code = 'ELECTION.BALLOT_ID_NOT_RANDOM';
  readonly kind = 'invalid' as const;
}

export class DuplicateBallotId extends DomainError {
  readonly code = 'ELECTION.DUPLICATE_BALLOT_ID';
  readonly kind = 'invalid' as const;
}

export class BallotMalformed extends DomainError {
  readonly code = 'ELECTION.BALLOT_MALFORMED';
  readonly kind = 'invalid' as const;
}

/** domain.md: the meeting may reduce the seats only when fewer passed than seats, and someone was elected. */
export class SeatsReductionNotAllowed extends DomainError {
  readonly code = 'ELECTION.SEATS_REDUCTION_NOT_ALLOWED';
  readonly kind = 'conflict' as const;
}

export class ReasonRequired extends DomainError {
  readonly code = 'ELECTION.REASON_REQUIRED';
  readonly kind = 'invalid' as const;
}
