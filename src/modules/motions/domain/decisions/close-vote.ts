import { type Tally, decide } from '../decision-rule.js';
import type { CloseMotionVote } from '../motion.commands.js';
import { TallyMissing } from '../motion.errors.js';
import type { MotionAdopted, MotionRejected, MotionVoteVoided } from '../motion.events.js';
import type { Motion } from '../motion.state.js';
import { requireConvener, voting } from './vote.js';

/**
 * Closing decides the motion by the rule it was put with and records the arithmetic. A named vote counts the
 * votes cast; a secret vote the tellers' count, void when more ballots were returned than issued (one per delegate
 * present, CYL rules).
 */
export function closeMotionVote(
  { data, metadata }: CloseMotionVote,
  state: Motion,
): MotionAdopted | MotionRejected | MotionVoteVoided {
  const motion = voting(state, data.motionId);
  requireConvener(motion, data.organisationId);
  const present = motion.roll.length;
  let tally: Tally;
  if (motion.mode === 'roll-call') {
    const choices = Object.values(motion.votes);
    const count = (c: string) => choices.filter((x) => x === c).length;
    tally = {
      for: count('for'),
      against: count('against'),
      abstain: count('abstain'),
      invalid: 0,
      notVoting: present - choices.length,
    };
  } else {
    const paper = motion.paper;
    if (!paper) throw new TallyMissing('Enter the tellers’ count before closing a secret vote');
    if (paper.returned > present)
      return {
        type: 'MotionVoteVoided',
        data: { motionId: data.motionId, issued: present, returned: paper.returned, voidedAt: metadata.now },
      };
    tally = {
      for: paper.for,
      against: paper.against,
      abstain: paper.abstain,
      invalid: paper.invalid,
      notVoting: present - paper.returned,
    };
  }
  const decision = decide(motion.rule, tally, present, motion.electedDelegates);
  const outcome = {
    motionId: data.motionId,
    tally,
    present,
    electedDelegates: motion.electedDelegates,
    base: decision.base,
    baseCount: decision.baseCount,
    required: decision.required,
    rule: motion.rule,
    decidedAt: metadata.now,
  };
  return decision.adopted ? { type: 'MotionAdopted', data: outcome } : { type: 'MotionRejected', data: outcome };
}
