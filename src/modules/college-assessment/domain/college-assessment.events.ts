import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';

export const REPORT_FORMS = ['meeting', 'written'] as const;
/** Art. 17 (5): 通过集中会议或书面形式: a meeting report or a written one. */
export type ReportForm = (typeof REPORT_FORMS)[number];
export type Outcome = 'pass' | 'fail';

/** Art. 17 (5): the college union reported its work of a semester to the school union. */
export type CollegeWorkReported = DomainEvent<
  'CollegeWorkReported',
  {
    /** the college union */
    organisationId: string;
    schoolUnionId: string;
    semester: string;
    semesterStarts: string;
    semesterEnds: string;
    form: ReportForm;
    summary: string;
    /** the Beijing date it was reported on; `late` when after the semester's last day */
    reportedOn: string;
    late: boolean;
    reportedAt: string;
  }
>;

/** Art. 17 (5): the school union assessed (评议) the college union's semester; a fail names its findings and deadline. */
export type CollegeUnionAssessed = DomainEvent<
  'CollegeUnionAssessed',
  {
    organisationId: string;
    schoolUnionId: string;
    semester: string;
    /** 1 for the assessment of the report, 2, 3, ... for each re-assessment after a rectification */
    round: number;
    outcome: Outcome;
    findings: string[];
    /** the rectification deadline (限期整改) of a fail; null for a pass */
    rectifyBy: string | null;
    assessedOn: string;
    assessedAt: string;
  }
>;

/** Art. 17 (5): 及时汇报整改结果: the failing college union reported its rectification, on time or `late`. */
export type CollegeRectificationReported = DomainEvent<
  'CollegeRectificationReported',
  {
    organisationId: string;
    schoolUnionId: string;
    semester: string;
    /** the round whose failure it answers */
    round: number;
    summary: string;
    rectifyBy: string;
    reportedOn: string;
    late: boolean;
    reportedAt: string;
  }
>;

export type CollegeAssessmentEvent = CollegeWorkReported | CollegeUnionAssessed | CollegeRectificationReported;

export const COLLEGE_ASSESSMENT_EVENT_TYPES = eventTypeList<CollegeAssessmentEvent['type']>({
  CollegeWorkReported: true,
  CollegeUnionAssessed: true,
  CollegeRectificationReported: true,
});
