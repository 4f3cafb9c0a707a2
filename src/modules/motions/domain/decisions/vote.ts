import { atLeast } from '../../../../shared/domain/policy-value.js';
import type { CastRollCallVote, EnterMotionTally, OpenMotionVote } from '../motion.commands.js';
import {
  MotionAlreadyDecided,
  MotionNotFound,
  MotionVoteAlreadyCast,
  MotionVoteAlreadyOpen,
  MotionVoteNotOpen,
  NotOnMotionRoll,
  NotTheConvener,
  SittingNotOfCongress,
  TallyInconsistent,
  WrongVotingMode,
} from '../motion.errors.js';
import type {
  MotionQuorumNotReached,
  MotionTallyEntered,
  MotionVoteOpened,
  RollCallVoteCast,
} from '../motion.events.js';
import type { Motion } from '../motion.state.js';

type PutOrLater = Exclude<Motion, { status: 'NotPut' }>;
type Voting = Extract<Motion, { status: 'Voting' }>;

export function putMotionOf(state: Motion, motionId: string): PutOrLater {
  if (state.status === 'NotPut') throw new MotionNotFound(`No motion ${motionId} was put`);
  return state;
}

export function requireConvener(motion: PutOrLater, organisationId: string): void {
  if (motion.organisationId !== organisationId)
    throw new NotTheConvener(`Motion ${motion.motionId} is ${motion.organisationId}'s business`);
}

export function voting(state: Motion, motionId: string): Voting {
  const motion = putMotionOf(state, motionId);
  if (motion.status === 'Adopted' || motion.status === 'Rejected')
    throw new MotionAlreadyDecided(`Motion ${motionId} was decided: ${motion.status}`);
  if (motion.status !== 'Voting') throw new MotionVoteNotOpen(`The vote on motion ${motionId} is not open`);
  return motion;
}

/**
 * Art. 8: the congress decides only with two thirds (policy) of its elected delegates present. A vote asked for in
 * a sitting short of its quorum is recorded as such, not refused; the roll freezes to those present.
 */
export function openMotionVote(
  { data, metadata }: OpenMotionVote,
  state: Motion,
): MotionVoteOpened | MotionQuorumNotReached {
  const motion = putMotionOf(state, data.motionId);
  requireConvener(motion, data.organisationId);
  if (motion.status === 'Adopted' || motion.status === 'Rejected')
    throw new MotionAlreadyDecided(`Motion ${data.motionId} was decided: ${motion.status}`);
  if (motion.status === 'Voting') throw new MotionVoteAlreadyOpen(`The vote on motion ${data.motionId} is open`);
  const { sitting } = data;
  if (!sitting.inSession || sitting.congressId !== motion.congressId)
    throw new SittingNotOfCongress(
      `Sitting ${sitting.sittingId} is not a sitting of congress ${motion.congressId} in session`,
      {
        field: 'sittingId',
      },
    );
  const roll = [...new Set(sitting.presentDelegateIds)].sort();
  const { electedDelegates, quorum } = sitting;
  if (!atLeast(roll.length, electedDelegates, quorum)) {
    const requiredPresent = Math.ceil((electedDelegates * quorum.numerator) / quorum.denominator);
    return {
      type: 'MotionQuorumNotReached',
      data: {
        motionId: data.motionId,
        sittingId: sitting.sittingId,
        electedDelegates,
        present: roll.length,
        quorum,
        requiredPresent,
        checkedAt: metadata.now,
      },
    };
  }
  return {
    type: 'MotionVoteOpened',
    data: { motionId: data.motionId, sittingId: sitting.sittingId, roll, electedDelegates, openedAt: metadata.now },
  };
}

/** A named vote: each delegate on the roll votes once, personally. */
export function castRollCallVote({ data, metadata }: CastRollCallVote, state: Motion): RollCallVoteCast {
  const motion = voting(state, data.motionId);
  if (motion.mode !== 'roll-call') throw new WrongVotingMode(`Motion ${data.motionId} is voted by secret ballot`);
  const delegateId = metadata.actor.id;
  if (!motion.roll.includes(delegateId))
    throw new NotOnMotionRoll(`${delegateId} is not on the roll of the vote on motion ${data.motionId}`);
  if (motion.votes[delegateId]) throw new MotionVoteAlreadyCast(`${delegateId} has voted on motion ${data.motionId}`);
  return {
    type: 'RollCallVoteCast',
    data: { motionId: data.motionId, delegateId, choice: data.choice, castAt: metadata.now },
  };
}

/** A secret vote on paper: the tellers' count of the box, which must add up to the ballots returned. */
export function enterMotionTally({ data, metadata }: EnterMotionTally, state: Motion): MotionTallyEntered {
  const motion = voting(state, data.motionId);
  requireConvener(motion, data.organisationId);
  if (motion.mode !== 'secret') throw new WrongVotingMode(`Motion ${data.motionId} is a named vote`);
  const counts = [data.returned, data.for, data.against, data.abstain, data.invalid];
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 0))
    throw new TallyInconsistent('Counts are whole numbers', { field: 'returned' });
  if (data.for + data.against + data.abstain + data.invalid !== data.returned)
    throw new TallyInconsistent('for + against + abstain + invalid must equal the ballots returned', {
      field: 'returned',
    });
  const scrutineerId = data.scrutineerId.trim();
  if (!scrutineerId || scrutineerId === metadata.actor.id)
    throw new TallyInconsistent('The count is entered under a scrutineer other than the person entering it', {
      field: 'scrutineerId',
    });
  const { motionId, returned, against, abstain, invalid } = data;
  return {
    type: 'MotionTallyEntered',
    data: { motionId, returned, for: data.for, against, abstain, invalid, scrutineerId, enteredAt: metadata.now },
  };
}
