import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { Clock } from '../../shared/clock.js';
import { FileQueryOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { CLOCK } from '../../shared/tokens.js';
import { complianceReport } from './compliance/compliance.queries.js';
import { reportCsv, reportXlsx, type ReportTable } from '../../shared/exports/report-file.js';
import {
  collegeAssessmentTables,
  complianceTables,
  congressTables,
  electionTables,
  reviewTables,
} from './exports/report-tables.js';
import { REVIEW_RESULTS } from './read-models/review-results/review-results.projection.js';
import { reviewDistributions } from './read-models/review-results/review-results.queries.js';
import { beijingDate } from '../../shared/domain/beijing-date.js';
import { COLLEGE_ASSESSMENTS } from './read-models/college-assessments/college-assessments.projection.js';
import { collegeAssessmentsReport } from './read-models/college-assessments/college-assessments.queries.js';
import { CONGRESS_SEATS } from './read-models/congress-seats/congress-seats.projection.js';
import { congressSeatsReport, listCongressReports } from './read-models/congress-seats/congress-seats.queries.js';
import { ELECTION_PROGRESS } from './read-models/election-progress/election-progress.projection.js';
import { congressElections, electionReport } from './read-models/election-progress/election-progress.queries.js';
import { SITTING_ATTENDANCE } from './read-models/sitting-attendance/sitting-attendance.projection.js';
import { congressSittings, sittingReport } from './read-models/sitting-attendance/sitting-attendance.queries.js';
import { STAFF_POSTS } from './read-models/staff-posts/staff-posts.projection.js';
import {
  ReportCongressNotFound,
  ReportElectionNotFound,
  ReportOrganisationNotFound,
  ReportSittingNotFound,
} from './reports.errors.js';
import {
  CollegeAssessmentsReportResponse,
  ComplianceReportResponse,
  ReviewDistributionResponse,
  CongressListRowResponse,
  CongressReportResponse,
  ElectionReportResponse,
  SittingReportResponse,
} from './reports.responses.js';

/** Staff and the bodies that oversee them; supervisors and auditors read every report as well. */
export const REPORT_READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'party-committee',
  'student-affairs',
  'youth-league-committee',
  'federation',
];

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ALL = [CONGRESS_SEATS, SITTING_ATTENDANCE, ELECTION_PROGRESS, STAFF_POSTS, COLLEGE_ASSESSMENTS];

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('congresses')
  @Allow(REPORT_READERS)
  @ReadsFrom(CONGRESS_SEATS)
  @QueryOperation({
    response: [CongressListRowResponse],
    readAfter: true,
    summary: 'Every congress reported on, newest first, with its seats filled',
  })
  congresses() {
    return listCongressReports(this.db);
  }

  @Get('congresses/:congressId')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @QueryOperation({
    response: CongressReportResponse,
    readAfter: true,
    byId: true,
    summary:
      'A congress: seats against quota per college, delegate composition against the charter’s shares, attendance and quorum per sitting, its elections',
  })
  congress(@Param('congressId') congressId: string) {
    return this.congressReport(congressId);
  }

  @Get('congresses/:congressId/export.csv')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="congress-report.csv"')
  @FileQueryOperation({
    mediaType: CSV,
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The congress report as CSV (UTF-8 with BOM, Chinese headers)',
  })
  async congressCsv(@Param('congressId') congressId: string): Promise<Buffer> {
    return reportCsv(await this.congressTables(congressId));
  }

  @Get('congresses/:congressId/export.xlsx')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @Header('content-type', XLSX)
  @Header('content-disposition', 'attachment; filename="congress-report.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX,
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The congress report as a workbook, a sheet per table',
  })
  async congressXlsx(@Param('congressId') congressId: string): Promise<Buffer> {
    return reportXlsx(await this.congressTables(congressId));
  }

  @Get('sittings/:sittingId')
  @Allow(REPORT_READERS)
  @ReadsFrom(SITTING_ATTENDANCE)
  @QueryOperation({
    response: SittingReportResponse,
    readAfter: true,
    byId: true,
    summary: 'Attendance and quorum of one sitting, as it stands: what the dashboard polls while the sitting is open',
  })
  async sitting(@Param('sittingId') sittingId: string) {
    const report = await sittingReport(this.db, sittingId);
    if (!report) throw new ReportSittingNotFound(`Sitting ${sittingId} has not been opened`);
    return report;
  }

  @Get('elections/:electionId')
  @Allow(REPORT_READERS)
  @ReadsFrom(ELECTION_PROGRESS)
  @QueryOperation({
    response: ElectionReportResponse,
    readAfter: true,
    byId: true,
    summary:
      'An election: turnout per round, valid and invalid ballots, results, and the approval chain with days per step',
  })
  election(@Param('electionId') electionId: string) {
    return this.electionReport(electionId);
  }

  @Get('elections/:electionId/export.csv')
  @Allow(REPORT_READERS)
  @ReadsFrom(ELECTION_PROGRESS)
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="election-report.csv"')
  @FileQueryOperation({
    mediaType: CSV,
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The election report as CSV',
  })
  async electionCsv(@Param('electionId') electionId: string): Promise<Buffer> {
    return reportCsv(electionTables(await this.electionReport(electionId)));
  }

  @Get('elections/:electionId/export.xlsx')
  @Allow(REPORT_READERS)
  @ReadsFrom(ELECTION_PROGRESS)
  @Header('content-type', XLSX)
  @Header('content-disposition', 'attachment; filename="election-report.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX,
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The election report as a workbook',
  })
  async electionXlsx(@Param('electionId') electionId: string): Promise<Buffer> {
    return reportXlsx(electionTables(await this.electionReport(electionId)));
  }

  @Get('organisations/:organisationId/compliance')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @QueryOperation({
    response: ComplianceReportResponse,
    readAfter: true,
    byId: true,
    summary: 'Charter compliance: every charter number the reports can judge and whether the union meets it now',
  })
  compliance(@Param('organisationId') organisationId: string) {
    return this.complianceReport(organisationId);
  }

  @Get('organisations/:organisationId/compliance/export.csv')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="compliance-report.csv"')
  @FileQueryOperation({
    mediaType: CSV,
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The compliance summary as CSV',
  })
  async complianceCsv(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportCsv(complianceTables(await this.complianceReport(organisationId)));
  }

  @Get('organisations/:organisationId/compliance/export.xlsx')
  @Allow(REPORT_READERS)
  @ReadsFrom(...ALL)
  @Header('content-type', XLSX)
  @Header('content-disposition', 'attachment; filename="compliance-report.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX,
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The compliance summary as a workbook',
  })
  async complianceXlsx(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportXlsx(complianceTables(await this.complianceReport(organisationId)));
  }

  @Get('organisations/:organisationId/college-assessments')
  @Allow(REPORT_READERS)
  @ReadsFrom(COLLEGE_ASSESSMENTS)
  @QueryOperation({
    response: CollegeAssessmentsReportResponse,
    readAfter: true,
    byId: true,
    summary:
      'Art. 17 (5): each college union’s semester under a school union: report, assessments, the last outcome, rectification deadlines and which are overdue',
  })
  collegeAssessments(@Param('organisationId') organisationId: string) {
    return this.collegeAssessmentsReport(organisationId);
  }

  @Get('organisations/:organisationId/college-assessments/export.csv')
  @Allow(REPORT_READERS)
  @ReadsFrom(COLLEGE_ASSESSMENTS)
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="college-assessments.csv"')
  @FileQueryOperation({
    mediaType: CSV,
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The college assessments as CSV',
  })
  async collegeAssessmentsCsv(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportCsv(collegeAssessmentTables(await this.collegeAssessmentsReport(organisationId)));
  }

  @Get('organisations/:organisationId/college-assessments/export.xlsx')
  @Allow(REPORT_READERS)
  @ReadsFrom(COLLEGE_ASSESSMENTS)
  @Header('content-type', XLSX)
  @Header('content-disposition', 'attachment; filename="college-assessments.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX,
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The college assessments as a workbook',
  })
  async collegeAssessmentsXlsx(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportXlsx(collegeAssessmentTables(await this.collegeAssessmentsReport(organisationId)));
  }

  private async collegeAssessmentsReport(organisationId: string) {
    await this.requireOrganisation(organisationId);
    return collegeAssessmentsReport(this.db, organisationId, beijingDate(this.clock.now().toISOString()));
  }

  @Get('organisations/:organisationId/staff-reviews')
  @Allow(REPORT_READERS)
  @ReadsFrom(REVIEW_RESULTS)
  @QueryOperation({
    response: [ReviewDistributionResponse],
    readAfter: true,
    byId: true,
    summary:
      'The semester reviews’ results per semester, newest first: passed and failed after appeals, score bands, appeals, post decisions',
  })
  staffReviews(@Param('organisationId') organisationId: string) {
    return this.reviewReport(organisationId);
  }

  @Get('organisations/:organisationId/staff-reviews/export.csv')
  @Allow(REPORT_READERS)
  @ReadsFrom(REVIEW_RESULTS)
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="staff-reviews.csv"')
  @FileQueryOperation({
    mediaType: CSV,
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The review results as CSV',
  })
  async staffReviewsCsv(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportCsv(reviewTables(await this.reviewReport(organisationId)));
  }

  @Get('organisations/:organisationId/staff-reviews/export.xlsx')
  @Allow(REPORT_READERS)
  @ReadsFrom(REVIEW_RESULTS)
  @Header('content-type', XLSX)
  @Header('content-disposition', 'attachment; filename="staff-reviews.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX,
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The review results as a workbook',
  })
  async staffReviewsXlsx(@Param('organisationId') organisationId: string): Promise<Buffer> {
    return reportXlsx(reviewTables(await this.reviewReport(organisationId)));
  }

  private async reviewReport(organisationId: string) {
    await this.requireOrganisation(organisationId);
    return reviewDistributions(this.db, organisationId);
  }

  private async requireOrganisation(organisationId: string): Promise<void> {
    const [org] = await this.db.query(`SELECT 1 FROM organisation_directory WHERE organisation_id = $1`, [
      organisationId,
    ]);
    if (!org) throw new ReportOrganisationNotFound(`Organisation ${organisationId} is not registered`);
  }

  private async congressReport(congressId: string) {
    const seats = await congressSeatsReport(this.db, congressId);
    if (!seats) throw new ReportCongressNotFound(`Congress ${congressId} is not convened`);
    const [sittings, elections] = await Promise.all([
      congressSittings(this.db, congressId),
      congressElections(this.db, congressId),
    ]);
    return { ...seats, sittings, elections };
  }

  private async congressTables(congressId: string): Promise<ReportTable[]> {
    const report = await this.congressReport(congressId);
    return congressTables(report, report.sittings);
  }

  private async electionReport(electionId: string) {
    const report = await electionReport(this.db, electionId);
    if (!report) throw new ReportElectionNotFound(`Election ${electionId} has not been set up`);
    return report;
  }

  private async complianceReport(organisationId: string) {
    const report = await complianceReport(this.db, organisationId, this.clock.now());
    if (!report) throw new ReportOrganisationNotFound(`Organisation ${organisationId} is not registered`);
    return report;
  }
}
