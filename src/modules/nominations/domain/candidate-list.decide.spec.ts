import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CandidateListCommand } from './candidate-list.commands.js';
import { candidateListDecider, candidateListStream } from './candidate-list.decide.js';
import {
  AlreadyRecommended,
  AlreadySignedOff,
  CandidateListAlreadyConfirmed,
  CandidateListNotCompetitive,
  CandidateNotEnrolled,
  CandidateNotFound,
  EligibilityNotEstablished,
  ExclusionNotAllowed,
  NominationsNotOpen,
  NominationSeatsRequired,
  NotASchoolUnion,
  NotOwnCollege,
  RefusalReasonRequired,
  ResumeRequired,
  ReviewerNotRecognised,
  StepOutOfOrder,
} from './candidate-list.errors.js';
import type { CandidateListEvent, EligibilityRuleCheck } from './candidate-list.events.js';
import { NotTheActingBody } from '../../elections/domain/acting-body.errors.js';

const given = givenDecider(candidateListDecider);

describe('Presidium candidate pipeline (domain.md steps 1-4)', () => {
  describe('opening nominations', () => {
    it('opens for a school union and its congress', () =>
      given()
        .when(open(true))
        .then({
          type: 'NominationsOpened',
          data: {
            electionId,
            organisationId: 'school',
            congressId: 'congress-1',
            office: 'presidium',
            seats: null,
            openedAt: now,
          },
        }));

    it('opens an election of delegates to the federation’s congress with the seats it allotted (Art. 8 (4))', () => {
      given()
        .when(open(true, 'federation-delegates', 2))
        .then({
          type: 'NominationsOpened',
          data: {
            electionId,
            organisationId: 'school',
            congressId: 'congress-1',
            office: 'federation-delegates',
            seats: 2,
            openedAt: now,
          },
        });
      given()
        .when(open(true, 'federation-delegates', null))
        .thenRejects(NominationSeatsRequired);
    });

    it('clears a federation delegate candidate at the party consent: no Art. 18 review, which is for staff', () =>
      given(federationOpened(), recommendedEvent('s-1'))
        .when(consent('s-1', true))
        .then(
          { type: 'PartyConsentGiven', data: { electionId, studentId: 's-1', partyOrgId: 'arts-party', at: now } },
          { type: 'CandidateCleared', data: { electionId, studentId: 's-1', at: now } },
        ));

    it('refuses a body that is not a school union (Art. 14)', () =>
      given().when(open(false)).thenRejects(NotASchoolUnion));
  });

  describe('step 1: recommendation by the college league organisation', () => {
    it('records the recommendation with the registry name and the résumé', () =>
      given(opened()).when(recommend('s-1')).then(recommendedEvent('s-1')));

    it('refuses a league organisation of another college, an unknown or departed student, a repeat, and an empty résumé', () => {
      given(opened())
        .when(recommend('s-1', { leagueCollegeId: 'it' }))
        .thenRejects(NotOwnCollege);
      given(opened())
        .when(recommend('s-1', { leagueCollegeId: null }))
        .thenRejects(NotOwnCollege);
      given(opened())
        .when(recommend('s-1', { student: null }))
        .thenRejects(CandidateNotEnrolled);
      given(opened())
        .when(recommend('s-1', { student: { enrolled: false, collegeId: 'arts', name: '丁磊' } }))
        .thenRejects(CandidateNotEnrolled);
      given(opened(), recommendedEvent('s-1')).when(recommend('s-1')).thenRejects(AlreadyRecommended);
      given(opened())
        .when(recommend('s-1', { resume: '  ' }))
        .thenRejects(ResumeRequired);
    });

    it('refuses before nominations open', () => given().when(recommend('s-1')).thenRejects(NominationsNotOpen));
  });

  describe('step 2: consent of the college party organisation', () => {
    it('records consent, or a refusal with its reason', () => {
      given(opened(), recommendedEvent('s-1'))
        .when(consent('s-1', true))
        .then({ type: 'PartyConsentGiven', data: { electionId, studentId: 's-1', partyOrgId: 'arts-party', at: now } });
      given(opened(), recommendedEvent('s-1'))
        .when(consent('s-1', false, 'Under party discipline review'))
        .then({
          type: 'PartyConsentRefused',
          data: {
            electionId,
            studentId: 's-1',
            partyOrgId: 'arts-party',
            reason: 'Under party discipline review',
            at: now,
          },
        });
    });

    it('refuses the party organisation of another college, a refusal without reason, and a second decision', () => {
      given(opened(), recommendedEvent('s-1'))
        .when(consent('s-1', true, '', 'it'))
        .thenRejects(NotOwnCollege);
      given(opened(), recommendedEvent('s-1'))
        .when(consent('s-1', false, ' '))
        .thenRejects(RefusalReasonRequired);
      given(opened(), recommendedEvent('s-1'), consented('s-1')).when(consent('s-1', true)).thenRejects(StepOutOfOrder);
      given(opened()).when(consent('s-9', true)).thenRejects(CandidateNotFound);
    });
  });

  describe('step 3: eligibility and interview by student affairs with the Youth League committee', () => {
    it('records the eligibility check with each rule explained; a failed check ends the candidacy', () => {
      given(...inReview('s-1'))
        .when(check('s-1', PASSED, 'student-affairs'))
        .then(checkedEvent('s-1', true, 'student-affairs'));
      given(...inReview('s-1'))
        .when(check('s-1', FAILED, 'youth-league-committee'))
        .then(checkedEvent('s-1', false, 'youth-league-committee'));
      given(...inReview('s-1'), checkedEvent('s-1', false, 'student-affairs'))
        .when(signOff('s-1', 'student-affairs'))
        .thenRejects(StepOutOfOrder);
    });

    it('takes a review only for a registered body of the reviewer’s kind', () => {
      given(...inReview('s-1'))
        .when(check('s-1', PASSED, 'student-affairs', 'youth-league-committee'))
        .thenRejects(NotTheActingBody, /reviewer is not a registered student-affairs/);
      given(...inReview('s-1'), checkedEvent('s-1', true, 'student-affairs'))
        .when(signOff('s-1', 'youth-league-committee', '', null))
        .thenRejects(NotTheActingBody);
    });

    it('refuses a check before party consent, and by anyone but the two reviewing bodies', () => {
      given(opened(), recommendedEvent('s-1'))
        .when(check('s-1', PASSED, 'student-affairs'))
        .thenRejects(StepOutOfOrder);
      given(...inReview('s-1'))
        .when(check('s-1', PASSED, 'party-committee'))
        .thenRejects(ReviewerNotRecognised);
    });

    it('needs an eligible check before any interview sign-off', () =>
      given(...inReview('s-1'))
        .when(signOff('s-1', 'student-affairs'))
        .thenRejects(EligibilityNotEstablished));

    it('records both sign-offs and clears the candidate with the second', () => {
      const eligible = [...inReview('s-1'), checkedEvent('s-1', true, 'student-affairs')];
      given(...eligible)
        .when(signOff('s-1', 'student-affairs', 'Clear answers on the union budget'))
        .then({
          type: 'InterviewSignedOff',
          data: {
            electionId,
            studentId: 's-1',
            by: 'student-affairs',
            notes: 'Clear answers on the union budget',
            at: now,
          },
        });
      given(...eligible, signedOff('s-1', 'student-affairs'))
        .when(signOff('s-1', 'youth-league-committee'))
        .then(
          {
            type: 'InterviewSignedOff',
            data: { electionId, studentId: 's-1', by: 'youth-league-committee', notes: '', at: now },
          },
          { type: 'CandidateCleared', data: { electionId, studentId: 's-1', at: now } },
        );
      given(...eligible, signedOff('s-1', 'student-affairs'))
        .when(signOff('s-1', 'student-affairs'))
        .thenRejects(AlreadySignedOff);
      given(...eligible, signedOff('s-1', 'student-affairs'))
        .when(check('s-1', PASSED, 'youth-league-committee'))
        .thenRejects(StepOutOfOrder);
    });

    it('records a rejection at interview with its reason', () => {
      const eligible = [...inReview('s-1'), checkedEvent('s-1', true, 'student-affairs')];
      given(...eligible)
        .when(reject('s-1', 'youth-league-committee', 'Did not attend'))
        .then({
          type: 'InterviewRejected',
          data: { electionId, studentId: 's-1', by: 'youth-league-committee', reason: 'Did not attend', at: now },
        });
      given(...eligible)
        .when(reject('s-1', 'youth-league-committee', ''))
        .thenRejects(RefusalReasonRequired);
    });
  });

  describe('step 4: confirmation of the final list by the party committee', () => {
    const five = () => [opened(), ...['s-1', 's-2', 's-3', 's-4', 's-5'].flatMap((id) => cleared(id))];

    it('takes the confirmation only from a registered party committee', () =>
      given(...five())
        .when(confirm([], 'school-union'))
        .thenRejects(NotTheActingBody, /party-committee is not a registered party-committee/));

    it('confirms the cleared candidates in 姓氏笔画 order, with those struck and those left out named', () => {
      const past = [...five(), ...cleared('s-6'), recommendedEvent('s-7')];
      given(...past)
        .when(confirm([{ studentId: 's-6', reason: 'Holds another union post' }]))
        .then({
          type: 'CandidateListConfirmed',
          data: {
            electionId,
            seats: 4,
            candidates: [
              ['s-1', '丁磊'],
              ['s-2', '王芳'],
              ['s-3', '孔敏'],
              ['s-4', '刘洋'],
              ['s-5', '李娜'],
            ].map(([personId, name]) => ({ personId: personId!, name: name! })),
            excluded: [{ studentId: 's-6', name: '张伟', reason: 'Holds another union post' }],
            leftOut: [{ studentId: 's-7', name: '陈静', stage: 'AwaitingPartyConsent' }],
            confirmedAt: now,
          },
        });
    });

    it('refuses a list with no more candidates than seats, striking someone not cleared, and a second confirmation', () => {
      given(...five())
        .when(confirm([{ studentId: 's-5', reason: 'x' }]))
        .thenRejects(CandidateListNotCompetitive);
      given(...five(), recommendedEvent('s-7'))
        .when(confirm([{ studentId: 's-7', reason: 'x' }]))
        .thenRejects(ExclusionNotAllowed);
      given(...five())
        .when(confirm([{ studentId: 's-1', reason: ' ' }]))
        .thenRejects(RefusalReasonRequired);
      const confirmed = [...five(), ...decided(five(), confirm([]))];
      given(...confirmed)
        .when(confirm([]))
        .thenRejects(CandidateListAlreadyConfirmed);
      given(...confirmed)
        .when(recommend('s-8'))
        .thenRejects(CandidateListAlreadyConfirmed);
    });
  });
});

