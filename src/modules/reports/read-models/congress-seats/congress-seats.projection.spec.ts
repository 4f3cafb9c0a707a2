import { describe, expect, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { congressSeatsProjection } from './congress-seats.projection.js';
import { congressSeatsReport, listCongressReports } from './congress-seats.queries.js';

const db = projectionDatabase();
const given = givenProjection(congressSeatsProjection, db).given;

const STREAM = 'congress-c12';
const convened = {
  type: 'CongressConvened',
  stream: STREAM,
  data: {
    congressId: 'c12',
    organisationId: 'school',
    number: 12,
    year: 2026,
    targetSeats: 10,
    allocation: {
      method: 'largest-remainder-with-minimum',
      targetSeats: 10,
      totalStudents: 300,
      colleges: [
        { collegeId: 'arts', students: 100, minimum: 5, seats: 5 },
        { collegeId: 'it', students: 200, minimum: 5, seats: 5 },
      ],
    },
    quorum: { numerator: 2, denominator: 3 },
    nonOfficerShareMin: { numerator: 3, denominator: 5 },
    mainClubs: [],
    convenedAt: '2026-04-01T02:00:00.000Z',
  },
};
const recommended = (studentId: string, collegeId: string, officer: boolean, grade = '2025') => ({
  type: 'DelegateRecommended',
  stream: STREAM,
  data: {
    congressId: 'c12',
    studentId,
    collegeId,
    branchId: `${collegeId}-b`,
    officer,
    grade,
    clubs: [],
    replaces: null,
  },
});
const step = (type: string, studentId: string) => ({ type, stream: STREAM, data: { congressId: 'c12', studentId } });

describe('congress seats report projection', () => {
  it('counts seats per college against the quota, and the non-officer share of the seated delegates', async () => {
    await given(
      convened,
      recommended('s1', 'arts', false),
      recommended('s2', 'arts', true, '2024'),
      recommended('s3', 'arts', false),
      recommended('s4', 'it', false),
      recommended('s5', 'it', true),
      step('DelegateElected', 's1'),
      step('DelegateElected', 's2'),
      step('DelegateNotElected', 's3'),
      step('DelegateElected', 's4'),
      step('DelegateQualified', 's4'),
      step('DelegateElected', 's5'),
      step('DelegateWithdrawn', 's5'),
    ).thenQuery((ds) => congressSeatsReport(ds, 'c12'), {
      congressId: 'c12',
      organisationId: 'school',
      organisationName: 'school',
      number: 12,
      year: 2026,
      extraordinary: false,
      convenedAt: '2026-04-01T02:00:00.000Z',
      targetSeats: 10,
      totalStudents: 300,
      seated: 3,
      qualified: 1,
      colleges: [
        {
          collegeId: 'arts',
          collegeName: 'arts',
          students: 100,
          minimum: 5,
          quota: 5,
          recommended: 3,
          seated: 2,
          qualified: 0,
          vacant: 3,
        },
        {
          collegeId: 'it',
          collegeName: 'it',
          students: 200,
          minimum: 5,
          quota: 5,
          recommended: 2,
          seated: 1,
          qualified: 1,
          vacant: 4,
        },
      ],
      composition: {
        officers: 1,
        nonOfficers: 2,
        nonOfficerShare: '66.7',
        nonOfficerShareRequired: '60.0',
        met: true,
        grades: [
          { grade: '2024', delegates: 1 },
          { grade: '2025', delegates: 2 },
        ],
      },
      quorum: { numerator: 2, denominator: 3 },
    });
  });

  it('puts a student recommended again after a rejection back to recommended, off the seats', async () => {
    await given(
      convened,
      recommended('s1', 'arts', true),
      step('DelegateElected', 's1'),
      step('DelegateRejected', 's1'),
      recommended('s1', 'arts', false),
    ).then(`SELECT student_id, officer, status FROM report_congress_delegate`, [
      { student_id: 's1', officer: false, status: 'recommended' },
    ]);
  });

  it('lists congresses newest first and answers nothing for one never convened', async () => {
    await given(convened, {
      ...convened,
      stream: 'congress-c11',
      data: { ...convened.data, congressId: 'c11', number: 11, year: 2025 },
    }).thenQuery(
      async (ds) => ({
        list: (await listCongressReports(ds)).map((c) => c.congressId),
        none: await congressSeatsReport(ds, 'c9'),
      }),
      { list: ['c12', 'c11'], none: undefined },
    );
    expect(congressSeatsProjection.tables).toHaveLength(3);
  });
});
