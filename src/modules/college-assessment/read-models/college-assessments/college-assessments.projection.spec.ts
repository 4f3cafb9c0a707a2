import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { collegeAssessmentsProjection } from './college-assessments.projection.js';
import { collegeAssessments, overdueAsOf } from './college-assessments.queries.js';

const db = projectionDatabase();
const given = givenProjection(collegeAssessmentsProjection, db).given;
const semesters = [
  { key: 'autumn', starts: '09-01', ends: '01-31' },
  { key: 'spring', starts: '02-15', ends: '07-15' },
];
const event = (collegeId: string, type: string, data: object) => ({
  type,
  stream: `college-assessment-${collegeId}`,
  data: { organisationId: collegeId, schoolUnionId: 'school', semester: '2026-autumn', ...data },
});
const reported = (collegeId: string, reportedOn: string) =>
  event(collegeId, 'CollegeWorkReported', {
    semesterStarts: '2026-09-01',
    semesterEnds: '2027-01-31',
    form: 'meeting',
    summary: '学期工作汇报会',
    reportedOn,
    late: reportedOn > '2027-01-31',
    reportedAt: `${reportedOn}T02:00:00.000Z`,
  });
const assessed = (collegeId: string, round: number, outcome: string, rectifyBy: string | null, assessedOn: string) =>
  event(collegeId, 'CollegeUnionAssessed', {
    round,
    outcome,
    findings: outcome === 'fail' ? ['未按期召开例会'] : [],
    rectifyBy,
    assessedOn,
    assessedAt: `${assessedOn}T02:00:00.000Z`,
  });
const rectified = (collegeId: string, reportedOn: string, rectifyBy: string) =>
  event(collegeId, 'CollegeRectificationReported', {
    round: 1,
    summary: '已补开例会',
    rectifyBy,
    reportedOn,
    late: reportedOn > rectifyBy,
    reportedAt: `${reportedOn}T02:00:00.000Z`,
  });

const colleges = [
  { collegeId: 'arts', registeredOn: '2026-09-01' },
  { collegeId: 'engineering', registeredOn: '2026-09-01' },
  { collegeId: 'science', registeredOn: '2026-09-01' },
];
/** arts failed and rectified late, then passed; engineering passed at once; science never reported. */
const history = [
  reported('arts', '2026-10-20'),
  reported('arts', '2026-12-20'),
  reported('engineering', '2026-11-02'),
  assessed('engineering', 1, 'pass', null, '2026-11-05'),
  assessed('arts', 1, 'fail', '2026-11-10', '2026-10-25'),
  rectified('arts', '2026-11-19', '2026-11-10'),
  assessed('arts', 2, 'pass', null, '2026-12-01'),
];

describe('the college assessments read model (Art. 17 (5))', () => {
  it('lists each college’s semester with its reports and rounds, the rectification beside the round it answers', () =>
    given(...history).thenQuery(
      async (dataSource) =>
        (await collegeAssessments(dataSource, 'school', { semester: '2026-autumn' })).map((a) => ({
          collegeId: a.collegeId,
          status: a.status,
          reports: a.reports.length,
          rounds: a.rounds.map((r) => [r.round, r.outcome, r.rectifyBy, r.rectification?.late ?? null]),
        })),
      [
        {
          collegeId: 'arts',
          status: 'passed',
          reports: 2,
          rounds: [
            [1, 'fail', '2026-11-10', true],
            [2, 'pass', null, null],
          ],
        },
        { collegeId: 'engineering', status: 'passed', reports: 1, rounds: [[1, 'pass', null, null]] },
      ],
    ));

  it('shows the rectification overdue while it was outstanding past its deadline, and not once reported', async () => {
    const upToFailure = history.slice(0, 5);
    await given(...upToFailure).thenQuery(
      async (dataSource) => (await overdueAsOf(dataSource, 'school', '2026-11-15', colleges, semesters)).rectifications,
      [{ collegeId: 'arts', semester: '2026-autumn', round: 1, rectifyBy: '2026-11-10' }],
    );
    await given(...history).thenQuery(
      async (dataSource) => ({
        before: (await overdueAsOf(dataSource, 'school', '2026-11-15', colleges, semesters)).rectifications.length,
        after: (await overdueAsOf(dataSource, 'school', '2026-11-20', colleges, semesters)).rectifications.length,
        onTheDeadline: (await overdueAsOf(dataSource, 'school', '2026-11-10', colleges, semesters)).rectifications
          .length,
      }),
      { before: 1, after: 0, onTheDeadline: 0 },
    );
  });

  it('shows a semester’s report overdue after its last day for a college that filed none by then', async () => {
    await given(...history).thenQuery(
      (dataSource) => overdueAsOf(dataSource, 'school', '2027-02-01', colleges, semesters),
      {
        asOf: '2027-02-01',
        reports: [{ collegeId: 'science', semester: '2026-autumn', dueBy: '2027-01-31' }],
        rectifications: [],
      },
    );
    await given(...history).thenQuery(
      async (dataSource) => (await overdueAsOf(dataSource, 'school', '2027-01-31', colleges, semesters)).reports,
      [],
    );
    await given(reported('science', '2027-02-03')).thenQuery(
      async (dataSource) => ({
        before: (await overdueAsOf(dataSource, 'school', '2027-02-02', colleges, semesters)).reports.map(
          (r) => r.collegeId,
        ),
        after: (await overdueAsOf(dataSource, 'school', '2027-02-04', colleges, semesters)).reports.map(
          (r) => r.collegeId,
        ),
      }),
      { before: ['arts', 'engineering', 'science'], after: ['arts', 'engineering'] },
    );
  });
});