const now = '2026-09-20T09:00:00.000Z';
const electionId = 'presidium-2026';
const NAMES: Record<string, string> = {
  's-1': '丁磊',
  's-2': '王芳',
  's-3': '孔敏',
  's-4': '刘洋',
  's-5': '李娜',
  's-6': '张伟',
  's-7': '陈静',
  's-8': '周明',
};
const as = (role: string, org = role) => ({ now, actor: { id: `${role}-officer`, role, organisationId: org } });
const PASSED: EligibilityRuleCheck[] = [
  { rule: 'political-status', passed: true, detail: 'is a CYL member', article: 'Art. 18' },
];
const FAILED: EligibilityRuleCheck[] = [
  {
    rule: 'academic-rank',
    passed: false,
    detail: 'ranks in the top 45% of the major; staff must rank in the top 30%',
    article: 'Art. 18',
  },
];

const open = (
  isSchoolUnion: boolean,
  office: 'presidium' | 'federation-delegates' = 'presidium',
  seats: number | null = null,
): CandidateListCommand => ({
  type: 'OpenNominations',
  data: { electionId, organisationId: 'school', congressId: 'congress-1', isSchoolUnion, office, seats },
  metadata: as('union-staff', 'school'),
});
const federationOpened = (): CandidateListEvent => ({
  type: 'NominationsOpened',
  data: {
    electionId,
    organisationId: 'school',
    congressId: 'congress-1',
    office: 'federation-delegates',
    seats: 2,
    openedAt: now,
  },
});
const opened = (): CandidateListEvent => ({
  type: 'NominationsOpened',
  data: { electionId, organisationId: 'school', congressId: 'congress-1', openedAt: now },
});

