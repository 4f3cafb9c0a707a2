import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { delegateRosterProjection } from './delegate-roster.projection.js';
import { listDelegates } from './delegate-roster.queries.js';

const db = projectionDatabase();
const given = givenProjection(delegateRosterProjection, db).given;

const STREAM = 'congress-c12';

const recommended = (studentId: string, collegeId: string, extra: Record<string, unknown> = {}) => ({
  type: 'DelegateRecommended',
  stream: STREAM,
  data: {
    congressId: 'c12',
    studentId,
    collegeId,
    branchId: `${collegeId}-2024-1`,
    officer: false,
    grade: '2024',
    clubs: ['辩论社'],
    replaces: null,
    recommendedAt: '2026-04-02T10:00:00.000Z',
    ...extra,
  },
});
const vote = { method: 'vote', votesFor: 31, votesAgainst: 2, abstentions: 1 };
const decision = { method: 'decision', reference: '院团委〔2026〕3号' };

const ROWS = `SELECT student_id, college_id, branch_id, status, officer, grade, clubs, replaces, record, reason, updated_at, last_revision
                FROM congress_delegates ORDER BY student_id`;

describe('delegate roster projection', () => {
  it('lists a recommended student with what the branch said', () =>
    given(recommended('s1', 'arts', { officer: true, clubs: ['辩论社', '话剧社'] })).then(ROWS, [
      {
        student_id: 's1',
        college_id: 'arts',
        branch_id: 'arts-2024-1',
        status: 'recommended',
        officer: true,
        grade: '2024',
        clubs: ['辩论社', '话剧社'],
        replaces: null,
        record: null,
        reason: null,
        updated_at: new Date('2026-04-02T10:00:00.000Z'),
        last_revision: '0',
      },
    ]));

  it('follows each delegate through election, qualification and rejection, keeping the election record', () =>
    given(
      recommended('s1', 'arts'),
      recommended('s2', 'arts'),
      recommended('s3', 'law'),
      {
        type: 'DelegateElected',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's1',
          collegeId: 'arts',
          record: vote,
          electedAt: '2026-04-05T10:00:00.000Z',
        },
      },
      {
        type: 'DelegateNotElected',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's2',
          collegeId: 'arts',
          record: decision,
          decidedAt: '2026-04-05T11:00:00.000Z',
        },
      },
      {
        type: 'DelegateElected',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's3',
          collegeId: 'law',
          record: vote,
          electedAt: '2026-04-05T12:00:00.000Z',
        },
      },
      {
        type: 'DelegateQualified',
        stream: STREAM,
        data: { congressId: 'c12', studentId: 's1', collegeId: 'arts', qualifiedAt: '2026-04-08T09:00:00.000Z' },
      },
      {
        type: 'DelegateRejected',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's3',
          collegeId: 'law',
          reason: '不符合代表条件',
          rejectedAt: '2026-04-08T09:30:00.000Z',
        },
      },
    ).then(
      `SELECT student_id, status, record, reason, updated_at, last_revision FROM congress_delegates ORDER BY student_id`,
      [
        {
          student_id: 's1',
          status: 'qualified',
          record: vote,
          reason: null,
          updated_at: new Date('2026-04-08T09:00:00.000Z'),
          last_revision: '6',
        },
        {
          student_id: 's2',
          status: 'not-elected',
          record: decision,
          reason: null,
          updated_at: new Date('2026-04-05T11:00:00.000Z'),
          last_revision: '4',
        },
        {
          student_id: 's3',
          status: 'rejected',
          record: vote,
          reason: '不符合代表条件',
          updated_at: new Date('2026-04-08T09:30:00.000Z'),
          last_revision: '7',
        },
      ],
    ));

  it('lists a withdrawn delegate and the replacement recommended in their place, filtered by college', () =>
    given(
      recommended('s1', 'arts'),
      recommended('s3', 'law'),
      {
        type: 'DelegateWithdrawn',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's1',
          collegeId: 'arts',
          reason: '出国交换',
          withdrawnAt: '2026-04-06T09:00:00.000Z',
        },
      },
      recommended('s4', 'arts', { replaces: 's1', recommendedAt: '2026-04-07T09:00:00.000Z' }),
    ).thenQuery(
      async (ds) =>
        (await listDelegates(ds, 'c12', { collegeId: 'arts' })).map((d) => ({
          studentId: d.studentId,
          status: d.status,
          replaces: d.replaces,
          reason: d.reason,
          updatedAt: d.updatedAt,
        })),
      [
        {
          studentId: 's1',
          status: 'withdrawn',
          replaces: null,
          reason: '出国交换',
          updatedAt: '2026-04-06T09:00:00.000Z',
        },
        { studentId: 's4', status: 'recommended', replaces: 's1', reason: null, updatedAt: '2026-04-07T09:00:00.000Z' },
      ],
    ));

  it('starts a student recommended again afresh: no record or reason of before', () =>
    given(
      recommended('s2', 'arts'),
      {
        type: 'DelegateNotElected',
        stream: STREAM,
        data: {
          congressId: 'c12',
          studentId: 's2',
          collegeId: 'arts',
          record: vote,
          decidedAt: '2026-04-05T11:00:00.000Z',
        },
      },
      recommended('s2', 'arts', { branchId: 'arts-2024-2', recommendedAt: '2026-04-09T09:00:00.000Z' }),
    ).thenQuery(
      (ds) => listDelegates(ds, 'c12', { status: 'recommended' }),
      [
        {
          studentId: 's2',
          collegeId: 'arts',
          branchId: 'arts-2024-2',
          status: 'recommended',
          officer: false,
          grade: '2024',
          clubs: ['辩论社'],
          replaces: null,
          record: null,
          reason: null,
          updatedAt: '2026-04-09T09:00:00.000Z',
        },
      ],
    ));
});
