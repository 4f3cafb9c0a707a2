import { describe, it } from '@jest/globals';
import { CANDIDATES, electionEvents } from '../../../../../test/support/election-events.js';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { approvalQueueProjection } from './approval-queue.projection.js';
import { approvalQueue } from './approval-queue.queries.js';

const db = projectionDatabase();
const given = givenProjection(approvalQueueProjection, db).given;
const { candidates, election, result } = electionEvents('e1');

const recommended = (studentId: string, name: string, collegeId: string, recommendedAt: string) =>
  candidates('CandidateRecommended', {
    studentId,
    name,
    collegeId,
    leagueOrgId: `${collegeId}-league`,
    resume: '学生会干事两年',
    recommendedAt,
  });
const consent = (studentId: string, collegeId: string, at: string) =>
  candidates('PartyConsentGiven', { studentId, partyOrgId: `${collegeId}-party`, at });
const signedOff = (studentId: string, by: string, at: string) =>
  candidates('InterviewSignedOff', { studentId, by, notes: '表达清楚', at });

const QUEUE = `SELECT item_id, kind, awaiting_role, scope, subject, since FROM election_approval_queue ORDER BY since, item_id`;
const pipeline = [
  candidates('NominationsOpened', {
    organisationId: 'school',
    congressId: 'c12',
    openedAt: '2026-05-01T08:00:00.000Z',
  }),
  recommended('s-1', '丁磊', 'arts', '2026-05-02T08:00:00.000Z'),
  recommended('s-2', '王芳', 'law', '2026-05-02T09:00:00.000Z'),
  recommended('s-3', '孔敏', 'arts', '2026-05-02T10:00:00.000Z'),
];

