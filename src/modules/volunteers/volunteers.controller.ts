import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { OrganisationFacts } from '../organisations/index.js';
import { ProjectNotFound } from './domain/volunteer-project.errors.js';
import { NotAUnion } from './volunteers.errors.js';
import { type VolunteerStep, VolunteerStepCommand } from './volunteers.command-handlers.js';
import { AcceptRequest, ApplyRequest, HoursRequest, InviteRequest, OpenProjectRequest } from './volunteers.requests.js';
import { HoursCertificateResponse, VolunteerProjectResponse } from './volunteers.responses.js';
import { VOLUNTEER_PROJECTS_READ_MODEL } from './read-models/volunteer-projects/volunteer-projects.projection.js';
import {
  findVolunteerProject,
  hoursCertificates,
  unionVolunteerProjects,
} from './read-models/volunteer-projects/volunteer-projects.queries.js';

const UNION_STAFF: readonly Role[] = ['union-staff', 'college-union-staff'];
/** The lead is a person: a student acting as a member, or as the union's staff; the decider checks it is the lead. */
const LEAD: readonly Role[] = ['member', ...UNION_STAFF];
const READERS: readonly Role[] = [...LEAD, 'youth-league-committee', 'student-affairs'];

/**
 * Art. 13: 重大活动实行项目化志愿者招募，任务结束即解散. An approved activity opens a project with roles and places;
 * students apply or are invited, the lead accepts and records hours; closing disbands the project. Volunteers are
 * students, not staff: nothing here touches the staff register.
 */
@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('api/v1')
export class VolunteersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    private readonly organisations: OrganisationFacts,
  ) {}

  private run(step: VolunteerStep, ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new VolunteerStepCommand(step, ctx));
  }

  @Post('organisations/:unionId/volunteer-projects')
  @HttpCode(201)
  @Allow(UNION_STAFF, 'unionId')
  @CommandOperation({
    status: 201,
    summary: 'The union opens a volunteer project for an approved activity: roles, places and its lead (Art. 12, 13)',
  })
  open(@Param('unionId') organisationId: string, @Body() body: OpenProjectRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'OpenVolunteerProject', organisationId, ...body }, ctx);
  }

  @Post('volunteer-projects/:projectId/applications')
  @HttpCode(201)
  @Allow(['member'])
  @CommandOperation({ status: 201, summary: 'A student applies for a role of an open project (Art. 13)' })
  apply(@Param('projectId') projectId: string, @Body() body: ApplyRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'ApplyToVolunteer', projectId, role: body.role, motivation: body.motivation ?? '' }, ctx);
  }

  @Post('volunteer-projects/:projectId/invitations')
  @HttpCode(201)
  @Allow(LEAD)
  @CommandOperation({ status: 201, summary: 'The project’s lead invites a student to a role' })
  invite(@Param('projectId') projectId: string, @Body() body: InviteRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'InviteVolunteer', projectId, ...body }, ctx);
  }

  @Post('volunteer-projects/:projectId/invitation-acceptance')
  @HttpCode(200)
  @Allow(['member'])
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'The invited student accepts, within the role’s places',
  })
  acceptInvitation(@Param('projectId') projectId: string, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'AcceptInvitation', projectId }, ctx);
  }

  @Post('volunteer-projects/:projectId/acceptances')
  @HttpCode(200)
  @Allow(LEAD)
  @CommandOperation({ status: 200, summary: 'The lead accepts a student’s application, within the role’s places' })
  accept(@Param('projectId') projectId: string, @Body() body: AcceptRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'AcceptApplication', projectId, studentId: body.studentId }, ctx);
  }

  @Post('volunteer-projects/:projectId/hours')
  @HttpCode(200)
  @Allow(LEAD)
  @CommandOperation({ status: 200, summary: 'The lead records a member’s hours for a day' })
  hours(@Param('projectId') projectId: string, @Body() body: HoursRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'RecordVolunteerHours', projectId, ...body, note: body.note ?? '' }, ctx);
  }

  @Post('volunteer-projects/:projectId/closure')
  @HttpCode(200)
  @Allow(LEAD)
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'The lead closes the project: it disbands, every member released with their hours (Art. 13)',
  })
  close(@Param('projectId') projectId: string, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'CloseVolunteerProject', projectId }, ctx);
  }

  @Get('organisations/:unionId/volunteer-projects')
  @Allow(READERS)
  @ReadsFrom(VOLUNTEER_PROJECTS_READ_MODEL)
  @QueryOperation({
    response: [VolunteerProjectResponse],
    readAfter: true,
    byId: true,
    summary: 'A union’s volunteer projects, newest first, with roles, places filled and people',
  })
  async list(@Param('unionId') organisationId: string) {
    const union = await this.organisations.find(organisationId);
    if (!union?.policy) throw new NotAUnion(`${organisationId} is not a registered union`);
    return unionVolunteerProjects(this.db, organisationId);
  }

  @Get('volunteer-projects/:projectId')
  @Allow(READERS)
  @ReadsFrom(VOLUNTEER_PROJECTS_READ_MODEL)
  @QueryOperation({
    response: VolunteerProjectResponse,
    readAfter: true,
    byId: true,
    summary: 'One volunteer project: roles, places filled, each person’s standing and hours',
  })
  async one(@Param('projectId') projectId: string) {
    const project = await findVolunteerProject(this.db, projectId);
    if (!project) throw new ProjectNotFound(`No volunteer project ${projectId} was opened`);
    return project;
  }

  @Get('volunteer-projects/:projectId/certificates')
  @Allow(READERS)
  @ReadsFrom(VOLUNTEER_PROJECTS_READ_MODEL)
  @QueryOperation({
    response: [HoursCertificateResponse],
    readAfter: true,
    byId: true,
    summary: 'A closed project’s certificates of hours, one per released member (Art. 13)',
  })
  async certificates(@Param('projectId') projectId: string) {
    if (!(await findVolunteerProject(this.db, projectId)))
      throw new ProjectNotFound(`No volunteer project ${projectId} was opened`);
    return hoursCertificates(this.db, projectId);
  }
}
