import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { Clock } from '../../shared/clock.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { beijingDate } from '../../shared/domain/beijing-date.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { CLOCK } from '../../shared/tokens.js';
import { listOrganisations, organisationDirectoryProjection } from '../organisations/index.js';
import { CollegeAssessmentFacts } from './college-assessment-facts.js';
import { type AssessmentStep, AssessmentStepCommand } from './college-assessment.command-handlers.js';
import { NotASchoolUnion } from './college-assessment.errors.js';
import {
  AssessmentRequest,
  AssessmentsQuery,
  OverdueQuery,
  RectificationRequest,
  WorkReportRequest,
} from './college-assessment.requests.js';
import { CollegeSemesterResponse, OverdueResponse } from './college-assessment.responses.js';
import { COLLEGE_ASSESSMENTS_READ_MODEL } from './read-models/college-assessments/college-assessments.projection.js';
import { collegeAssessments, overdueAsOf } from './read-models/college-assessments/college-assessments.queries.js';

const READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'party-committee',
  'student-affairs',
  'youth-league-committee',
  'supervisor',
  'auditor',
];

/**
 * Art. 17 (5): 学院学生会每学期至少一次……向校学生会汇报工作，接受工作评议，评议结果不合格的学院学生会限期整改，并及时
 * 汇报整改结果. The college union reports and rectifies; its school union assesses; oversight bodies read.
 */
@ApiTags('college-assessment')
@ApiBearerAuth()
@Controller('api/v1')
export class CollegeAssessmentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    private readonly facts: CollegeAssessmentFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private run(step: AssessmentStep, ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new AssessmentStepCommand(step, ctx));
  }

  @Post('organisations/:collegeId/college-assessment/reports')
  @HttpCode(201)
  @Allow(['college-union-staff'], 'collegeId')
  @CommandOperation({
    status: 201,
    summary: 'A college union reports its semester’s work to the school union, by meeting or in writing (Art. 17 (5))',
  })
  report(@Param('collegeId') organisationId: string, @Body() body: WorkReportRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'ReportCollegeWork', organisationId, ...body }, ctx);
  }

  @Post('organisations/:collegeId/college-assessment/rectifications')
  @HttpCode(201)
  @Allow(['college-union-staff'], 'collegeId')
  @CommandOperation({
    status: 201,
    summary:
      'A failing college union reports its rectification; after the deadline it is recorded as late (Art. 17 (5))',
  })
  rectify(@Param('collegeId') organisationId: string, @Body() body: RectificationRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'ReportCollegeRectification', organisationId, ...body }, ctx);
  }

  @Post('organisations/:schoolId/college-assessments/:collegeId/assessments')
  @HttpCode(200)
  @Allow(['union-staff'], 'schoolId')
  @CommandOperation({
    status: 200,
    summary:
      'The school union assesses a college union’s semester, or re-assesses it after the rectification: pass, or fail with findings and a deadline (Art. 17 (5))',
  })
  assess(
    @Param('schoolId') schoolUnionId: string,
    @Param('collegeId') organisationId: string,
    @Body() body: AssessmentRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run(
      {
        type: 'AssessCollegeUnion',
        organisationId,
        schoolUnionId,
        semester: body.semester,
        outcome: body.outcome,
        findings: body.findings ?? [],
        rectifyBy: body.rectifyBy ?? null,
      },
      ctx,
    );
  }

  @Get('organisations/:schoolId/college-assessments')
  @Allow(READERS)
  @ReadsFrom(COLLEGE_ASSESSMENTS_READ_MODEL)
  @QueryOperation({
    response: [CollegeSemesterResponse],
    readAfter: true,
    byId: true,
    validatesQuery: true,
    summary: 'The college unions’ semesters: reports, assessment rounds and rectifications, latest semester first',
  })
  async list(@Param('schoolId') schoolUnionId: string, @Query() query: AssessmentsQuery) {
    await this.rules(schoolUnionId);
    return collegeAssessments(this.db, schoolUnionId, { semester: query.semester });
  }

  @Get('organisations/:schoolId/college-assessments/overdue')
  @Allow(READERS)
  @ReadsFrom(COLLEGE_ASSESSMENTS_READ_MODEL, organisationDirectoryProjection.name)
  @QueryOperation({
    response: OverdueResponse,
    readAfter: true,
    byId: true,
    validatesQuery: true,
    summary:
      'As of a Beijing date: semesters ended without a college union’s report, and rectifications past their deadline (Art. 17 (5))',
  })
  async overdue(@Param('schoolId') schoolUnionId: string, @Query() query: OverdueQuery) {
    const rules = await this.rules(schoolUnionId);
    const asOf = query.asOf ?? beijingDate(this.clock.now().toISOString());
    const colleges = (await listOrganisations(this.db, { kind: 'college-union', parentId: schoolUnionId })).map(
      (c) => ({ collegeId: c.organisationId, registeredOn: beijingDate(c.registeredAt) }),
    );
    return overdueAsOf(this.db, schoolUnionId, asOf, colleges, rules.semesters);
  }

  private async rules(schoolUnionId: string) {
    const rules = await this.facts.rulesOf(schoolUnionId);
    if (!rules) throw new NotASchoolUnion(`${schoolUnionId} is not a registered school union`);
    return rules;
  }
}