describe('approval queue projection', () => {
  it('asks each college party organisation to consent to its recommended candidates', () =>
    given(...pipeline).thenQuery(
      (ds) => approvalQueue(ds, { awaiting: 'college-party-org', scope: 'arts' }),
      [
        {
          itemId: 'consent:e1:s-1',
          electionId: 'e1',
          kind: 'party-consent',
          awaitingRole: 'college-party-org',
          scope: 'arts',
          subject: '丁磊',
          since: '2026-05-02T08:00:00.000Z',
        },
        {
          itemId: 'consent:e1:s-3',
          electionId: 'e1',
          kind: 'party-consent',
          awaitingRole: 'college-party-org',
          scope: 'arts',
          subject: '孔敏',
          since: '2026-05-02T10:00:00.000Z',
        },
      ],
    ));

  it('hands a consented candidate to both reviewing bodies, each until it signs off, and drops a refused one', () =>
    given(
      ...pipeline,
      consent('s-1', 'arts', '2026-05-03T08:00:00.000Z'),
      candidates('PartyConsentRefused', {
        studentId: 's-2',
        partyOrgId: 'law-party',
        reason: '年级排名不符',
        at: '2026-05-03T09:00:00.000Z',
      }),
      signedOff('s-1', 'student-affairs', '2026-05-04T08:00:00.000Z'),
    ).then(QUEUE, [
      {
        item_id: 'consent:e1:s-3',
        kind: 'party-consent',
        awaiting_role: 'college-party-org',
        scope: 'arts',
        subject: '孔敏',
        since: new Date('2026-05-02T10:00:00.000Z'),
      },
      {
        item_id: 'review:e1:s-1:youth-league-committee',
        kind: 'eligibility-and-interview',
        awaiting_role: 'youth-league-committee',
        scope: null,
        subject: 's-1',
        since: new Date('2026-05-03T08:00:00.000Z'),
      },
    ]));

  it('drops both reviews of an ineligible candidate and of one an interview rejected', () =>
    given(
      ...pipeline,
      consent('s-1', 'arts', '2026-05-03T08:00:00.000Z'),
      consent('s-3', 'arts', '2026-05-03T08:30:00.000Z'),
      candidates('EligibilityChecked', {
        studentId: 's-1',
        eligible: false,
        by: 'student-affairs',
        checkedAt: '2026-05-04T08:00:00.000Z',
        checks: [{ rule: 'failed-courses', passed: false, detail: '挂科 1 门', article: '第十八条' }],
      }),
      candidates('InterviewRejected', {
        studentId: 's-3',
        by: 'youth-league-committee',
        reason: '面试未通过',
        at: '2026-05-04T09:00:00.000Z',
      }),
    ).then(QUEUE, [
      {
        item_id: 'consent:e1:s-2',
        kind: 'party-consent',
        awaiting_role: 'college-party-org',
        scope: 'law',
        subject: '王芳',
        since: new Date('2026-05-02T09:00:00.000Z'),
      },
    ]));

  it('asks the party committee to confirm the list once a candidate is cleared', () =>
    given(
      ...pipeline,
      consent('s-1', 'arts', '2026-05-03T08:00:00.000Z'),
      signedOff('s-1', 'student-affairs', '2026-05-04T08:00:00.000Z'),
      signedOff('s-1', 'youth-league-committee', '2026-05-04T09:00:00.000Z'),
      candidates('CandidateCleared', { studentId: 's-1', at: '2026-05-04T09:00:00.000Z' }),
    ).then(QUEUE, [
      {
        item_id: 'consent:e1:s-2',
        kind: 'party-consent',
        awaiting_role: 'college-party-org',
        scope: 'law',
        subject: '王芳',
        since: new Date('2026-05-02T09:00:00.000Z'),
      },
      {
        item_id: 'consent:e1:s-3',
        kind: 'party-consent',
        awaiting_role: 'college-party-org',
        scope: 'arts',
        subject: '孔敏',
        since: new Date('2026-05-02T10:00:00.000Z'),
      },
      {
        item_id: 'list:e1',
        kind: 'candidate-list-confirmation',
        awaiting_role: 'party-committee',
        scope: null,
        subject: 'candidate list of e1',
        since: new Date('2026-05-04T09:00:00.000Z'),
      },
    ]));

  it('leaves nothing of the pipeline once the list is confirmed', () =>
    given(
      ...pipeline,
      consent('s-1', 'arts', '2026-05-03T08:00:00.000Z'),
      candidates('CandidateCleared', { studentId: 's-1', at: '2026-05-04T09:00:00.000Z' }),
      candidates('CandidateListConfirmed', {
        seats: 1,
        candidates: [CANDIDATES[0]],
        excluded: [],
        leftOut: [
          { studentId: 's-2', name: '王芳', stage: 'AwaitingPartyConsent' },
          { studentId: 's-3', name: '孔敏', stage: 'AwaitingPartyConsent' },
        ],
        confirmedAt: '2026-05-05T08:00:00.000Z',
      }),
    ).then(QUEUE, []));

  it('walks the result through announcement, a return, approval and filing', async () => {
    const completed = election('ElectionCompleted', {
      seats: 2,
      elected: [CANDIDATES[0], CANDIDATES[1]],
      unorderedCharacters: [],
      completedAt: '2026-05-20T10:00:00.000Z',
    });
    const announced = result('ResultAnnounced', {
      organisationId: 'school',
      congressId: 'c12',
      sittingId: 's1',
      seats: 2,
      elected: [CANDIDATES[0], CANDIDATES[1]],
      announcedAt: '2026-05-20T10:30:00.000Z',
    });
    const returned = result('ResultReturned', {
      partyCommitteeId: 'party-committee',
      reasons: ['材料不全'],
      returnedAt: '2026-05-21T08:00:00.000Z',
    });
    const resubmitted = result('ResultResubmitted', {
      response: '已补充材料',
      resubmittedAt: '2026-05-22T08:00:00.000Z',
    });
    const approved = result('ResultApproved', {
      partyCommitteeId: 'party-committee',
      reference: '党委〔2026〕12号',
      approvedAt: '2026-05-23T08:00:00.000Z',
    });
    const filed = result('ResultFiled', {
      federationId: 'federation',
      reference: '学联备〔2026〕7号',
      filedOn: '2026-05-25',
      filedAt: '2026-05-25T08:00:00.000Z',
    });
    const queue = (ds: Parameters<typeof approvalQueue>[0]) =>
      approvalQueue(ds, { electionId: 'e1' }).then((items) =>
        items.map((i) => `${i.kind} by ${i.awaitingRole} since ${i.since}`),
      );

    await given(completed).thenQuery(queue, ['announcement by union-staff since 2026-05-20T10:00:00.000Z']);
    await given(completed, announced).thenQuery(queue, [
      'result-approval by party-committee since 2026-05-20T10:30:00.000Z',
    ]);
    await given(completed, announced, returned).thenQuery(queue, [
      'resubmission by union-staff since 2026-05-21T08:00:00.000Z',
    ]);
    await given(completed, announced, returned, resubmitted).thenQuery(queue, [
      'result-approval by party-committee since 2026-05-22T08:00:00.000Z',
    ]);
    await given(completed, announced, returned, resubmitted, approved).thenQuery(queue, [
      'filing by federation since 2026-05-23T08:00:00.000Z',
    ]);
    await given(completed, announced, returned, resubmitted, approved, filed).thenQuery(queue, []);
  });
});