function recommend(
  studentId: string,
  overrides: Partial<Extract<CandidateListCommand, { type: 'RecommendCandidate' }>['data']> = {},
): CandidateListCommand {
  return {
    type: 'RecommendCandidate',
    data: {
      electionId,
      studentId,
      resume: '班长两年，校青协骨干',
      leagueOrgId: 'arts-league',
      leagueCollegeId: 'arts',
      student: { enrolled: true, collegeId: 'arts', name: NAMES[studentId]! },
      ...overrides,
    },
    metadata: as('college-league-org', 'arts-league'),
  };
}
const recommendedEvent = (studentId: string): CandidateListEvent => ({
  type: 'CandidateRecommended',
  data: {
    electionId,
    studentId,
    name: NAMES[studentId]!,
    collegeId: 'arts',
    leagueOrgId: 'arts-league',
    resume: '班长两年，校青协骨干',
    recommendedAt: now,
  },
});

const consent = (studentId: string, yes: boolean, reason = '', partyCollegeId = 'arts'): CandidateListCommand => ({
  type: 'DecidePartyConsent',
  data: { electionId, studentId, partyOrgId: 'arts-party', partyCollegeId, consent: yes, reason },
  metadata: as('college-party-org', 'arts-party'),
});
const consented = (studentId: string): CandidateListEvent => ({
  type: 'PartyConsentGiven',
  data: { electionId, studentId, partyOrgId: 'arts-party', at: now },
});
const inReview = (studentId: string) => [opened(), recommendedEvent(studentId), consented(studentId)];

