import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { MatterTypeRule } from './approval-chain.js';
import type { MatterDocument } from './matter.events.js';

/**
 * The submitting union as a submission decides on it, from its organisation stream: its school union, the matter
 * types of its policy in force, and the stream revision that policy was read at. Null when it is not a union.
 */
export type UnionFact = Readonly<{
  organisationId: string;
  schoolUnionId: string;
  matterTypes: readonly MatterTypeRule[];
  policyRevision: string;
}> | null;

export type SubmitMatter = DomainCommand<
  'SubmitMatter',
  {
    matterId: string;
    organisationId: string;
    union: UnionFact;
    matterType: string;
    title: string;
    summary: string;
    documents: readonly MatterDocument[];
  }
>;

export const STEP_DECISIONS = ['approve', 'return', 'refuse'] as const;
export type StepDecision = (typeof STEP_DECISIONS)[number];

/** `organisationId`: the deciding body's organisation (the route's), which the actor's grant is for. */
export type DecideMatterStep = DomainCommand<
  'DecideMatterStep',
  { matterId: string; organisationId: string; decision: StepDecision; reasons: readonly string[]; notes: string }
>;

/** `documents` null keeps the documents as they were. */
export type ResubmitMatter = DomainCommand<
  'ResubmitMatter',
  { matterId: string; organisationId: string; changes: string; documents: readonly MatterDocument[] | null }
>;

export type EscalateMatterStep = DomainCommand<'EscalateMatterStep', { matterId: string; organisationId: string }>;

export type MarkActivityHeld = DomainCommand<
  'MarkActivityHeld',
  { matterId: string; organisationId: string; heldOn: string; summary: string }
>;

export type MatterCommand = SubmitMatter | DecideMatterStep | ResubmitMatter | EscalateMatterStep | MarkActivityHeld;
