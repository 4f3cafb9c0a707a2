import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Person } from '../../elections/domain/person.js';

/** Step 3 of the pipeline is done by two bodies together (domain.md "Presidium election"); each signs off itself. */
export type ReviewBody = 'student-affairs' | 'youth-league-committee';
export const REVIEW_BODIES: readonly ReviewBody[] = ['student-affairs', 'youth-league-committee'];

/** One Art. 18 rule as the registry judged it (students module, explainStaffEligibility). */
export type EligibilityRuleCheck = Readonly<{ rule: string; passed: boolean; detail: string; article: string }>;

/**
 * The offices the congress elects (Art. 8 (3), (4)): the union's presidium, and the delegates to the higher student
 * federation's congress. One election engine; each office has its own seats and candidate procedure.
 */
export const ELECTED_OFFICES = ['presidium', 'federation-delegates'] as const;
export type ElectedOffice = (typeof ELECTED_OFFICES)[number];

/**
 * The school union opens nominations for an election of its congress. `office` and `seats` are absent from
 * elections opened before other offices existed: those are presidium elections, their seats the union's policy.
 */
export type NominationsOpened = DomainEvent<
  'NominationsOpened',
  {
    electionId: string;
    organisationId: string;
    congressId: string;
    office?: ElectedOffice;
    /** the seats the federation allotted (federation delegates); null for the presidium, whose seats are policy */
    seats?: number | null;
    openedAt: string;
  }
>;

/** Step 1: the college league organisation recommends a student of its college; the candidate's résumé goes with it. */
export type CandidateRecommended = DomainEvent<
  'CandidateRecommended',
  {
    electionId: string;
    studentId: string;
    name: string;
    collegeId: string;
    leagueOrgId: string;
    resume: string;
    recommendedAt: string;
  }
>;

/** Step 2: the college party organisation of the same college consents, or refuses with its reason. */
export type PartyConsentGiven = DomainEvent<
  'PartyConsentGiven',
  { electionId: string; studentId: string; partyOrgId: string; at: string }
>;
export type PartyConsentRefused = DomainEvent<
  'PartyConsentRefused',
  { electionId: string; studentId: string; partyOrgId: string; reason: string; at: string }
>;

/** Step 3a: the eligibility check against the registry and the school union's Art. 18 policy, every rule explained. */
export type EligibilityChecked = DomainEvent<
  'EligibilityChecked',
  {
    electionId: string;
    studentId: string;
    eligible: boolean;
    checks: readonly EligibilityRuleCheck[];
    by: ReviewBody;
    checkedAt: string;
  }
>;

/** Step 3b: each of the two reviewing bodies signs off the interview, or rejects with its reason. */
export type InterviewSignedOff = DomainEvent<
  'InterviewSignedOff',
  { electionId: string; studentId: string; by: ReviewBody; notes: string; at: string }
>;
export type InterviewRejected = DomainEvent<
  'InterviewRejected',
  { electionId: string; studentId: string; by: ReviewBody; reason: string; at: string }
>;

/** Step 3 complete: eligible, and both bodies signed off. The candidate awaits the party committee. */
export type CandidateCleared = DomainEvent<'CandidateCleared', { electionId: string; studentId: string; at: string }>;

export type ExcludedCandidate = Readonly<{ studentId: string; name: string; reason: string }>;
export type LeftOutCandidate = Readonly<{ studentId: string; name: string; stage: string }>;

/**
 * Step 4: the school party committee confirms the final list. `candidates` in 姓氏笔画 order (the ballot's order);
 * `excluded`: cleared candidates the committee struck, each with its reason; `leftOut`: candidacies still in the
 * pipeline when the list was confirmed.
 */
export type CandidateListConfirmed = DomainEvent<
  'CandidateListConfirmed',
  {
    electionId: string;
    seats: number;
    candidates: readonly Person[];
    excluded: readonly ExcludedCandidate[];
    leftOut: readonly LeftOutCandidate[];
    confirmedAt: string;
  }
>;

export type CandidateListEvent =
  | NominationsOpened
  | CandidateRecommended
  | PartyConsentGiven
  | PartyConsentRefused
  | EligibilityChecked
  | InterviewSignedOff
  | InterviewRejected
  | CandidateCleared
  | CandidateListConfirmed;

export const CANDIDATE_LIST_EVENT_TYPES = eventTypeList<CandidateListEvent['type']>({
  NominationsOpened: true,
  CandidateRecommended: true,
  PartyConsentGiven: true,
  PartyConsentRefused: true,
  EligibilityChecked: true,
  InterviewSignedOff: true,
  InterviewRejected: true,
  CandidateCleared: true,
  CandidateListConfirmed: true,
});