/** The reviewing body the route names is, unless a test says otherwise, a registered body of the actor's kind. */
const check = (
  studentId: string,
  checks: EligibilityRuleCheck[],
  role: string,
  bodyKind: string | null = role,
): CandidateListCommand => ({
  type: 'CheckEligibility',
  data: {
    electionId,
    reviewerOrgId: 'reviewer',
    bodyKind,
    studentId,
    eligibility: { eligible: checks.every((c) => c.passed), checks },
  },
  metadata: as(role),
});
const checkedEvent = (
  studentId: string,
  eligible: boolean,
  by: 'student-affairs' | 'youth-league-committee',
): CandidateListEvent => ({
  type: 'EligibilityChecked',
  data: { electionId, studentId, eligible, checks: eligible ? PASSED : FAILED, by, checkedAt: now },
});

const signOff = (
  studentId: string,
  role: string,
  notes = '',
  bodyKind: string | null = role,
): CandidateListCommand => ({
  type: 'SignOffInterview',
  data: { electionId, reviewerOrgId: 'reviewer', bodyKind, studentId, approved: true, notes, reason: '' },
  metadata: as(role),
});
const reject = (studentId: string, role: string, reason: string): CandidateListCommand => ({
  type: 'SignOffInterview',
  data: { electionId, reviewerOrgId: 'reviewer', bodyKind: role, studentId, approved: false, notes: '', reason },
  metadata: as(role),
});
const signedOff = (studentId: string, by: 'student-affairs' | 'youth-league-committee'): CandidateListEvent => ({
  type: 'InterviewSignedOff',
  data: { electionId, studentId, by, notes: '', at: now },
});

const cleared = (studentId: string): CandidateListEvent[] => [
  recommendedEvent(studentId),
  consented(studentId),
  checkedEvent(studentId, true, 'student-affairs'),
  signedOff(studentId, 'student-affairs'),
  signedOff(studentId, 'youth-league-committee'),
  { type: 'CandidateCleared', data: { electionId, studentId, at: now } },
];

const confirm = (
  excluded: Array<{ studentId: string; reason: string }>,
  bodyKind: string | null = 'party-committee',
): CandidateListCommand => ({
  type: 'ConfirmCandidateList',
  data: { electionId, partyCommitteeId: 'party-committee', bodyKind, seats: 4, excluded },
  metadata: as('party-committee'),
});

function decided(past: CandidateListEvent[], command: CandidateListCommand): CandidateListEvent[] {
  const state = past.reduce(candidateListDecider.evolve, candidateListDecider.initialState());
  return ([] as CandidateListEvent[]).concat(candidateListDecider.decide(command, state));
}

it('keeps one stream per election', () => expect(candidateListStream(electionId)).toBe('candidates-presidium-2026'));
