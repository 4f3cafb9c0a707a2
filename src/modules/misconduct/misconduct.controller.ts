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
import { CaseNotFound } from './domain/misconduct-case.errors.js';
import { type MisconductStep, MisconductStepCommand } from './misconduct.command-handlers.js';
import {
  AppealDecisionRequest,
  AppealRequest,
  FindingsRequest,
  MisconductDecisionRequest,
  ReportMisconductRequest,
  StatementRequest,
} from './misconduct.requests.js';
import { MisconductCaseResponse } from './misconduct.responses.js';
import { MISCONDUCT_CASES_READ_MODEL } from './read-models/misconduct-cases/misconduct-cases.projection.js';
import { visibleCase, visibleCases } from './read-models/misconduct-cases/misconduct-cases.queries.js';

/** Anyone in the union: its members and its staff. */
const IN_THE_UNION: readonly Role[] = ['member', 'union-staff', 'college-union-staff'];
const COMMITTEE: readonly Role[] = ['youth-league-committee'];
/** Who may ask; each sees only what the queries let them (the committee, the parties; supervisors through the guard). */
const READERS: readonly Role[] = [...IN_THE_UNION, ...COMMITTEE];

/**
 * Art. 21: 学生会工作人员违纪的，由校团委调查处理. Anyone in the union reports a staff member's misconduct with the facts;
 * the Youth League committee investigates and decides (a removal through the staff register); the reported person
 * gives a statement and may appeal once. Confidential: only the committee (less members named as conflicted), the
 * parties and supervisors read a case; to anyone else it does not exist (404), and lists hold none of it.
 */
@ApiTags('misconduct')
@ApiBearerAuth()
@Controller('api/v1')
export class MisconductController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  private run(step: MisconductStep, ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new MisconductStepCommand(step, ctx));
  }

  @Post('organisations/:unionId/misconduct-cases')
  @HttpCode(201)
  @Allow(IN_THE_UNION, 'unionId')
  @CommandOperation({
    status: 201,
    summary:
      'Anyone in the union reports a staff member’s misconduct with the facts, to the Youth League committee (Art. 21)',
  })
  report(@Param('unionId') organisationId: string, @Body() body: ReportMisconductRequest, @Ctx() ctx: CommandContext) {
    const step: MisconductStep = {
      type: 'ReportMisconduct',
      caseId: body.caseId,
      organisationId,
      staffId: body.staffId,
      facts: body.facts,
      conflicted: body.conflicted ?? [],
    };
    return this.run(step, { ...ctx, reason: 'Art. 21' });
  }

  @Post('misconduct-cases/:caseId/findings')
  @HttpCode(200)
  @Allow(COMMITTEE)
  @CommandOperation({
    status: 200,
    summary: 'The Youth League committee records its investigation’s findings (Art. 21)',
  })
  findings(@Param('caseId') caseId: string, @Body() body: FindingsRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'RecordFindings', caseId, findings: body.findings }, ctx);
  }

  @Post('misconduct-cases/:caseId/statement')
  @HttpCode(200)
  @Allow(IN_THE_UNION)
  @CommandOperation({ status: 200, summary: 'The reported person gives their statement (Art. 21)' })
  statement(@Param('caseId') caseId: string, @Body() body: StatementRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'GiveStatement', caseId, statement: body.statement }, ctx);
  }

  @Post('misconduct-cases/:caseId/decision')
  @HttpCode(200)
  @Allow(COMMITTEE)
  @CommandOperation({
    status: 200,
    summary:
      'The committee decides: no case, a warning, removal from post (through the staff register) or referral (Art. 21)',
  })
  decide(@Param('caseId') caseId: string, @Body() body: MisconductDecisionRequest, @Ctx() ctx: CommandContext) {
    const step: MisconductStep = {
      type: 'DecideMisconduct',
      caseId,
      outcome: body.outcome,
      reasons: body.reasons,
      referredTo: body.referredTo ?? null,
    };
    return this.run(step, { ...ctx, reason: 'Art. 21' });
  }

  @Post('misconduct-cases/:caseId/appeal')
  @HttpCode(200)
  @Allow(IN_THE_UNION)
  @CommandOperation({ status: 200, summary: 'The reported person appeals the decision, once (Art. 21)' })
  appeal(@Param('caseId') caseId: string, @Body() body: AppealRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'AppealMisconduct', caseId, grounds: body.grounds }, ctx);
  }

  @Post('misconduct-cases/:caseId/appeal-decision')
  @HttpCode(200)
  @Allow(COMMITTEE)
  @CommandOperation({ status: 200, summary: 'The committee re-examines the decision on appeal: upheld or overturned' })
  decideAppeal(@Param('caseId') caseId: string, @Body() body: AppealDecisionRequest, @Ctx() ctx: CommandContext) {
    return this.run(
      { type: 'DecideAppeal', caseId, upheld: body.upheld, reasons: body.reasons },
      { ...ctx, reason: 'Art. 21' },
    );
  }

  @Get('misconduct-cases')
  @Allow(READERS)
  @ReadsFrom(MISCONDUCT_CASES_READ_MODEL)
  @QueryOperation({
    response: [MisconductCaseResponse],
    readAfter: true,
    summary:
      'The misconduct cases the reader may see: all for the committee and supervisors, their own for the parties',
  })
  list(@Ctx() ctx: CommandContext) {
    return visibleCases(this.db, ctx.actor);
  }

  @Get('misconduct-cases/:caseId')
  @Allow(READERS)
  @ReadsFrom(MISCONDUCT_CASES_READ_MODEL)
  @QueryOperation({
    response: MisconductCaseResponse,
    readAfter: true,
    byId: true,
    summary: 'One case, to the committee, the parties and supervisors; to anyone else it is 404 (Art. 21)',
  })
  async one(@Param('caseId') caseId: string, @Ctx() ctx: CommandContext) {
    const found = await visibleCase(this.db, caseId, ctx.actor);
    if (!found) throw new CaseNotFound(`No misconduct case ${caseId}`);
    return found;
  }
}
