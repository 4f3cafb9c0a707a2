import { assertNever } from '../../../shared/domain/decider.js';
import type { DecisionRule, MotionKind } from './decision-rule.js';
import type { Choice, MotionEvent, VotingMode } from './motion.events.js';

type Put = Readonly<{
  motionId: string;
  organisationId: string;
  congressId: string;
  kind: MotionKind;
  mode: VotingMode;
  rule: DecisionRule;
  policyChanges: Readonly<Record<string, unknown>> | null;
}>;

export type Paper = Readonly<{ returned: number; for: number; against: number; abstain: number; invalid: number }>;

export type Motion =
  | Readonly<{ status: 'NotPut' }>
  | (Put & Readonly<{ status: 'Put' }>)
  | (Put &
      Readonly<{
        status: 'Voting';
        sittingId: string;
        roll: readonly string[];
        electedDelegates: number;
        votes: Readonly<Record<string, Choice>>;
        paper: Paper | null;
      }>)
  | (Put & Readonly<{ status: 'Adopted' | 'Rejected' }>);

export const initialMotion = (): Motion => ({ status: 'NotPut' });

export function evolveMotion(state: Motion, event: MotionEvent): Motion {
  switch (event.type) {
    case 'MotionPut': {
      const { motionId, organisationId, congressId, kind, mode, rule, policyChanges } = event.data;
      return { status: 'Put', motionId, organisationId, congressId, kind, mode, rule, policyChanges };
    }
    case 'MotionVoteOpened':
      if (state.status !== 'Put') return state;
      return {
        ...state,
        status: 'Voting',
        sittingId: event.data.sittingId,
        roll: event.data.roll,
        electedDelegates: event.data.electedDelegates,
        votes: {},
        paper: null,
      };
    case 'MotionQuorumNotReached':
      return state;
    case 'RollCallVoteCast':
      if (state.status !== 'Voting') return state;
      return { ...state, votes: { ...state.votes, [event.data.delegateId]: event.data.choice } };
    case 'MotionTallyEntered': {
      if (state.status !== 'Voting') return state;
      const { returned, against, abstain, invalid } = event.data;
      return { ...state, paper: { returned, for: event.data.for, against, abstain, invalid } };
    }
    case 'MotionVoteVoided':
    case 'MotionAdopted':
    case 'MotionRejected': {
      if (state.status === 'NotPut') return state;
      const { motionId, organisationId, congressId, kind, mode, rule, policyChanges } = state;
      const status = event.type === 'MotionAdopted' ? 'Adopted' : event.type === 'MotionRejected' ? 'Rejected' : 'Put';
      return { status, motionId, organisationId, congressId, kind, mode, rule, policyChanges };
    }
    default:
      return assertNever(event, 'motion event');
  }
}
