import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { Clock } from '../../shared/clock.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { beijingDate } from '../../shared/domain/beijing-date.js';
import { CLOCK } from '../../shared/tokens.js';
import { STAFF_REGISTER_READ_MODEL } from './read-models/staff-register/staff-register.projection.js';
import { chairOn, collegeFilings, staffRegister } from './read-models/staff-register/staff-register.queries.js';
import { StaffFacts } from './staff-facts.js';
import { type StaffStep, StaffStepCommand } from './staff.command-handlers.js';
import {
  AppointmentRequest,
  ChairQuery,
  ChairRotationRequest,
  CollegePresidiumRequest,
  CreateDepartmentRequest,
  ReasonRequest,
  RenameDepartmentRequest,
  SeatPresidiumRequest,
} from './staff.requests.js';
import { ChairResponse, CollegeFilingResponse, StaffRegisterResponse } from './staff.responses.js';

const BASE = 'organisations/:orgId/staff';
const MANAGERS: readonly Role[] = ['union-staff', 'college-union-staff'];
const READERS: readonly Role[] = [...MANAGERS, 'youth-league-committee', 'student-affairs', 'supervisor', 'auditor'];

/** The union's staff register (Art. 10, 14, 16-18): its own staff manage it; oversight bodies read it. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1')
export class StaffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    private readonly facts: StaffFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private run(step: StaffStep, ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new StaffStepCommand(step, ctx));
  }

  @Post(`${BASE}/departments`)
  @HttpCode(201)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({ status: 201, summary: 'Create a department, within the policy’s number (Art. 16: six)' })
  create(@Param('orgId') organisationId: string, @Body() body: CreateDepartmentRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'CreateDepartment', organisationId, ...body }, ctx);
  }

  @Put(`${BASE}/departments/:departmentId/name`)
  @HttpCode(200)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({ status: 200, summary: 'Rename a department' })
  rename(
    @Param('orgId') organisationId: string,
    @Param('departmentId') departmentId: string,
    @Body() body: RenameDepartmentRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'RenameDepartment', organisationId, departmentId, name: body.name }, ctx);
  }

  @Post(`${BASE}/departments/:departmentId/dissolution`)
  @HttpCode(200)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({ status: 200, summary: 'Dissolve an empty department, with the reason' })
  dissolve(
    @Param('orgId') organisationId: string,
    @Param('departmentId') departmentId: string,
    @Body() body: ReasonRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'DissolveDepartment', organisationId, departmentId, reason: body.reason }, ctx);
  }

  @Post(`${BASE}/appointments`)
  @HttpCode(201)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({
    status: 201,
    summary: 'Appoint a student to a department post: Art. 18 checked with the registry, within the staff cap',
  })
  appoint(@Param('orgId') organisationId: string, @Body() body: AppointmentRequest, @Ctx() ctx: CommandContext) {
    const post = { kind: 'department' as const, departmentId: body.departmentId, role: body.role };
    return this.run({ type: 'AppointStaff', organisationId, studentId: body.studentId, post }, ctx);
  }

  @Post(`${BASE}/members/:studentId/removal`)
  @HttpCode(200)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({ status: 200, summary: 'Remove a staff member from their post, with the reason' })
  remove(
    @Param('orgId') organisationId: string,
    @Param('studentId') studentId: string,
    @Body() body: ReasonRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'RemoveStaff', organisationId, studentId, reason: body.reason }, ctx);
  }

  @Post(`${BASE}/presidium`)
  @HttpCode(200)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'Seat the presidium the congress elected, once the party committee approved it',
  })
  seat(@Param('orgId') organisationId: string, @Body() body: SeatPresidiumRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'SeatPresidium', organisationId, electionId: body.electionId }, ctx);
  }

  @Put(`${BASE}/chair-rotation`)
  @HttpCode(200)
  @Allow(MANAGERS, 'orgId')
  @CommandOperation({ status: 200, summary: 'Set the executive chair’s rotation among the presidium (Art. 14)' })
  rotate(@Param('orgId') organisationId: string, @Body() body: ChairRotationRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'ScheduleChairRotation', organisationId, terms: body.terms }, ctx);
  }

  @Post(`${BASE}/college-presidium`)
  @HttpCode(200)
  @Allow(['college-union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'A college union files the presidium its congress elected with the school union (Art. 17 (1))',
  })
  fileCollegePresidium(
    @Param('orgId') organisationId: string,
    @Body() body: CollegePresidiumRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'FileCollegePresidium', organisationId, ...body }, ctx);
  }

  @Post('organisations/:schoolId/college-presidium-filings/:collegeId/acknowledgement')
  @HttpCode(200)
  @Allow(['union-staff'], 'schoolId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'The school union acknowledges a college union’s presidium filing',
  })
  acknowledge(
    @Param('schoolId') schoolUnionId: string,
    @Param('collegeId') organisationId: string,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'AcknowledgeCollegePresidium', organisationId, schoolUnionId }, ctx);
  }

  @Get('organisations/:schoolId/college-presidium-filings')
  @Allow(READERS)
  @ReadsFrom(STAFF_REGISTER_READ_MODEL)
  @QueryOperation({
    response: [CollegeFilingResponse],
    readAfter: true,
    byId: true,
    summary: 'The college unions’ presidium filings with this school union, unacknowledged first (Art. 17 (1))',
  })
  filings(@Param('schoolId') schoolUnionId: string) {
    return collegeFilings(this.db, schoolUnionId);
  }

  @Get(BASE)
  @Allow(READERS)
  @ReadsFrom(STAFF_REGISTER_READ_MODEL)
  @QueryOperation({
    response: StaffRegisterResponse,
    readAfter: true,
    byId: true,
    summary: 'The register: departments, every post holder with the Art. 18 checks, counts against the caps',
  })
  async register(@Param('orgId') organisationId: string) {
    const union = await this.facts.union(organisationId);
    return { ...(await staffRegister(this.db, organisationId)), caps: union.caps };
  }

  @Get(`${BASE}/chair`)
  @Allow(READERS)
  @ReadsFrom(STAFF_REGISTER_READ_MODEL)
  @QueryOperation({
    response: ChairResponse,
    readAfter: true,
    byId: true,
    validatesQuery: true,
    summary: 'Who chairs on a date, by the presidium’s rotation (Art. 14)',
  })
  async chair(@Param('orgId') organisationId: string, @Query() query: ChairQuery) {
    const date = query.date ?? beijingDate(this.clock.now().toISOString());
    return { date, chairId: await chairOn(this.db, organisationId, date) };
  }
}
