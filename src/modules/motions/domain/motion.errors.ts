import { DomainError } from '../../../shared/domain/domain-error.js';

/** Broken rules of the congress's motions (Art. 8, Art. 23; issue 10). */

export class MotionAlreadyPut extends DomainError {
  readonly code = 'MOTION.ALREADY_PUT';
  readonly kind = 'conflict' as const;
}

export class MotionNotFound extends DomainError {
  readonly code = 'MOTION.NOT_FOUND';
  readonly kind = 'not-found' as const;
}

/** Only the union that convened the congress puts motions on its business and runs their votes. */
export class NotTheConvener extends DomainError {
  readonly code = 'MOTION.NOT_THE_CONVENER';
  readonly kind = 'forbidden' as const;
}

export class MotionInvalid extends DomainError {
  readonly code = 'MOTION.INVALID';
  readonly kind = 'invalid' as const;
}

export class MotionVoteNotOpen extends DomainError {
  readonly code = 'MOTION.VOTE_NOT_OPEN';
  readonly kind = 'conflict' as const;
}

export class MotionVoteAlreadyOpen extends DomainError {
  readonly code = 'MOTION.VOTE_ALREADY_OPEN';
  readonly kind = 'conflict' as const;
}

export class MotionAlreadyDecided extends DomainError {
  readonly code = 'MOTION.ALREADY_DECIDED';
  readonly kind = 'conflict' as const;
}

/** The sitting must be one of the motion's congress, in session. */
export class SittingNotOfCongress extends DomainError {
  readonly code = 'MOTION.SITTING_NOT_OF_CONGRESS';
  readonly kind = 'invalid' as const;
}

export class WrongVotingMode extends DomainError {
  readonly code = 'MOTION.WRONG_VOTING_MODE';
  readonly kind = 'conflict' as const;
}

export class NotOnMotionRoll extends DomainError {
  readonly code = 'MOTION.NOT_ON_ROLL';
  readonly kind = 'forbidden' as const;
}

export class MotionVoteAlreadyCast extends DomainError {
  readonly code = 'MOTION.VOTE_ALREADY_CAST';
  readonly kind = 'conflict' as const;
}

/** The paper count must add up: for + against + abstain + invalid = ballots returned. */
export class TallyInconsistent extends DomainError {
  readonly code = 'MOTION.TALLY_INCONSISTENT';
  readonly kind = 'invalid' as const;
}

export class TallyMissing extends DomainError {
  readonly code = 'MOTION.TALLY_MISSING';
  readonly kind = 'conflict' as const;
}
