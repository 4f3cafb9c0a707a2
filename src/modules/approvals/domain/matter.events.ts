import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { ApprovalStepRule, ApprovingBody } from './approval-chain.js';

/** A document a submission includes: its kind (as the matter type names it), a title and where it is kept. */
export type MatterDocument = Readonly<{ kind: string; title: string; reference: string }>;

/**
 * Art. 12: a union submitted a matter for prior approval. The chain, the documents it needs and the escalation body
 * are copied from the union's policy at `policyRevision` (its organisation stream's revision): a later policy change
 * never changes this matter.
 */
export type MatterSubmitted = DomainEvent<
  'MatterSubmitted',
  {
    matterId: string;
    /** the submitting union */
    organisationId: string;
    /** the school union above it (the union itself for a school union) */
    schoolUnionId: string;
    matterType: string;
    activity: boolean;
    title: string;
    summary: string;
    documents: MatterDocument[];
    chain: ApprovalStepRule[];
    escalateTo: ApprovingBody;
    policyRevision: string;
    /** the first step, awaiting the chain's first body until `dueBy` (a Beijing date) */
    step: number;
    body: ApprovingBody;
    dueBy: string;
    submittedAt: string;
  }
>;

/** Art. 12: a body approved its step; `nextStep` is null when it was the last (MatterApproved follows). */
export type MatterStepApproved = DomainEvent<
  'MatterStepApproved',
  {
    matterId: string;
    organisationId: string;
    step: number;
    body: ApprovingBody;
    /** the body's organisation, as the deciding person's grant names it */
    decidedFor: string;
    notes: string;
    nextStep: number | null;
    nextBody: ApprovingBody | null;
    dueBy: string | null;
    approvedAt: string;
  }
>;

/** Art. 12: the whole chain approved, under the policy version the matter was submitted with. */
export type MatterApproved = DomainEvent<
  'MatterApproved',
  {
    matterId: string;
    organisationId: string;
    matterType: string;
    activity: boolean;
    policyRevision: string;
    steps: number;
    approvedAt: string;
  }
>;

/** A body returned the matter for changes, with its reasons; the submitting union resubmits to the same step. */
export type MatterReturned = DomainEvent<
  'MatterReturned',
  {
    matterId: string;
    organisationId: string;
    step: number;
    body: ApprovingBody;
    decidedFor: string;
    reasons: string[];
    returnedAt: string;
  }
>;

/** The union answered a return: what it changed, and the documents as they now stand; the step starts again. */
export type MatterResubmitted = DomainEvent<
  'MatterResubmitted',
  {
    matterId: string;
    organisationId: string;
    step: number;
    body: ApprovingBody;
    changes: string;
    documents: MatterDocument[];
    dueBy: string;
    resubmittedAt: string;
  }
>;

/** A body refused the matter, with its reasons: the matter ends; a new submission is a new matter. */
export type MatterRefused = DomainEvent<
  'MatterRefused',
  {
    matterId: string;
    organisationId: string;
    step: number;
    body: ApprovingBody;
    decidedFor: string;
    reasons: string[];
    refusedAt: string;
  }
>;

/**
 * A step passed its deadline undecided and went to the policy's escalation body, which may now decide it (as may
 * the step's own body), by a new deadline.
 */
export type MatterStepEscalated = DomainEvent<
  'MatterStepEscalated',
  {
    matterId: string;
    organisationId: string;
    step: number;
    body: ApprovingBody;
    missedDueBy: string;
    escalatedTo: ApprovingBody;
    dueBy: string;
    escalatedAt: string;
  }
>;

/** An approved activity was held (Art. 12: only after its approval completed). */
export type ActivityHeld = DomainEvent<
  'ActivityHeld',
  { matterId: string; organisationId: string; heldOn: string; summary: string; recordedAt: string }
>;

export type MatterEvent =
  | MatterSubmitted
  | MatterStepApproved
  | MatterApproved
  | MatterReturned
  | MatterResubmitted
  | MatterRefused
  | MatterStepEscalated
  | ActivityHeld;

export const MATTER_EVENT_TYPES = eventTypeList<MatterEvent['type']>({
  MatterSubmitted: true,
  MatterStepApproved: true,
  MatterApproved: true,
  MatterReturned: true,
  MatterResubmitted: true,
  MatterRefused: true,
  MatterStepEscalated: true,
  ActivityHeld: true,
});
