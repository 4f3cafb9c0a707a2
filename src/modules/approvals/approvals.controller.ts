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
import { type MatterStep, MatterStepCommand } from './approvals.command-handlers.js';
import { ApprovalFacts } from './approvals-facts.js';
import { MatterNotFound, NotAUnion } from './domain/matter.errors.js';
import {
  ActivityHeldRequest,
  AwaitingQuery,
  MattersQuery,
  OverdueMattersQuery,
  ResubmitMatterRequest,
  StepDecisionRequest,
  SubmitMatterRequest,
} from './approvals.requests.js';
import { MatterResponse } from './approvals.responses.js';
import { MATTERS_READ_MODEL } from './read-models/matters/matters.projection.js';
import { awaitingBody, findMatter, overdueMatters, unionMatters } from './read-models/matters/matters.queries.js';

const UNION_STAFF: readonly Role[] = ['union-staff', 'college-union-staff'];
/** The roles that speak for an approving body: a union's presidium (its staff) and the school's bodies. */
const DECIDERS: readonly Role[] = [...UNION_STAFF, 'youth-league-committee', 'party-committee', 'student-affairs'];
const READERS: readonly Role[] = DECIDERS;

/**
 * Art. 12: 重大事项、重大活动、重要信息和对外交往须事前报批. A union submits a matter of a type its policy names; each body
 * of the type's chain decides its step in order; a step past its deadline escalates; an activity is held only once
 * approved. Oversight bodies and supervisors read what awaits each body and what is overdue.
 */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('api/v1')
export class ApprovalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    private readonly facts: ApprovalFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private run(step: MatterStep, ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new MatterStepCommand(step, ctx));
  }

  @Post('organisations/:unionId/matters')
  @HttpCode(201)
  @Allow(UNION_STAFF, 'unionId')
  @CommandOperation({
    status: 201,
    summary: 'A union submits a matter for prior approval, with the documents its type requires (Art. 12)',
  })
  submit(@Param('unionId') organisationId: string, @Body() body: SubmitMatterRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'SubmitMatter', organisationId, ...body }, ctx);
  }

  @Post('organisations/:orgId/matters/:matterId/decision')
  @HttpCode(200)
  @Allow(DECIDERS, 'orgId')
  @CommandOperation({
    status: 200,
    summary:
      'The body a matter’s step awaits (or its escalation body) approves, returns with reasons, or refuses (Art. 12)',
  })
  decide(
    @Param('orgId') organisationId: string,
    @Param('matterId') matterId: string,
    @Body() body: StepDecisionRequest,
    @Ctx() ctx: CommandContext,
  ) {
    const step: MatterStep = {
      type: 'DecideMatterStep',
      matterId,
      organisationId,
      decision: body.decision,
      reasons: body.reasons ?? [],
      notes: body.notes ?? '',
    };
    return this.run(step, ctx);
  }

  @Post('organisations/:unionId/matters/:matterId/resubmission')
  @HttpCode(200)
  @Allow(UNION_STAFF, 'unionId')
  @CommandOperation({
    status: 200,
    summary: 'The union resubmits a returned matter, saying what changed; the step that returned it decides again',
  })
  resubmit(
    @Param('unionId') organisationId: string,
    @Param('matterId') matterId: string,
    @Body() body: ResubmitMatterRequest,
    @Ctx() ctx: CommandContext,
  ) {
    const step: MatterStep = {
      type: 'ResubmitMatter',
      matterId,
      organisationId,
      changes: body.changes,
      documents: body.documents ?? null,
    };
    return this.run(step, ctx);
  }

  @Post('organisations/:unionId/matters/:matterId/escalation')
  @HttpCode(200)
  @Allow(UNION_STAFF, 'unionId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary:
      'A step past its deadline goes to the policy’s escalation body (asked by the union’s staff or a scheduler)',
  })
  escalate(@Param('unionId') organisationId: string, @Param('matterId') matterId: string, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'EscalateMatterStep', matterId, organisationId }, ctx);
  }

  @Post('organisations/:unionId/matters/:matterId/held')
  @HttpCode(200)
  @Allow(UNION_STAFF, 'unionId')
  @CommandOperation({
    status: 200,
    summary: 'The union records an approved activity as held; before its approval completes it is refused (Art. 12)',
  })
  held(
    @Param('unionId') organisationId: string,
    @Param('matterId') matterId: string,
    @Body() body: ActivityHeldRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'MarkActivityHeld', matterId, organisationId, ...body }, ctx);
  }

  @Get('organisations/:unionId/matters')
  @Allow(READERS)
  @ReadsFrom(MATTERS_READ_MODEL)
  @QueryOperation({
    response: [MatterResponse],
    readAfter: true,
    byId: true,
    validatesQuery: true,
    summary: 'A union’s matters, newest first, each with its chain, the step it awaits and every decision',
  })
  async list(@Param('unionId') organisationId: string, @Query() query: MattersQuery) {
    if (!(await this.facts.union(organisationId))) throw new NotAUnion(`${organisationId} is not a registered union`);
    return unionMatters(this.db, organisationId, query);
  }

  @Get('matters/:matterId')
  @Allow(READERS)
  @ReadsFrom(MATTERS_READ_MODEL)
  @QueryOperation({
    response: MatterResponse,
    readAfter: true,
    byId: true,
    summary: 'One matter: its chain as submitted, the policy version, the step it awaits and every decision',
  })
  async one(@Param('matterId') matterId: string) {
    const matter = await findMatter(this.db, matterId);
    if (!matter) throw new MatterNotFound(`No matter ${matterId} was submitted`);
    return matter;
  }

  @Get('approvals/awaiting')
  @Allow(READERS)
  @ReadsFrom(MATTERS_READ_MODEL)
  @QueryOperation({
    response: [MatterResponse],
    readAfter: true,
    validatesQuery: true,
    summary: 'What awaits an approving body: matters whose step is its own or escalated to it, earliest due first',
  })
  awaiting(@Query() query: AwaitingQuery) {
    return awaitingBody(this.db, query.body, query.organisationId);
  }

  @Get('approvals/overdue')
  @Allow(READERS)
  @ReadsFrom(MATTERS_READ_MODEL)
  @QueryOperation({
    response: [MatterResponse],
    readAfter: true,
    validatesQuery: true,
    summary: 'As of a Beijing date: steps past their deadline and still undecided, escalated or not (Art. 12)',
  })
  overdue(@Query() query: OverdueMattersQuery) {
    const asOf = query.asOf ?? beijingDate(this.clock.now().toISOString());
    return overdueMatters(this.db, asOf, query.organisationId);
  }
}
