import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { collegeAssessmentsProjection } from './college-assessments.projection.js';
import { collegeAssessmentsReport } from './college-assessments.queries.js';

const db = projectionDatabase();
const given = givenProjection(collegeAssessmentsProjection, db).given;

const SEM = '2026-spring';
const e = (type: string, college: string, data: Record<string, unknown>) => ({
  type,
  stream: `college-assessment-${college}-${SEM}`,
  data: { organisationId: college, schoolUnionId: 'school', semester: SEM, ...data },
});
const reported = (college: string, late = false) =>
  e('CollegeWorkReported', college, { reportedOn: '2026-07-01', late, form: 'meeting', summary: '工作汇报' });
const assessed = (college: string, round: number, outcome: string, rectifyBy: string | null = null) =>
  e('CollegeUnionAssessed', college, { round, outcome, findings: [], rectifyBy, assessedOn: '2026-07-05' });
const rectified = (college: string, round: number, late: boolean) =>
  e('CollegeRectificationReported', college, {
    round,
    summary: '已整改',
    rectifyBy: '2026-07-20',
    reportedOn: '2026-07-19',
    late,
  });

describe('college assessments report projection', () => {
  it('tells each college’s semester apart: awaiting, passed, rectifying, overdue, awaiting re-assessment', () =>
    given(
      reported('arts'),
      reported('it', true),
      reported('health'),
      reported('law'),
      reported('music'),
      assessed('it', 1, 'pass'),
      assessed('health', 1, 'fail', '2026-08-20'),
      assessed('law', 1, 'fail', '2026-07-20'),
      assessed('music', 1, 'fail', '2026-07-20'),
      rectified('music', 1, false),
    ).thenQuery(
      async (ds) => {
        const r = await collegeAssessmentsReport(ds, 'school', '2026-08-01');
        return { byStatus: r.byStatus, statuses: r.colleges.map((c) => [c.organisationId, c.status, c.reportLate]) };
      },
      {
        byStatus: {
          'awaiting-assessment': 1,
          passed: 1,
          rectifying: 1,
          'rectification-overdue': 1,
          'awaiting-reassessment': 1,
        },
        statuses: [
          ['arts', 'awaiting-assessment', false],
          ['health', 'rectifying', false],
          ['it', 'passed', true],
          ['law', 'rectification-overdue', false],
          ['music', 'awaiting-reassessment', false],
        ],
      },
    ));

  it('opens a new rectification after a failed re-assessment and counts late rectifications', () =>
    given(
      reported('law'),
      assessed('law', 1, 'fail', '2026-07-20'),
      rectified('law', 1, true),
      assessed('law', 2, 'fail', '2026-09-01'),
    ).thenQuery(
      async (ds) =>
        (await collegeAssessmentsReport(ds, 'school', '2026-08-01')).colleges.map((c) => [
          c.rounds,
          c.status,
          c.rectificationsLate,
        ]),
      [[2, 'rectifying', 1]],
    ));
});
