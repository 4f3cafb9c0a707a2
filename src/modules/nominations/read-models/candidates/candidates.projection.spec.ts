import { describe, it } from '@jest/globals';
import { CANDIDATES, electionEvents } from '../../../../../test/support/election-events.js';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { candidatesProjection } from './candidates.projection.js';
import { listCandidates } from './candidates.queries.js';

const db = projectionDatabase();
const given = givenProjection(candidatesProjection, db).given;
const { candidates } = electionEvents('e1');

const recommended = (studentId: string, name: string, collegeId: string, recommendedAt: string) =>
  candidates('CandidateRecommended', {
    studentId,
    name,
    collegeId,
    leagueOrgId: `${collegeId}-league`,
    resume: `${name}：学生会干事两年`,
    recommendedAt,
  });
const consent = (studentId: string, at: string) =>
  candidates('PartyConsentGiven', { studentId, partyOrgId: 'arts-party', at });
const eligible = (studentId: string, ok: boolean, at: string) =>
  candidates('EligibilityChecked', {
    studentId,
    eligible: ok,
    by: 'student-affairs',
    checkedAt: at,
    checks: [{ rule: 'failed-courses', passed: ok, detail: ok ? '无挂科' : '挂科 1 门', article: '第十八条' }],
  });
const signedOff = (studentId: string, by: string, at: string) =>
  candidates('InterviewSignedOff', { studentId, by, notes: '表达清楚', at });

const pipeline = [
  candidates('NominationsOpened', {
    organisationId: 'school',
    congressId: 'c12',
    openedAt: '2026-05-01T08:00:00.000Z',
  }),
  recommended('s-1', '丁磊', 'arts', '2026-05-02T08:00:00.000Z'),
  recommended('s-2', '王芳', 'arts', '2026-05-02T09:00:00.000Z'),
  recommended('s-3', '孔敏', 'arts', '2026-05-02T10:00:00.000Z'),
  recommended('s-4', '刘洋', 'arts', '2026-05-02T11:00:00.000Z'),
];

describe('candidates projection', () => {
  it('lists a recommended candidate awaiting party consent, with the résumé', () =>
    given(...pipeline.slice(0, 2)).thenQuery(
      (ds) => listCandidates(ds, 'e1'),
      [
        {
          studentId: 's-1',
          name: '丁磊',
          collegeId: 'arts',
          leagueOrgId: 'arts-league',
          resume: '丁磊：学生会干事两年',
          stage: 'AwaitingPartyConsent',
          partyDecision: null,
          eligibility: null,
          interviews: [],
          confirmation: null,
          recommendedAt: '2026-05-02T08:00:00.000Z',
        },
      ],
    ));

  it('keeps every body decision and its reasons along the steps', () =>
    given(
      ...pipeline,
      consent('s-1', '2026-05-03T08:00:00.000Z'),
      candidates('PartyConsentRefused', {
        studentId: 's-2',
        partyOrgId: 'arts-party',
        reason: '年级排名不符',
        at: '2026-05-03T09:00:00.000Z',
      }),
      consent('s-3', '2026-05-03T10:00:00.000Z'),
      consent('s-4', '2026-05-03T11:00:00.000Z'),
      eligible('s-1', true, '2026-05-04T08:00:00.000Z'),
      eligible('s-3', false, '2026-05-04T08:10:00.000Z'),
      eligible('s-4', true, '2026-05-04T08:20:00.000Z'),
      signedOff('s-1', 'student-affairs', '2026-05-04T09:00:00.000Z'),
      signedOff('s-1', 'youth-league-committee', '2026-05-04T09:30:00.000Z'),
      candidates('CandidateCleared', { studentId: 's-1', at: '2026-05-04T09:30:00.000Z' }),
      candidates('InterviewRejected', {
        studentId: 's-4',
        by: 'youth-league-committee',
        reason: '面试未通过',
        at: '2026-05-04T10:00:00.000Z',
      }),
    ).then(
      `SELECT student_id, stage, party_decision, eligibility->'eligible' AS eligible, interviews FROM election_candidates ORDER BY student_id`,
      [
        {
          student_id: 's-1',
          stage: 'Cleared',
          party_decision: { consent: true, partyOrgId: 'arts-party', at: '2026-05-03T08:00:00.000Z' },
          eligible: true,
          interviews: [
            { approved: true, by: 'student-affairs', notes: '表达清楚', at: '2026-05-04T09:00:00.000Z' },
            { approved: true, by: 'youth-league-committee', notes: '表达清楚', at: '2026-05-04T09:30:00.000Z' },
          ],
        },
        {
          student_id: 's-2',
          stage: 'PartyRefused',
          party_decision: {
            consent: false,
            partyOrgId: 'arts-party',
            reason: '年级排名不符',
            at: '2026-05-03T09:00:00.000Z',
          },
          eligible: null,
          interviews: [],
        },
        {
          student_id: 's-3',
          stage: 'Ineligible',
          party_decision: { consent: true, partyOrgId: 'arts-party', at: '2026-05-03T10:00:00.000Z' },
          eligible: false,
          interviews: [],
        },
        {
          student_id: 's-4',
          stage: 'RejectedAtReview',
          party_decision: { consent: true, partyOrgId: 'arts-party', at: '2026-05-03T11:00:00.000Z' },
          eligible: true,
          interviews: [
            { approved: false, by: 'youth-league-committee', reason: '面试未通过', at: '2026-05-04T10:00:00.000Z' },
          ],
        },
      ],
    ));

  it('keeps the eligibility rules as the registry explained them', () =>
    given(
      ...pipeline.slice(0, 2),
      consent('s-1', '2026-05-03T08:00:00.000Z'),
      eligible('s-1', false, '2026-05-04T08:00:00.000Z'),
    ).then(`SELECT eligibility FROM election_candidates`, [
      {
        eligibility: {
          eligible: false,
          by: 'student-affairs',
          checkedAt: '2026-05-04T08:00:00.000Z',
          checks: [{ rule: 'failed-courses', passed: false, detail: '挂科 1 门', article: '第十八条' }],
        },
      },
    ]));

  it('places the confirmed on the ballot in order and marks the struck and the left-out as not confirmed', () =>
    given(
      ...pipeline,
      candidates('CandidateListConfirmed', {
        seats: 2,
        candidates: [CANDIDATES[0], { personId: 's-3', name: '孔敏' }],
        excluded: [{ studentId: 's-2', name: '王芳', reason: '党委不同意' }],
        leftOut: [{ studentId: 's-4', name: '刘洋', stage: 'AwaitingReview' }],
        confirmedAt: '2026-05-05T08:00:00.000Z',
      }),
    ).then(`SELECT student_id, stage, confirmation FROM election_candidates ORDER BY student_id`, [
      {
        student_id: 's-1',
        stage: 'Confirmed',
        confirmation: { ballotPosition: 1, confirmedAt: '2026-05-05T08:00:00.000Z' },
      },
      {
        student_id: 's-2',
        stage: 'NotConfirmed',
        confirmation: { excluded: true, reason: '党委不同意', at: '2026-05-05T08:00:00.000Z' },
      },
      {
        student_id: 's-3',
        stage: 'Confirmed',
        confirmation: { ballotPosition: 2, confirmedAt: '2026-05-05T08:00:00.000Z' },
      },
      {
        student_id: 's-4',
        stage: 'NotConfirmed',
        confirmation: { leftOutAt: 'AwaitingReview', at: '2026-05-05T08:00:00.000Z' },
      },
    ]));
});
