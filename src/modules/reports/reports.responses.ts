import { ApiProperty } from '@nestjs/swagger';
import type { ComplianceItem, ComplianceReport } from './compliance/compliance.queries.js';
import type {
  CollegeSeatsRow,
  CongressListRow,
  CongressSeatsReport,
} from './read-models/congress-seats/congress-seats.queries.js';
import type {
  ApprovalStep,
  ElectionListRow,
  ElectionReport,
  RoundReport,
} from './read-models/election-progress/election-progress.queries.js';
import type { SittingReport } from './read-models/sitting-attendance/sitting-attendance.queries.js';
import type { ReviewDistribution } from './read-models/review-results/review-results.queries.js';
import type {
  AssessmentStatus,
  CollegeAssessmentRow,
  CollegeAssessmentsReport,
} from './read-models/college-assessments/college-assessments.queries.js';

/** Response bodies of the report routes, for the OpenAPI document; `implements` keeps them true to the queries. */

export class CongressListRowResponse implements CongressListRow {
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: '示范职业技术学院学生会' }) organisationName: string;
  @ApiProperty({ example: 12, description: '届次' }) number: number;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: 140 }) targetSeats: number;
  @ApiProperty({ example: 140, description: 'delegates elected or qualified' }) seated: number;
}

export class CollegeSeatsResponse implements CollegeSeatsRow {
  @ApiProperty({ example: 'it' }) collegeId: string;
  @ApiProperty({ example: '信息工程学院' }) collegeName: string;
  @ApiProperty({ example: 1200 }) students: number;
  @ApiProperty({ example: 5 }) minimum: number;
  @ApiProperty({ example: 29, description: 'seats allocated' }) quota: number;
  @ApiProperty({ example: 30, description: 'students put forward' }) recommended: number;
  @ApiProperty({ example: 29, description: 'elected or qualified' }) seated: number;
  @ApiProperty({ example: 29 }) qualified: number;
  @ApiProperty({ example: 0 }) vacant: number;
}

export class GradeCountResponse {
  @ApiProperty({ example: '2024' }) grade: string;
  @ApiProperty({ example: 47 }) delegates: number;
}

export class CompositionShareResponse {
  @ApiProperty({ example: 48 }) officers: number;
  @ApiProperty({ example: 92 }) nonOfficers: number;
  @ApiProperty({ example: '65.7' }) nonOfficerShare: string;
  @ApiProperty({ example: '60.0', description: 'the charter’s minimum share' }) nonOfficerShareRequired: string;
  @ApiProperty() met: boolean;
  @ApiProperty({ type: [GradeCountResponse] }) grades: GradeCountResponse[];
}

export class ReportRatioResponse {
  @ApiProperty({ example: 2 }) numerator: number;
  @ApiProperty({ example: 3 }) denominator: number;
}

export class SittingReportResponse implements SittingReport {
  @ApiProperty({ example: 'congress-2026-plenary-1' }) sittingId: string;
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: '第十二次学生代表大会第一次全体会议' }) title: string;
  @ApiProperty({ enum: ['open', 'in-business', 'closed'] }) status: string;
  @ApiProperty({ example: 140 }) rollSize: number;
  @ApiProperty({ example: 94 }) required: number;
  @ApiProperty({ example: 131 }) present: number;
  @ApiProperty({ example: 133 }) peakPresent: number;
  @ApiProperty() quorate: boolean;
  @ApiProperty({ example: '93.6', description: 'present / roll, %' }) attendance: string;
  @ApiProperty({ example: 135 }) checkIns: number;
  @ApiProperty({ example: 4 }) checkOuts: number;
  @ApiProperty({ example: 0 }) quorumLost: number;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) quorumReachedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) businessOpenedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

export class ElectionListRowResponse implements ElectionListRow {
  @ApiProperty({ example: 'presidium-2026' }) electionId: string;
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 7 }) seats: number;
  @ApiProperty({ example: 'filed' }) status: string;
}

export class CongressReportResponse implements CongressSeatsReport {
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: '示范职业技术学院学生会' }) organisationName: string;
  @ApiProperty({ example: 12 }) number: number;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty() extraordinary: boolean;
  @ApiProperty({ format: 'date-time' }) convenedAt: string;
  @ApiProperty({ example: 140 }) targetSeats: number;
  @ApiProperty({ example: 5861 }) totalStudents: number;
  @ApiProperty({ example: 140 }) seated: number;
  @ApiProperty({ example: 140 }) qualified: number;
  @ApiProperty({ type: [CollegeSeatsResponse] }) colleges: CollegeSeatsResponse[];
  @ApiProperty({ type: CompositionShareResponse }) composition: CompositionShareResponse;
  @ApiProperty({ type: ReportRatioResponse }) quorum: ReportRatioResponse;
  @ApiProperty({ type: [SittingReportResponse] }) sittings: SittingReportResponse[];
  @ApiProperty({ type: [ElectionListRowResponse] }) elections: ElectionListRowResponse[];
}

export class StandingResponse {
  @ApiProperty({ example: 'p-1' }) personId: string;
  @ApiProperty({ example: '王小明' }) name: string;
  @ApiProperty({ example: 120 }) votes: number;
}

