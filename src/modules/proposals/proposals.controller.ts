import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { Clock } from '../../shared/clock.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { CLOCK } from '../../shared/tokens.js';
import { beijingDate } from '../../shared/domain/beijing-date.js';
import { HandlingUnitNotFound, ProposalNotFound } from './domain/proposal-book.errors.js';
import { ProposalFacts } from './proposal-facts.js';
import {
  AskFollowUpCommand,
  AssignProposalCommand,
  OpenProposalWindowCommand,
  ProposalStepCommand,
  SubmitProposalCommand,
} from './proposal.command-handlers.js';
import {
  AnswerRequest,
  AppointCommitteeRequest,
  AssignmentRequest,
  CoSignatureRequest,
  FollowUpAnswerRequest,
  FollowUpRequest,
  ProposalListQuery,
  RatingRequest,
  ScreeningRequest,
  SubmitProposalRequest,
  WithdrawalRequest,
} from './proposals.requests.js';
import { DelegateRecordResponse, ProposalResponse, UnitAssignmentResponse } from './proposals.responses.js';
import { PROPOSAL_REGISTER_READ_MODEL } from './read-models/proposal-register/proposal-register.projection.js';
import {
  delegateRecord,
  findProposal,
  requireProposalBook,
  listProposals,
  unitAssignments,
} from './read-models/proposal-register/proposal-register.queries.js';

const BOOK = 'organisations/:orgId/congresses/:congressId';
const PROPOSAL = `${BOOK}/proposals/:proposalId`;
const UNIT = 'handling-units/:unitId/congresses/:congressId/proposals/:proposalId';
/** Proposals are the congress's public business: its delegates, the union, the units and the overseers read them. */
export const PROPOSAL_READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'delegate',
  'handling-unit',
  'student-affairs',
  'youth-league-committee',
  'party-committee',
  'supervisor',
  'auditor',
];

/**
 * Proposals (提案, Art. 8 (5), Art. 9 rights 3): the convening union opens the window, appoints the committee and
 * assigns; delegates file, co-sign, withdraw, rate and ask; the committee screens; school offices answer.
 */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1')
