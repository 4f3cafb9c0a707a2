import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';

/** The proposal procedure in force for the window, copied from the union's policy when it opened. */
export type WindowPolicy = Readonly<{
  minCoSigners: number;
  answerDueDays: number;
  reopenDueDays: number;
  answerCategories: readonly string[];
}>;

export type Rating = 'satisfied' | 'basically-satisfied' | 'not-satisfied';
export const RATINGS: readonly Rating[] = ['satisfied', 'basically-satisfied', 'not-satisfied'];

export type ScreeningOutcome = 'accepted' | 'opinion' | 'merged' | 'not-accepted';

/** The convening union opens the congress's proposal window (Art. 9 rights 3: delegates file proposals). */
export type ProposalWindowOpened = DomainEvent<
  'ProposalWindowOpened',
  { congressId: string; organisationId: string; policy: WindowPolicy; openedAt: string }
>;
export type ProposalWindowClosed = DomainEvent<'ProposalWindowClosed', { congressId: string; closedAt: string }>;

/** The union appoints the body that screens proposals (提案审查委员会); its members act personally. */
export type ProposalCommitteeAppointed = DomainEvent<
  'ProposalCommitteeAppointed',
  { congressId: string; memberIds: readonly string[]; appointedAt: string }
>;

/** A delegate submits a proposal; a joint one waits for its co-signers, a proposal alone is filed at once. */
export type ProposalSubmitted = DomainEvent<
  'ProposalSubmitted',
  {
    congressId: string;
    proposalId: string;
    filerId: string;
    title: string;
    body: string;
    category: string;
    suggestedUnitId: string | null;
    coSignerIds: readonly string[];
    submittedAt: string;
  }
>;
export type CoSignatureConfirmed = DomainEvent<
  'CoSignatureConfirmed',
  { congressId: string; proposalId: string; coSignerId: string; confirmedAt: string }
>;
export type CoSignatureDeclined = DomainEvent<
  'CoSignatureDeclined',
  { congressId: string; proposalId: string; coSignerId: string; declinedAt: string }
>;
/** The proposal counts as filed and takes the congress's next number (第N号). */
export type ProposalFiled = DomainEvent<
  'ProposalFiled',
  { congressId: string; proposalId: string; number: number; filedAt: string }
>;
/** A joint proposal that can no longer be filed: too few co-signers left, or the window closed before they confirmed. */
export type ProposalLapsed = DomainEvent<
  'ProposalLapsed',
  { congressId: string; proposalId: string; reason: 'too-few-co-signers' | 'window-closed'; lapsedAt: string }
>;
export type ProposalWithdrawn = DomainEvent<
  'ProposalWithdrawn',
  { congressId: string; proposalId: string; reason: string; withdrawnAt: string }
>;

/** Screening by the proposal committee, with its reason; the filers see it. */
export type ProposalScreened = DomainEvent<
  'ProposalScreened',
  {
    congressId: string;
    proposalId: string;
    outcome: ScreeningOutcome;
    /** the proposal it was merged into, when `outcome` is merged (the target lists it back in its state) */
    mergedInto: string | null;
    reason: string;
    screenedBy: string;
    screenedAt: string;
  }
>;

/** An accepted proposal is assigned to a handling unit (a school office), due `answerDueDays` later. */
export type ProposalAssigned = DomainEvent<
  'ProposalAssigned',
  { congressId: string; proposalId: string; unitId: string; dueOn: string; assignedAt: string }
>;

export type AnswerContent = Readonly<{
  category: string;
  text: string;
  measures: string;
  /** the date the measures are to be completed, where the answer promises one */
  completionDate: string | null;
}>;

/** The unit drafts its answer (it may redraft); only publishing makes it the answer the filers see. */
export type AnswerDrafted = DomainEvent<
  'AnswerDrafted',
  { congressId: string; proposalId: string; unitId: string; answer: AnswerContent; draftedAt: string }
>;
export type AnswerPublished = DomainEvent<
  'AnswerPublished',
  {
    congressId: string;
    proposalId: string;
    unitId: string;
    answer: AnswerContent;
    dueOn: string;
    /** days from the assignment (or the reopening) to the answer, Beijing dates */
    daysToAnswer: number;
    late: boolean;
    publishedAt: string;
  }
>;

/** The filer or a co-signer rates the answer; "not satisfied" reopens the handling once. */
export type AnswerRated = DomainEvent<
  'AnswerRated',
  {
    congressId: string;
    proposalId: string;
    unitId: string;
    raterId: string;
    rating: Rating;
    comment: string;
    ratedAt: string;
  }
>;
export type HandlingReopened = DomainEvent<
  'HandlingReopened',
  { congressId: string; proposalId: string; unitId: string; dueOn: string; reopenedAt: string }
>;

/** Any delegate may put a follow-up question (询问) to the unit; the unit answers it. */
export type FollowUpAsked = DomainEvent<
  'FollowUpAsked',
  {
    congressId: string;
    proposalId: string;
    unitId: string;
    questionId: string;
    askedBy: string;
    question: string;
    askedAt: string;
  }
>;
export type FollowUpAnswered = DomainEvent<
  'FollowUpAnswered',
  { congressId: string; proposalId: string; unitId: string; questionId: string; answer: string; answeredAt: string }
>;

export type ProposalBookEvent =
  | ProposalWindowOpened
  | ProposalWindowClosed
  | ProposalCommitteeAppointed
  | ProposalSubmitted
  | CoSignatureConfirmed
  | CoSignatureDeclined
  | ProposalFiled
  | ProposalLapsed
  | ProposalWithdrawn
  | ProposalScreened
  | ProposalAssigned
  | AnswerDrafted
  | AnswerPublished
  | AnswerRated
  | HandlingReopened
  | FollowUpAsked
  | FollowUpAnswered;

export const PROPOSAL_BOOK_EVENT_TYPES = eventTypeList<ProposalBookEvent['type']>({
  ProposalWindowOpened: true,
  ProposalWindowClosed: true,
  ProposalCommitteeAppointed: true,
  ProposalSubmitted: true,
  CoSignatureConfirmed: true,
  CoSignatureDeclined: true,
  ProposalFiled: true,
  ProposalLapsed: true,
  ProposalWithdrawn: true,
  ProposalScreened: true,
  ProposalAssigned: true,
  AnswerDrafted: true,
  AnswerPublished: true,
  AnswerRated: true,
  HandlingReopened: true,
  FollowUpAsked: true,
  FollowUpAnswered: true,
});
