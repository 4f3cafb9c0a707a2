import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CollegeAssessmentCommand } from './college-assessment.commands.js';
import { collegeAssessmentDecider } from './college-assessment.decide.js';
import {
  FindingsRequired,
  NoRectificationDue,
  NotACollegeUnion,
  NothingToAssess,
  NotTheSchoolUnion,
  RectificationDeadlineInvalid,
  SemesterAlreadyAssessed,
  SemesterNotStarted,
  SemesterUnknown,
  SummaryRequired,
} from './college-assessment.errors.js';
import type { CollegeAssessmentEvent } from './college-assessment.events.js';
import { semesterOf, semesterStartedBy, semestersEndingBetween } from './semesters.js';

const given = givenDecider(collegeAssessmentDecider);
const semesters = [
  { key: 'autumn', starts: '09-01', ends: '01-31' },
  { key: 'spring', starts: '02-15', ends: '07-15' },
];
const college = { collegeId: 'arts', schoolUnionId: 'school', semesters, rectificationDays: 30 };
/** 2026-10-20 10:00 in Beijing */
const oct20 = '2026-10-20T02:00:00.000Z';
const at = (instant: string) => ({ now: instant, actor: { id: 'x', role: 'union-staff', organisationId: 'school' } });
const cmd = (c: Omit<CollegeAssessmentCommand, 'metadata'>, now = oct20) =>
  ({ ...c, metadata: at(now) }) as CollegeAssessmentCommand;

const report = (semester = '2026-autumn', now = oct20, summary = '本学期开展迎新、学风建设活动 6 项') =>
  cmd(
    { type: 'ReportCollegeWork', data: { organisationId: 'arts', college, semester, form: 'written', summary } },
    now,
  );
const assess = (
  outcome: 'pass' | 'fail',
  extra: { findings?: string[]; rectifyBy?: string | null } = {},
  now = oct20,
) =>
  cmd(
    {
      type: 'AssessCollegeUnion',
      data: {
        organisationId: 'arts',
        schoolUnionId: 'school',
        college,
        semester: '2026-autumn',
        outcome,
        findings: extra.findings ?? (outcome === 'fail' ? ['例会记录不全'] : []),
        rectifyBy: extra.rectifyBy === undefined ? null : extra.rectifyBy,
      },
    },
    now,
  );
const rectify = (now: string) =>
  cmd(
    {
      type: 'ReportCollegeRectification',
      data: { organisationId: 'arts', semester: '2026-autumn', summary: '已补齐例会记录' },
    },
    now,
  );

const reported = (late = false, reportedOn = '2026-10-20', reportedAt = oct20): CollegeAssessmentEvent => ({
  type: 'CollegeWorkReported',
  data: {
    organisationId: 'arts',
    schoolUnionId: 'school',
    semester: '2026-autumn',
    semesterStarts: '2026-09-01',
    semesterEnds: '2027-01-31',
    form: 'written',
    summary: '本学期开展迎新、学风建设活动 6 项',
    reportedOn,
    late,
    reportedAt,
  },
});
const assessed = (
  round: number,
  outcome: 'pass' | 'fail',
  rectifyBy: string | null,
  now = oct20,
): CollegeAssessmentEvent => ({
  type: 'CollegeUnionAssessed',
  data: {
    organisationId: 'arts',
    schoolUnionId: 'school',
    semester: '2026-autumn',
    round,
    outcome,
    findings: outcome === 'fail' ? ['例会记录不全'] : [],
    rectifyBy,
    assessedOn: now.slice(0, 10),
    assessedAt: now,
  },
});
const rectified = (reportedOn: string, late: boolean, reportedAt: string): CollegeAssessmentEvent => ({
  type: 'CollegeRectificationReported',
  data: {
    organisationId: 'arts',
    schoolUnionId: 'school',
    semester: '2026-autumn',
    round: 1,
    summary: '已补齐例会记录',
    rectifyBy: '2026-11-10',
    reportedOn,
    late,
    reportedAt,
  },
});

describe('semesters (the school union’s policy)', () => {
  it('names a semester by the year it starts in; one that crosses New Year ends in the next', () => {
    expect(semesterOf(semesters, '2026-autumn')).toEqual({
      semester: '2026-autumn',
      starts: '2026-09-01',
      ends: '2027-01-31',
    });
    expect(semesterOf(semesters, '2027-spring')).toEqual({
      semester: '2027-spring',
      starts: '2027-02-15',
      ends: '2027-07-15',
    });
    expect(semesterOf(semesters, '2026-summer')).toBeNull();
    expect(semesterOf(semesters, 'autumn')).toBeNull();
  });
  it('lists the semesters ending in a span, and the one a date belongs to (the last begun)', () => {
    expect(semestersEndingBetween(semesters, '2026-03-01', '2027-08-01').map((s) => s.semester)).toEqual([
      '2026-spring',
      '2026-autumn',
      '2027-spring',
    ]);
    expect(semestersEndingBetween(semesters, '2026-03-01', '2027-01-31').map((s) => s.semester)).toEqual([
      '2026-spring',
    ]);
    expect(semesterStartedBy(semesters, '2027-01-10')?.semester).toBe('2026-autumn');
    expect(semesterStartedBy(semesters, '2027-08-10')?.semester).toBe('2027-spring');
  });
});