export class RoundReportResponse implements RoundReport {
  @ApiProperty({ example: 1 }) roundNumber: number;
  @ApiProperty({ enum: ['first', 'runoff', 'further'] }) kind: string;
  @ApiProperty({ example: 131 }) rollSize: number;
  @ApiProperty({ example: 131 }) issued: number;
  @ApiProperty({ example: 130 }) returned: number;
  @ApiProperty({ example: 130 }) received: number;
  @ApiProperty({ example: 128 }) valid: number;
  @ApiProperty({ example: 2 }) invalid: number;
  @ApiProperty({ example: '99.2', description: 'returned / roll, %' }) turnout: string;
  @ApiProperty({ enum: ['voting', 'closed', 'void', 'counted', 'elected', 'tie', 'seats-unfilled'] }) outcome: string;
  @ApiProperty({ type: [StandingResponse] }) standings: StandingResponse[];
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

export class PersonNameResponse {
  @ApiProperty({ example: 'p-1' }) personId: string;
  @ApiProperty({ example: '王小明' }) name: string;
}

export class ApprovalStepResponse implements ApprovalStep {
  @ApiProperty({ enum: ['completed', 'announced', 'approved', 'filed'] }) step: ApprovalStep['step'];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days since the step before' })
  days: number | null;
}

export class ElectionReportResponse implements ElectionReport {
  @ApiProperty({ example: 'presidium-2026' }) electionId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: '示范职业技术学院学生会' }) organisationName: string;
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 7 }) seats: number;
  @ApiProperty({ example: 8 }) candidates: number;
  @ApiProperty({ enum: ['set-up', 'voting', 'completed', 'announced', 'approved', 'returned', 'filed'] })
  status: string;
  @ApiProperty({ type: [PersonNameResponse] }) elected: PersonNameResponse[];
  @ApiProperty({ format: 'date-time' }) setUpAt: string;
  @ApiProperty({ example: 0, description: 'times the party committee returned the result' }) returns: number;
  @ApiProperty({ type: String, nullable: true }) filingReference: string | null;
  @ApiProperty({ type: [RoundReportResponse] }) rounds: RoundReportResponse[];
  @ApiProperty({ type: [ApprovalStepResponse] }) approvalChain: ApprovalStepResponse[];
}

export class ComplianceItemResponse implements ComplianceItem {
  @ApiProperty({ example: 'nonOfficerShareMin' }) key: string;
  @ApiProperty({ example: '代表产生办法 (delegate notice)' }) article: string;
  @ApiProperty({ example: '非学生会骨干代表比例下限' }) zh: string;
  @ApiProperty({ example: 'minimum share of delegates without a union post' }) en: string;
  @ApiProperty({ example: '≥ 60.0%' }) requirement: string;
  @ApiProperty({ example: '65.7% (92/140)' }) actual: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: nothing to judge yet' }) met: boolean | null;
}

export class ComplianceReportResponse implements ComplianceReport {
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: '示范职业技术学院学生会' }) organisationName: string;
  @ApiProperty({ type: String, nullable: true }) congressId: string | null;
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ type: [ComplianceItemResponse] }) items: ComplianceItemResponse[];
}

const ASSESSMENT_STATUSES = [
  'awaiting-assessment',
  'passed',
  'rectifying',
  'rectification-overdue',
  'awaiting-reassessment',
];

export class CollegeAssessmentRowResponse implements CollegeAssessmentRow {
  @ApiProperty({ example: 'arts' }) organisationId: string;
  @ApiProperty({ example: '艺术设计学院学生会' }) organisationName: string;
  @ApiProperty({ example: '2026-spring' }) semester: string;
  @ApiProperty({ example: '2026-07-01', description: 'Beijing date of the work report' }) reportedOn: string;
  @ApiProperty() reportLate: boolean;
  @ApiProperty({ example: 1, description: 'assessments so far' }) rounds: number;
  @ApiProperty({ enum: ['pass', 'fail'], nullable: true }) lastOutcome: 'pass' | 'fail' | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-07-20' }) rectifyBy: string | null;
  @ApiProperty({ example: 0 }) rectificationsLate: number;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status: AssessmentStatus;
}

export class AssessmentStatusCountsResponse implements Record<AssessmentStatus, number> {
  @ApiProperty({ name: 'awaiting-assessment', example: 1 }) 'awaiting-assessment': number;
  @ApiProperty({ example: 5 }) passed: number;
  @ApiProperty({ example: 1 }) rectifying: number;
  @ApiProperty({ name: 'rectification-overdue', example: 0 }) 'rectification-overdue': number;
  @ApiProperty({ name: 'awaiting-reassessment', example: 0 }) 'awaiting-reassessment': number;
}

export class CollegeAssessmentsReportResponse implements CollegeAssessmentsReport {
  @ApiProperty({ example: 'school' }) schoolUnionId: string;
  @ApiProperty({ example: '2026-08-01', description: 'the Beijing date overdue is judged at' }) today: string;
  @ApiProperty({ type: [CollegeAssessmentRowResponse] }) colleges: CollegeAssessmentRowResponse[];
  @ApiProperty({ type: AssessmentStatusCountsResponse }) byStatus: AssessmentStatusCountsResponse;
}

export class ScoreBandResponse {
  @ApiProperty({ example: '80-89', enum: ['<60', '60-69', '70-79', '80-89', '>=90'] }) band: string;
  @ApiProperty({ example: 12 }) reviewees: number;
}

export class ReviewDistributionResponse implements ReviewDistribution {
  @ApiProperty({ example: '2026-spring' }) semester: string;
  @ApiProperty({ example: 60 }) passMark: number;
  @ApiProperty({ example: 40 }) reviewees: number;
  @ApiProperty({ example: 37, description: 'after appeals' }) passed: number;
  @ApiProperty({ example: 3 }) failed: number;
  @ApiProperty({ type: [ScoreBandResponse] }) bands: ScoreBandResponse[];
  @ApiProperty({ example: 2 }) appeals: number;
  @ApiProperty({ example: 1 }) changedOnAppeal: number;
  @ApiProperty({ example: 1, description: 'Art. 20: kept with improvement' }) kept: number;
  @ApiProperty({ example: 1, description: 'Art. 20: removed' }) removed: number;
}
