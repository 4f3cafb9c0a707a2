import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { AnswerContent, Rating, ScreeningOutcome, WindowPolicy } from './proposal-book.events.js';

/**
 * Facts from other modules come in the command (architecture.md "Write side"): the congress from its stream, the
 * kind of an organisation from its stream. The actor (metadata.actor) is the person who acts: the delegate who
 * files, co-signs, rates or asks; the committee member who screens.
 */
export type CongressFact = Readonly<{
  convened: boolean;
  organisationId: string | null;
  seatedDelegateIds: readonly string[];
}>;

export type OpenProposalWindow = DomainCommand<
  'OpenProposalWindow',
  /** `policy`: the union's proposal procedure; null when the organisation carries no charter policy */
  { congressId: string; organisationId: string; congress: CongressFact; policy: WindowPolicy | null }
>;
export type CloseProposalWindow = DomainCommand<'CloseProposalWindow', { congressId: string; organisationId: string }>;
export type AppointProposalCommittee = DomainCommand<
  'AppointProposalCommittee',
  { congressId: string; organisationId: string; memberIds: readonly string[] }
>;

export type SubmitProposal = DomainCommand<
  'SubmitProposal',
  {
    congressId: string;
    proposalId: string;
    title: string;
    body: string;
    category: string;
    suggestedUnitId: string | null;
    /** the registered kind of the suggested unit; null when there is none or it is not registered */
    suggestedUnitKind: string | null;
    coSignerIds: readonly string[];
    congress: CongressFact;
  }
>;
export type ConfirmCoSignature = DomainCommand<'ConfirmCoSignature', { congressId: string; proposalId: string }>;
export type DeclineCoSignature = DomainCommand<'DeclineCoSignature', { congressId: string; proposalId: string }>;
export type WithdrawProposal = DomainCommand<
  'WithdrawProposal',
  { congressId: string; proposalId: string; reason: string }
>;

export type ScreenProposal = DomainCommand<
  'ScreenProposal',
  { congressId: string; proposalId: string; outcome: ScreeningOutcome; mergeInto: string | null; reason: string }
>;

export type AssignProposal = DomainCommand<
  'AssignProposal',
  {
    congressId: string;
    organisationId: string;
    proposalId: string;
    unitIds: readonly string[];
    /** each unit's registered kind (null when not registered): only school offices handle proposals */
    unitKinds: Readonly<Record<string, string | null>>;
  }
>;
/** `unitId`: the handling unit acting (its token is scoped to it). */
export type DraftAnswer = DomainCommand<
  'DraftAnswer',
  { congressId: string; proposalId: string; unitId: string; answer: AnswerContent }
>;
export type PublishAnswer = DomainCommand<'PublishAnswer', { congressId: string; proposalId: string; unitId: string }>;

export type RateAnswer = DomainCommand<
  'RateAnswer',
  { congressId: string; proposalId: string; unitId: string; rating: Rating; comment: string }
>;
export type AskFollowUp = DomainCommand<
  'AskFollowUp',
  {
    congressId: string;
    proposalId: string;
    unitId: string;
    questionId: string;
    question: string;
    congress: CongressFact;
  }
>;
export type AnswerFollowUp = DomainCommand<
  'AnswerFollowUp',
  { congressId: string; proposalId: string; unitId: string; questionId: string; answer: string }
>;

export type ProposalBookCommand =
  | OpenProposalWindow
  | CloseProposalWindow
  | AppointProposalCommittee
  | SubmitProposal
  | ConfirmCoSignature
  | DeclineCoSignature
  | WithdrawProposal
  | ScreenProposal
  | AssignProposal
  | DraftAnswer
  | PublishAnswer
  | RateAnswer
  | AskFollowUp
  | AnswerFollowUp;
