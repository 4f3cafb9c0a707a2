import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { DecisionBase, DecisionRule, MotionKind, Tally } from './decision-rule.js';

export type VotingMode = 'roll-call' | 'secret';
export type Choice = 'for' | 'against' | 'abstain';
export const CHOICES: readonly Choice[] = ['for', 'against', 'abstain'];

/**
 * The convening union puts a motion on the congress's business with the text voted on, how it is voted and the
 * rule that will decide it (the union's policy for the kind, kept with the motion). A charter amendment may carry
 * the charter numbers it changes; adopted, they become the union's policy.
 */
export type MotionPut = DomainEvent<
  'MotionPut',
  {
    motionId: string;
    organisationId: string;
    congressId: string;
    kind: MotionKind;
    title: string;
    text: string;
    mode: VotingMode;
    rule: DecisionRule;
    policyChanges: Readonly<Record<string, unknown>> | null;
    putAt: string;
  }
>;

/** Art. 8: the vote opens only in a quorate sitting of the congress; the roll freezes to the delegates present. */
export type MotionVoteOpened = DomainEvent<
  'MotionVoteOpened',
  { motionId: string; sittingId: string; roll: readonly string[]; electedDelegates: number; openedAt: string }
>;
export type MotionQuorumNotReached = DomainEvent<
  'MotionQuorumNotReached',
  {
    motionId: string;
    sittingId: string;
    electedDelegates: number;
    present: number;
    quorum: Ratio;
    requiredPresent: number;
    checkedAt: string;
  }
>;

/** A named (roll-call) vote: who voted how is public by design. */
export type RollCallVoteCast = DomainEvent<
  'RollCallVoteCast',
  { motionId: string; delegateId: string; choice: Choice; castAt: string }
>;

/**
 * A secret vote on paper: the tellers' count of the box, entered under a scrutineer. Nothing links a delegate to a
 * ballot: the roll says who was present, the count says what the box held.
 */
export type MotionTallyEntered = DomainEvent<
  'MotionTallyEntered',
  {
    motionId: string;
    returned: number;
    for: number;
    against: number;
    abstain: number;
    invalid: number;
    scrutineerId: string;
    enteredAt: string;
  }
>;

/** CYL rules: more ballots returned than issued voids the vote; it may be opened again. */
export type MotionVoteVoided = DomainEvent<
  'MotionVoteVoided',
  { motionId: string; issued: number; returned: number; voidedAt: string }
>;

type Outcome = {
  motionId: string;
  tally: Tally;
  present: number;
  electedDelegates: number;
  base: DecisionBase;
  baseCount: number;
  required: number;
  rule: DecisionRule;
  decidedAt: string;
};
export type MotionAdopted = DomainEvent<'MotionAdopted', Outcome>;
export type MotionRejected = DomainEvent<'MotionRejected', Outcome>;

export type MotionEvent =
  | MotionPut
  | MotionVoteOpened
  | MotionQuorumNotReached
  | RollCallVoteCast
  | MotionTallyEntered
  | MotionVoteVoided
  | MotionAdopted
  | MotionRejected;

export const MOTION_EVENT_TYPES = eventTypeList<MotionEvent['type']>({
  MotionPut: true,
  MotionVoteOpened: true,
  MotionQuorumNotReached: true,
  RollCallVoteCast: true,
  MotionTallyEntered: true,
  MotionVoteVoided: true,
  MotionAdopted: true,
  MotionRejected: true,
});