export class ProposalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly facts: ProposalFacts,
  ) {}

  private today(): string {
    return beijingDate(this.clock.now().toISOString());
  }

  @Post(`${BOOK}/proposal-window`)
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 201, hasBody: false, summary: 'Open the congress’s proposal window (convening union)' })
  openWindow(
    @Param('orgId') organisationId: string,
    @Param('congressId') congressId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new OpenProposalWindowCommand({ congressId, organisationId }, ctx));
  }

  @Post(`${BOOK}/proposal-window/closure`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'Close the window; joint proposals not yet confirmed by every co-signer lapse',
  })
  closeWindow(
    @Param('orgId') organisationId: string,
    @Param('congressId') congressId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposalStepCommand({ type: 'CloseProposalWindow', data: { congressId, organisationId } }, ctx),
    );
  }

  @Put(`${BOOK}/proposal-committee`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'Appoint the proposal committee that screens proposals' })
  appointCommittee(
    @Param('orgId') organisationId: string,
    @Param('congressId') congressId: string,
    @Body() body: AppointCommitteeRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposalStepCommand(
        { type: 'AppointProposalCommittee', data: { congressId, organisationId, memberIds: body.memberIds } },
        ctx,
      ),
    );
  }

  @Post(`${BOOK}/proposals`)
  @HttpCode(201)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({
    status: 201,
    summary: 'File a proposal alone (filed at once, 第N号) or jointly (filed when every co-signer confirms)',
  })
  submit(
    @Param('congressId') congressId: string,
    @Body() body: SubmitProposalRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      congressId,
      proposalId: body.proposalId ?? randomUUID(),
      title: body.title,
      body: body.body,
      category: body.category,
      suggestedUnitId: body.suggestedUnitId ?? null,
      coSignerIds: body.coSignerIds ?? [],
    };
    return this.commands.execute(new SubmitProposalCommand({ type: 'SubmitProposal', data }, ctx));
  }

  @Post(`${PROPOSAL}/co-signature`)
  @HttpCode(200)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({ status: 200, summary: 'A named co-signer confirms or declines, personally' })
  coSign(
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: CoSignatureRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const type = body.confirm ? 'ConfirmCoSignature' : 'DeclineCoSignature';
    return this.commands.execute(new ProposalStepCommand({ type, data: { congressId, proposalId } }, ctx));
  }

  @Post(`${PROPOSAL}/withdrawal`)
  @HttpCode(200)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({ status: 200, summary: 'The filer withdraws the proposal before it is screened' })
  withdraw(
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: WithdrawalRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposalStepCommand(
        { type: 'WithdrawProposal', data: { congressId, proposalId, reason: body.reason ?? '' } },
        ctx,
      ),
    );
  }

  @Post(`${PROPOSAL}/screening`)
  @HttpCode(200)
  @Allow(['delegate', 'union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'A member of the proposal committee screens: accepted, opinion, merged into another, or not accepted',
  })
  screen(
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: ScreeningRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      congressId,
      proposalId,
      outcome: body.outcome,
      mergeInto: body.mergeInto ?? null,
      reason: body.reason,
    };
    return this.commands.execute(new ProposalStepCommand({ type: 'ScreenProposal', data }, ctx));
  }

  @Post(`${PROPOSAL}/assignment`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'Assign an accepted proposal to school offices, due by the union’s policy',
  })
  assign(
    @Param('orgId') organisationId: string,
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: AssignmentRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AssignProposalCommand(
        { type: 'AssignProposal', data: { congressId, organisationId, proposalId, unitIds: body.unitIds } },
        ctx,
      ),
    );
  }

  @Put(`${UNIT}/draft-answer`)
  @HttpCode(200)
  @Allow(['handling-unit'], 'unitId')
  @CommandOperation({ status: 200, summary: 'The handling unit drafts (or redrafts) its answer; nobody else sees it' })
  draft(
    @Param('unitId') unitId: string,
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: AnswerRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const answer = {
      category: body.category,
      text: body.text,
      measures: body.measures ?? '',
      completionDate: body.completionDate ?? null,
    };
    return this.commands.execute(
      new ProposalStepCommand({ type: 'DraftAnswer', data: { congressId, proposalId, unitId, answer } }, ctx),
    );
  }

  @Post(`${UNIT}/publication`)
  @HttpCode(200)
  @Allow(['handling-unit'], 'unitId')
  @CommandOperation({ status: 200, hasBody: false, summary: 'Publish the drafted answer to the proposers' })
  publish(
    @Param('unitId') unitId: string,
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposalStepCommand({ type: 'PublishAnswer', data: { congressId, proposalId, unitId } }, ctx),
    );
  }

  @Post(`${UNIT}/questions/:questionId/answer`)
  @HttpCode(200)
  @Allow(['handling-unit'], 'unitId')
  @CommandOperation({ status: 200, summary: 'The unit answers a follow-up question (询问)' })
  answerFollowUp(
    @Param('unitId') unitId: string,
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Param('questionId') questionId: string,
    @Body() body: FollowUpAnswerRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ProposalStepCommand(
        { type: 'AnswerFollowUp', data: { congressId, proposalId, unitId, questionId, answer: body.answer } },
        ctx,
      ),
    );
  }

  @Post(`${PROPOSAL}/units/:unitId/rating`)
  @HttpCode(200)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'The filer or a co-signer rates the answer; "not satisfied" reopens the handling once',
  })
  rate(
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Param('unitId') unitId: string,
    @Body() body: RatingRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = { congressId, proposalId, unitId, rating: body.rating, comment: body.comment ?? '' };
    return this.commands.execute(new ProposalStepCommand({ type: 'RateAnswer', data }, ctx));
  }

  @Post(`${PROPOSAL}/units/:unitId/questions`)
  @HttpCode(201)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({ status: 201, summary: 'Any delegate puts a follow-up question (询问) to the handling unit' })
  ask(
    @Param('congressId') congressId: string,
    @Param('proposalId') proposalId: string,
    @Param('unitId') unitId: string,
    @Body() body: FollowUpRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      congressId,
      proposalId,
      unitId,
      questionId: body.questionId ?? randomUUID(),
      question: body.question,
    };
    return this.commands.execute(new AskFollowUpCommand({ type: 'AskFollowUp', data }, ctx));
  }

  @Get('congresses/:congressId/proposals')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @QueryOperation({
    response: [ProposalResponse],
    readAfter: true,
    validatesQuery: true,
    byId: true,
    summary: 'The proposal register: by number, filtered by stage, handling unit or overdue answers',
  })
  async list(@Param('congressId') congressId: string, @Query() query: ProposalListQuery) {
    await requireProposalBook(this.db, congressId);
    const filter = { stage: query.stage, unitId: query.unitId, overdue: query.overdue === 'true' };
    return listProposals(this.db, congressId, filter, this.today());
  }

  @Get('congresses/:congressId/proposals/:proposalId')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @QueryOperation({
    response: ProposalResponse,
    readAfter: true,
    byId: true,
    summary: 'One proposal: its co-signers, screening, merges, assignments, answers, ratings and follow-ups',
  })
  async get(@Param('congressId') congressId: string, @Param('proposalId') proposalId: string) {
    const found = await findProposal(this.db, congressId, proposalId, this.today());
    if (!found) throw new ProposalNotFound(`No proposal ${proposalId} in congress ${congressId}`);
    return found;
  }

  @Get('congresses/:congressId/delegates/:delegateId/proposals')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @QueryOperation({
    response: DelegateRecordResponse,
    readAfter: true,
    byId: true,
    summary: 'A delegate’s record: proposals filed and co-signed, ratings given, questions asked',
  })
  async delegate(@Param('congressId') congressId: string, @Param('delegateId') delegateId: string) {
    await requireProposalBook(this.db, congressId);
    return delegateRecord(this.db, congressId, delegateId);
  }

  @Get('handling-units/:unitId/assignments')
  @Allow(['handling-unit', 'union-staff', 'supervisor', 'auditor'])
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @QueryOperation({
    response: [UnitAssignmentResponse],
    readAfter: true,
    byId: true,
    summary: 'What a school office has to answer (overdue first by due date) and has answered, with answer times',
  })
  async unit(@Param('unitId') unitId: string) {
    if ((await this.facts.kindOf(unitId)) !== 'school-office')
      throw new HandlingUnitNotFound(`No school office ${unitId} is registered`);
    return unitAssignments(this.db, unitId, this.today());
  }
}
