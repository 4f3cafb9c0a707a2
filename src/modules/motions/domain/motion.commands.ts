import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { DecisionRule, MotionKind } from './decision-rule.js';
import type { Choice, VotingMode } from './motion.events.js';

/** The congress as its own stream tells it: whether it was convened, and by whom. */
export type CongressFact = Readonly<{ convened: boolean; organisationId: string | null }>;

/** The sitting as its own stream tells it, for opening a vote (Art. 8). */
export type SittingFact = Readonly<{
  sittingId: string;
  congressId: string | null;
  inSession: boolean;
  electedDelegates: number;
  presentDelegateIds: readonly string[];
  quorum: Ratio;
}>;

export type PutMotion = DomainCommand<
  'PutMotion',
  {
    motionId: string;
    organisationId: string;
    congressId: string;
    kind: MotionKind;
    title: string;
    text: string;
    mode: VotingMode;
    /** the union's rule for the kind, from its policy */
    rule: DecisionRule;
    /** charter numbers a charter amendment changes (organisations' PolicyChanges); null otherwise */
    policyChanges: Readonly<Record<string, unknown>> | null;
    /** whether the changes make a valid policy over the union's current one (checked by the policy's own rules) */
    policyViolations: readonly Readonly<{ field: string; rule: string }>[];
    congress: CongressFact;
  }
>;
export type OpenMotionVote = DomainCommand<
  'OpenMotionVote',
  { motionId: string; organisationId: string; sitting: SittingFact }
>;
/** The actor is the delegate voting. */
export type CastRollCallVote = DomainCommand<'CastRollCallVote', { motionId: string; choice: Choice }>;
export type EnterMotionTally = DomainCommand<
  'EnterMotionTally',
  {
    motionId: string;
    organisationId: string;
    returned: number;
    for: number;
    against: number;
    abstain: number;
    invalid: number;
    scrutineerId: string;
  }
>;
export type CloseMotionVote = DomainCommand<'CloseMotionVote', { motionId: string; organisationId: string }>;

export type MotionCommand = PutMotion | OpenMotionVote | CastRollCallVote | EnterMotionTally | CloseMotionVote;
