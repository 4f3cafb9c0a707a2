import { addDays, beijingDate, isCalendarDate } from '../../../shared/domain/beijing-date.js';
import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type {
  AssessCollegeUnion,
  CollegeAssessmentCommand,
  CollegeFact,
  ReportCollegeRectification,
  ReportCollegeWork,
} from './college-assessment.commands.js';
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
import type {
  CollegeAssessmentEvent,
  CollegeRectificationReported,
  CollegeUnionAssessed,
  CollegeWorkReported,
} from './college-assessment.events.js';
import {
  type CollegeAssessment,
  evolveCollegeAssessment,
  initialCollegeAssessment,
  standingOf,
} from './college-assessment.state.js';
import { semesterOf } from './semesters.js';

function collegeUnion(college: CollegeFact, organisationId: string): NonNullable<CollegeFact> {
  if (!college || college.collegeId !== organisationId)
    throw new NotACollegeUnion(`${organisationId} is not a college union under a school union (Art. 17)`, {
      field: 'organisationId',
    });
  return college;
}

function summaryOf(text: string): string {
  const summary = text.trim();
  if (!summary) throw new SummaryRequired('The report says what was done', { field: 'summary' });
  return summary;
}

/**
 * Art. 17 (5): 学院学生会每学期至少一次通过集中会议或书面形式向校学生会汇报工作. A semester of the school union's policy
 * that has begun; more than one report is welcome until the semester is assessed.
 */
export function reportCollegeWork(
  { data, metadata }: ReportCollegeWork,
  state: CollegeAssessment,
): CollegeWorkReported {
  const college = collegeUnion(data.college, data.organisationId);
  const period = semesterOf(college.semesters, data.semester);
  if (!period)
    throw new SemesterUnknown(
      `${data.semester} is not a semester of ${college.schoolUnionId}’s policy (${college.semesters.map((s) => s.key).join(', ')})`,
      { field: 'semester' },
    );
  const today = beijingDate(metadata.now);
  if (today < period.starts)
    throw new SemesterNotStarted(`${data.semester} begins on ${period.starts}`, { field: 'semester' });
  const standing = standingOf(state, data.semester);
  switch (standing.status) {
    case 'NotReported':
    case 'Reported':
      break;
    case 'Passed':
    case 'Failed':
    case 'Rectified':
      throw new SemesterAlreadyAssessed(
        `${data.semester} of ${data.organisationId} is already assessed${standing.status === 'Failed' ? ': report the rectification' : ''}`,
        { field: 'semester' },
      );
    default:
      return assertNever(standing, 'semester standing');
  }
  return {
    type: 'CollegeWorkReported',
    data: {
      organisationId: college.collegeId,
      schoolUnionId: college.schoolUnionId,
      semester: period.semester,
      semesterStarts: period.starts,
      semesterEnds: period.ends,
      form: data.form,
      summary: summaryOf(data.summary),
      reportedOn: today,
      late: today > period.ends,
      reportedAt: metadata.now,
    },
  };
}

/**
 * Art. 17 (5): 接受工作评议，评议结果不合格的学院学生会限期整改. The school union assesses a reported semester, and
 * re-assesses it after each rectification report; a fail names its findings and the deadline.
 */
export function assessCollegeUnion(
  { data, metadata }: AssessCollegeUnion,
  state: CollegeAssessment,
): CollegeUnionAssessed {
  const college = collegeUnion(data.college, data.organisationId);
  if (college.schoolUnionId !== data.schoolUnionId)
    throw new NotTheSchoolUnion(
      `${data.organisationId} reports to ${college.schoolUnionId}, not ${data.schoolUnionId}`,
    );
  const standing = standingOf(state, data.semester);
  let round: number;
  switch (standing.status) {
    case 'Reported':
      round = 1;
      break;
    case 'Rectified':
      round = standing.round + 1;
      break;
    case 'NotReported':
      throw new NothingToAssess(`${data.organisationId} has not reported ${data.semester}`, { field: 'semester' });
    case 'Passed':
      throw new NothingToAssess(`${data.organisationId} already passed ${data.semester}`, { field: 'semester' });
    case 'Failed':
      throw new NothingToAssess(
        `${data.organisationId} has not reported its rectification of ${data.semester} yet (due ${standing.rectifyBy})`,
        { field: 'semester' },
      );
    default:
      return assertNever(standing, 'semester standing');
  }
  const today = beijingDate(metadata.now);
  const findings = data.findings.map((f) => f.trim()).filter((f) => f.length > 0);
  let rectifyBy: string | null = null;
  if (data.outcome === 'fail') {
    if (findings.length === 0)
      throw new FindingsRequired('A failing assessment names its findings (Art. 17 (5))', { field: 'findings' });
    rectifyBy = data.rectifyBy ?? addDays(today, college.rectificationDays);
    if (!isCalendarDate(rectifyBy) || rectifyBy <= today)
      throw new RectificationDeadlineInvalid(`The deadline is a date after ${today} (YYYY-MM-DD)`, {
        field: 'rectifyBy',
      });
  } else if (data.rectifyBy !== null)
    throw new RectificationDeadlineInvalid('A passing assessment sets no rectification deadline', {
      field: 'rectifyBy',
    });
  return {
    type: 'CollegeUnionAssessed',
    data: {
      organisationId: data.organisationId,
      schoolUnionId: data.schoolUnionId,
      semester: data.semester,
      round,
      outcome: data.outcome,
      findings,
      rectifyBy,
      assessedOn: today,
      assessedAt: metadata.now,
    },
  };
}

/** Art. 17 (5): 及时汇报整改结果. The failing union reports back; after the deadline the report is recorded as late. */
export function reportCollegeRectification(
  { data, metadata }: ReportCollegeRectification,
  state: CollegeAssessment,
): CollegeRectificationReported {
  const standing = standingOf(state, data.semester);
  if (standing.status !== 'Failed')
    throw new NoRectificationDue(`${data.organisationId} has no failed assessment of ${data.semester} to answer`, {
      field: 'semester',
    });
  const today = beijingDate(metadata.now);
  return {
    type: 'CollegeRectificationReported',
    data: {
      organisationId: data.organisationId,
      schoolUnionId: standing.schoolUnionId,
      semester: data.semester,
      round: standing.round,
      summary: summaryOf(data.summary),
      rectifyBy: standing.rectifyBy,
      reportedOn: today,
      late: today > standing.rectifyBy,
      reportedAt: metadata.now,
    },
  };
}

export function decideCollegeAssessment(
  command: CollegeAssessmentCommand,
  state: CollegeAssessment,
): CollegeAssessmentEvent {
  switch (command.type) {
    case 'ReportCollegeWork':
      return reportCollegeWork(command, state);
    case 'AssessCollegeUnion':
      return assessCollegeUnion(command, state);
    case 'ReportCollegeRectification':
      return reportCollegeRectification(command, state);
    default:
      return assertNever(command, 'college assessment command');
  }
}

export const collegeAssessmentDecider: Decider<CollegeAssessment, CollegeAssessmentCommand, CollegeAssessmentEvent> = {
  decide: decideCollegeAssessment,
  evolve: evolveCollegeAssessment,
  initialState: initialCollegeAssessment,
};

export const collegeAssessmentStream = (collegeId: string) => `college-assessment-${collegeId}`;
