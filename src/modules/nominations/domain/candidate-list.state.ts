import { assertNever } from '../../../shared/domain/decider.js';
import type { Person } from '../../elections/domain/person.js';
import type { CandidateListEvent, EligibilityRuleCheck, ReviewBody, ElectedOffice } from './candidate-list.events.js';

/** Where one candidacy stands. The last five are final. */
export type CandidacyStage =
  | 'AwaitingPartyConsent'
  | 'AwaitingReview'
  | 'Cleared'
  | 'PartyRefused'
  | 'Ineligible'
  | 'RejectedAtReview'
  | 'Confirmed'
  | 'NotConfirmed';

export type Candidacy = Readonly<{
  studentId: string;
  name: string;
  collegeId: string;
  stage: CandidacyStage;
  eligibility: Readonly<{ eligible: boolean; checks: readonly EligibilityRuleCheck[] }> | null;
  signedOffBy: readonly ReviewBody[];
}>;

export type CandidateList =
  | Readonly<{ status: 'NotOpened' }>
  | Readonly<{
      status: 'Open' | 'Confirmed';
      electionId: string;
      organisationId: string;
      congressId: string;
      office: ElectedOffice;
      /** fixed seats (federation delegates); null when they are the union's presidium seats */
      seats: number | null;
      candidacies: Readonly<Record<string, Candidacy>>;
      /** the confirmed list in 姓氏笔画 order, once confirmed */
      confirmed: readonly Person[];
    }>;

export type OpenedList = Exclude<CandidateList, { status: 'NotOpened' }>;

export const initialCandidateList = (): CandidateList => ({ status: 'NotOpened' });

function withCandidacy(state: CandidateList, studentId: string, change: (c: Candidacy) => Candidacy): CandidateList {
  if (state.status === 'NotOpened') return state;
  const current = state.candidacies[studentId];
  return current ? { ...state, candidacies: { ...state.candidacies, [studentId]: change(current) } } : state;
}

function confirm(state: CandidateList, candidates: readonly Person[]): CandidateList {
  if (state.status === 'NotOpened') return state;
  const chosen = new Set(candidates.map((c) => c.personId));
  const candidacies = Object.fromEntries(
    Object.entries(state.candidacies).map(([id, c]) => [
      id,
      { ...c, stage: chosen.has(id) ? 'Confirmed' : isFinal(c.stage) ? c.stage : 'NotConfirmed' },
    ]),
  ) as Record<string, Candidacy>;
  return { ...state, status: 'Confirmed', candidacies, confirmed: candidates };
}

export const isFinal = (stage: CandidacyStage): boolean =>
  !['AwaitingPartyConsent', 'AwaitingReview', 'Cleared'].includes(stage);

export function evolveCandidateList(state: CandidateList, event: CandidateListEvent): CandidateList {
  switch (event.type) {
    case 'NominationsOpened': {
      const { electionId, organisationId, congressId } = event.data;
      const office = event.data.office ?? 'presidium';
      const seats = event.data.seats ?? null;
      return { status: 'Open', electionId, organisationId, congressId, office, seats, candidacies: {}, confirmed: [] };
    }
    case 'CandidateRecommended': {
      if (state.status === 'NotOpened') return state;
      const { studentId, name, collegeId } = event.data;
      const candidacy: Candidacy = {
        studentId,
        name,
        collegeId,
        stage: 'AwaitingPartyConsent',
        eligibility: null,
        signedOffBy: [],
      };
      return { ...state, candidacies: { ...state.candidacies, [studentId]: candidacy } };
    }
    case 'PartyConsentGiven':
      return withCandidacy(state, event.data.studentId, (c) => ({ ...c, stage: 'AwaitingReview' }));
    case 'PartyConsentRefused':
      return withCandidacy(state, event.data.studentId, (c) => ({ ...c, stage: 'PartyRefused' }));
    case 'EligibilityChecked': {
      const { eligible, checks } = event.data;
      return withCandidacy(state, event.data.studentId, (c) => ({
        ...c,
        eligibility: { eligible, checks },
        stage: eligible ? c.stage : 'Ineligible',
      }));
    }
    case 'InterviewSignedOff':
      return withCandidacy(state, event.data.studentId, (c) => ({
        ...c,
        signedOffBy: [...c.signedOffBy, event.data.by],
      }));
    case 'InterviewRejected':
      return withCandidacy(state, event.data.studentId, (c) => ({ ...c, stage: 'RejectedAtReview' }));
    case 'CandidateCleared':
      return withCandidacy(state, event.data.studentId, (c) => ({ ...c, stage: 'Cleared' }));
    case 'CandidateListConfirmed':
      return confirm(state, event.data.candidates);
    default:
      return assertNever(event, 'candidate list event');
  }
}
