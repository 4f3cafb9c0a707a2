import { assertNever } from '../../../shared/domain/decider.js';
import type { ApprovalStepRule, ApprovingBody } from './approval-chain.js';
import type { MatterDocument, MatterEvent } from './matter.events.js';

/** What every submitted matter keeps: the chain it was submitted under, whatever the policy says later. */
export type MatterBasis = Readonly<{
  matterId: string;
  organisationId: string;
  schoolUnionId: string;
  matterType: string;
  activity: boolean;
  chain: readonly ApprovalStepRule[];
  escalateTo: ApprovingBody;
  policyRevision: string;
  documents: readonly MatterDocument[];
}>;

/**
 * Where a matter stands (Art. 12): awaiting a step's body (escalated or not), returned to the union at a step,
 * approved (an activity may then be held), refused, or held.
 */
export type Matter =
  | Readonly<{ status: 'None' }>
  | (MatterBasis & Readonly<{ status: 'InReview'; step: number; dueBy: string; escalated: boolean }>)
  | (MatterBasis & Readonly<{ status: 'Returned'; step: number }>)
  | (MatterBasis & Readonly<{ status: 'Approved' }>)
  | (MatterBasis & Readonly<{ status: 'Refused'; step: number }>)
  | (MatterBasis & Readonly<{ status: 'Held'; heldOn: string }>);

export type SubmittedMatter = Exclude<Matter, { status: 'None' }>;

export const initialMatter = (): Matter => ({ status: 'None' });

const basisOf = (state: Matter): MatterBasis => {
  if (state.status === 'None') throw new Error('a matter event before its submission');
  const {
    matterId,
    organisationId,
    schoolUnionId,
    matterType,
    activity,
    chain,
    escalateTo,
    policyRevision,
    documents,
  } = state;
  return {
    matterId,
    organisationId,
    schoolUnionId,
    matterType,
    activity,
    chain,
    escalateTo,
    policyRevision,
    documents,
  };
};

export function evolveMatter(state: Matter, event: MatterEvent): Matter {
  switch (event.type) {
    case 'MatterSubmitted': {
      const d = event.data;
      return {
        status: 'InReview',
        matterId: d.matterId,
        organisationId: d.organisationId,
        schoolUnionId: d.schoolUnionId,
        matterType: d.matterType,
        activity: d.activity,
        chain: d.chain,
        escalateTo: d.escalateTo,
        policyRevision: d.policyRevision,
        documents: d.documents,
        step: d.step,
        dueBy: d.dueBy,
        escalated: false,
      };
    }
    case 'MatterStepApproved': {
      const { nextStep, dueBy } = event.data;
      if (nextStep === null || dueBy === null) return state;
      return { ...basisOf(state), status: 'InReview', step: nextStep, dueBy, escalated: false };
    }
    case 'MatterApproved':
      return { ...basisOf(state), status: 'Approved' };
    case 'MatterReturned':
      return { ...basisOf(state), status: 'Returned', step: event.data.step };
    case 'MatterResubmitted': {
      const { step, dueBy, documents } = event.data;
      return { ...basisOf(state), documents, status: 'InReview', step, dueBy, escalated: false };
    }
    case 'MatterRefused':
      return { ...basisOf(state), status: 'Refused', step: event.data.step };
    case 'MatterStepEscalated':
      return state.status === 'InReview' ? { ...state, dueBy: event.data.dueBy, escalated: true } : state;
    case 'ActivityHeld':
      return { ...basisOf(state), status: 'Held', heldOn: event.data.heldOn };
    default:
      return assertNever(event, 'matter event');
  }
}