describe('A college union’s semester report and assessment (Art. 17 (5))', () => {
  describe('the report (每学期至少一次)', () => {
    it('records a written report of a semester that has begun', () => given().when(report()).then(reported()));
    it('takes a second report before the assessment, and a late one marked late', () => {
      given(reported()).when(report()).then(reported());
      const feb = '2027-02-03T02:00:00.000Z';
      given()
        .when(report('2026-autumn', feb))
        .then(reported(true, '2027-02-03', feb));
    });
    it('refuses a semester the policy does not know, one not begun, and an empty summary', () => {
      given()
        .when(report('2026-summer'))
        .thenRejects(SemesterUnknown, /autumn, spring/);
      given()
        .when(report('2027-spring'))
        .thenRejects(SemesterNotStarted, /2027-02-15/);
      given()
        .when(report('2026-autumn', oct20, '  '))
        .thenRejects(SummaryRequired);
    });
    it('refuses a body that is not a college union', () =>
      given()
        .when(
          cmd({
            type: 'ReportCollegeWork',
            data: { organisationId: 'arts', college: null, semester: '2026-autumn', form: 'meeting', summary: 'x' },
          }),
        )
        .thenRejects(NotACollegeUnion));
    it('refuses another work report once the semester is assessed', () =>
      given(reported(), assessed(1, 'fail', '2026-11-19'))
        .when(report())
        .thenRejects(SemesterAlreadyAssessed, /rectification/));
  });

  describe('the assessment (接受工作评议)', () => {
    it('passes a reported semester', () =>
      given(reported())
        .when(assess('pass'))
        .then(assessed(1, 'pass', null)));
    it('fails with findings and a deadline, by default the policy’s days after the assessment', () => {
      given(reported())
        .when(assess('fail'))
        .then(assessed(1, 'fail', '2026-11-19'));
      given(reported())
        .when(assess('fail', { rectifyBy: '2026-11-10' }))
        .then(assessed(1, 'fail', '2026-11-10'));
    });
    it('refuses a fail without findings, a deadline not after today, and a pass with a deadline', () => {
      given(reported())
        .when(assess('fail', { findings: [' '] }))
        .thenRejects(FindingsRequired);
      given(reported())
        .when(assess('fail', { rectifyBy: '2026-10-20' }))
        .thenRejects(RectificationDeadlineInvalid);
      given(reported())
        .when(assess('fail', { rectifyBy: '2026-02-30' }))
        .thenRejects(RectificationDeadlineInvalid);
      given(reported())
        .when(assess('pass', { rectifyBy: '2026-11-10' }))
        .thenRejects(RectificationDeadlineInvalid);
    });
    it('assesses nothing unreported, nothing passed, nothing awaiting its rectification', () => {
      given()
        .when(assess('pass'))
        .thenRejects(NothingToAssess, /not reported/);
      given(reported(), assessed(1, 'pass', null))
        .when(assess('pass'))
        .thenRejects(NothingToAssess, /already passed/);
      given(reported(), assessed(1, 'fail', '2026-11-10'))
        .when(assess('pass'))
        .thenRejects(NothingToAssess, /due 2026-11-10/);
    });
    it('is the college union’s own school union’s', () =>
      given(reported())
        .when(
          cmd({
            type: 'AssessCollegeUnion',
            data: {
              organisationId: 'arts',
              schoolUnionId: 'other-school',
              college,
              semester: '2026-autumn',
              outcome: 'pass',
              findings: [],
              rectifyBy: null,
            },
          }),
        )
        .thenRejects(NotTheSchoolUnion));
  });

  describe('rectification and re-assessment (限期整改，及时汇报整改结果)', () => {
    const failed = [reported(), assessed(1, 'fail', '2026-11-10')];
    it('records a rectification by the deadline as on time, and after it as late', () => {
      const nov9 = '2026-11-09T02:00:00.000Z';
      const nov19 = '2026-11-19T02:00:00.000Z';
      given(...failed)
        .when(rectify(nov9))
        .then(rectified('2026-11-09', false, nov9));
      given(...failed)
        .when(rectify(nov19))
        .then(rectified('2026-11-19', true, nov19));
    });
    it('takes no rectification where nothing failed, nor a second one before the re-assessment', () => {
      given(reported()).when(rectify(oct20)).thenRejects(NoRectificationDue);
      given(...failed, rectified('2026-11-19', true, '2026-11-19T02:00:00.000Z'))
        .when(rectify(oct20))
        .thenRejects(NoRectificationDue);
    });
    it('re-assesses after the rectification as round 2, which may pass, or fail again with a new deadline', () => {
      const dec = '2026-12-01T02:00:00.000Z';
      const done = [...failed, rectified('2026-11-19', true, '2026-11-19T02:00:00.000Z')];
      given(...done)
        .when(assess('pass', {}, dec))
        .then(assessed(2, 'pass', null, dec));
      given(...done)
        .when(assess('fail', {}, dec))
        .then(assessed(2, 'fail', '2026-12-31', dec));
    });
  });
});
