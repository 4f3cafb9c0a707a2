import { assertNever } from '../../../shared/domain/decider.js';
import type { AnswerContent, ProposalBookEvent, Rating, WindowPolicy } from './proposal-book.events.js';

export type ProposalStage =
  'AwaitingCoSigners' | 'Filed' | 'Lapsed' | 'Withdrawn' | 'Accepted' | 'Opinion' | 'Merged' | 'NotAccepted';

export type Assignment = Readonly<{
  unitId: string;
  /** when the current handling began: the assignment, or the reopening */
  since: string;
  dueOn: string;
  status: 'Assigned' | 'Answered';
  draft: AnswerContent | null;
  answer: AnswerContent | null;
  reopened: boolean;
  /** ratings of the current answer, by rater */
  ratings: Readonly<Record<string, Rating>>;
  /** follow-up questions, by id: whether the unit has answered */
  questions: Readonly<Record<string, boolean>>;
}>;

export type Proposal = Readonly<{
  proposalId: string;
  filerId: string;
  coSignerIds: readonly string[];
  confirmed: readonly string[];
  declined: readonly string[];
  stage: ProposalStage;
  number: number | null;
  mergedInto: string | null;
  mergedFrom: readonly string[];
  assignments: Readonly<Record<string, Assignment>>;
}>;

/**
 * One book per congress (提案簿): the window, the committee and every proposal. Numbering (第N号) and merging are
 * decisions over the book as a whole, so they live in one stream, as the candidate list does for an election.
 */
export type ProposalBook =
  | Readonly<{ status: 'NotOpened' }>
  | Readonly<{
      status: 'Open' | 'Closed';
      congressId: string;
      organisationId: string;
      policy: WindowPolicy;
      committee: readonly string[];
      filed: number;
      proposals: Readonly<Record<string, Proposal>>;
    }>;

export type OpenedBook = Exclude<ProposalBook, { status: 'NotOpened' }>;

export const initialProposalBook = (): ProposalBook => ({ status: 'NotOpened' });

function withProposal(state: ProposalBook, proposalId: string, change: (p: Proposal) => Proposal): ProposalBook {
  if (state.status === 'NotOpened') return state;
  const proposal = state.proposals[proposalId];
  if (!proposal) return state;
  return { ...state, proposals: { ...state.proposals, [proposalId]: change(proposal) } };
}

function withAssignment(
  state: ProposalBook,
  proposalId: string,
  unitId: string,
  change: (a: Assignment) => Assignment,
): ProposalBook {
  return withProposal(state, proposalId, (p) => {
    const assignment = p.assignments[unitId];
    return assignment ? { ...p, assignments: { ...p.assignments, [unitId]: change(assignment) } } : p;
  });
}

const staged = (stage: ProposalStage) => (p: Proposal) => ({ ...p, stage });

export function evolveProposalBook(state: ProposalBook, event: ProposalBookEvent): ProposalBook {
  switch (event.type) {
    case 'ProposalWindowOpened': {
      const { congressId, organisationId, policy } = event.data;
      return { status: 'Open', congressId, organisationId, policy, committee: [], filed: 0, proposals: {} };
    }
    case 'ProposalWindowClosed':
      return state.status === 'NotOpened' ? state : { ...state, status: 'Closed' };
    case 'ProposalCommitteeAppointed':
      return state.status === 'NotOpened' ? state : { ...state, committee: event.data.memberIds };
    case 'ProposalSubmitted': {
      if (state.status === 'NotOpened') return state;
      const { proposalId, filerId, coSignerIds } = event.data;
      const proposal: Proposal = {
        proposalId,
        filerId,
        coSignerIds,
        confirmed: [],
        declined: [],
        stage: 'AwaitingCoSigners',
        number: null,
        mergedInto: null,
        mergedFrom: [],
        assignments: {},
      };
      return { ...state, proposals: { ...state.proposals, [proposalId]: proposal } };
    }
    case 'CoSignatureConfirmed':
      return withProposal(state, event.data.proposalId, (p) => ({
        ...p,
        confirmed: [...p.confirmed, event.data.coSignerId],
      }));
    case 'CoSignatureDeclined':
      return withProposal(state, event.data.proposalId, (p) => ({
        ...p,
        declined: [...p.declined, event.data.coSignerId],
      }));
    case 'ProposalFiled': {
      const filed = withProposal(state, event.data.proposalId, (p) => ({
        ...p,
        stage: 'Filed',
        number: event.data.number,
      }));
      return filed.status === 'NotOpened' ? filed : { ...filed, filed: Math.max(filed.filed, event.data.number) };
    }
    case 'ProposalLapsed':
      return withProposal(state, event.data.proposalId, staged('Lapsed'));
    case 'ProposalWithdrawn':
      return withProposal(state, event.data.proposalId, staged('Withdrawn'));
    case 'ProposalScreened': {
      const { proposalId, outcome, mergedInto } = event.data;
      const stage: ProposalStage =
        outcome === 'accepted'
          ? 'Accepted'
          : outcome === 'opinion'
            ? 'Opinion'
            : outcome === 'merged'
              ? 'Merged'
              : 'NotAccepted';
      const screened = withProposal(state, proposalId, (p) => ({ ...p, stage, mergedInto }));
      return mergedInto
        ? withProposal(screened, mergedInto, (p) => ({ ...p, mergedFrom: [...p.mergedFrom, proposalId] }))
        : screened;
    }
    case 'ProposalAssigned': {
      const { proposalId, unitId, dueOn, assignedAt } = event.data;
      const assignment: Assignment = {
        unitId,
        since: assignedAt,
        dueOn,
        status: 'Assigned',
        draft: null,
        answer: null,
        reopened: false,
        ratings: {},
        questions: {},
      };
      return withProposal(state, proposalId, (p) => ({
        ...p,
        assignments: { ...p.assignments, [unitId]: assignment },
      }));
    }
    case 'AnswerDrafted':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        draft: event.data.answer,
      }));
    case 'AnswerPublished':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        status: 'Answered',
        answer: event.data.answer,
        ratings: {},
      }));
    case 'AnswerRated':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        ratings: { ...a.ratings, [event.data.raterId]: event.data.rating },
      }));
    case 'HandlingReopened':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        status: 'Assigned',
        since: event.data.reopenedAt,
        dueOn: event.data.dueOn,
        draft: null,
        reopened: true,
      }));
    case 'FollowUpAsked':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        questions: { ...a.questions, [event.data.questionId]: false },
      }));
    case 'FollowUpAnswered':
      return withAssignment(state, event.data.proposalId, event.data.unitId, (a) => ({
        ...a,
        questions: { ...a.questions, [event.data.questionId]: true },
      }));
    default:
      return assertNever(event, 'proposal book event');
  }
}
