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
import type { PolicyChanges } from '../organisations/index.js';
import { MotionNotFound } from './domain/motion.errors.js';
import {
  CloseMotionVoteCommand,
  MotionStepCommand,
  OpenMotionVoteCommand,
  PutMotionCommand,
} from './motion.command-handlers.js';
import {
  MotionTallyRequest,
  OpenMotionVoteRequest,
  PutMotionRequest,
  RollCallVoteRequest,
} from './motions.requests.js';
import { CharterVersionResponse, MotionResponse } from './motions.responses.js';
import { MOTION_RECORD_READ_MODEL } from './read-models/motion-record/motion-record.projection.js';
import { charterVersions, findMotion, listMotions } from './read-models/motion-record/motion-record.queries.js';

const MOTION = 'organisations/:orgId/motions/:motionId';
const READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'delegate',
  'student-affairs',
  'youth-league-committee',
  'party-committee',
  'federation',
  'supervisor',
  'auditor',
];

/** The congress's motions (Art. 8 (1), (2), (6); Art. 23): put by the convening union, voted by the delegates present. */
@ApiTags('motions')
@ApiBearerAuth()
@Controller('api/v1')
export class MotionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post('organisations/:orgId/motions')
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Put a motion on the congress’s business: a charter amendment (with policyChanges), the work report, a major matter',
  })
  put(
    @Param('orgId') organisationId: string,
    @Body() body: PutMotionRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const policyChanges = (body.policyChanges as PolicyChanges | undefined) ?? null;
    return this.commands.execute(new PutMotionCommand({ ...body, organisationId, policyChanges }, ctx));
  }

  @Post(`${MOTION}/vote`)
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Open the vote at a sitting of the congress: MotionVoteOpened (roll frozen to those present) or MotionQuorumNotReached',
  })
  open(
    @Param('orgId') organisationId: string,
    @Param('motionId') motionId: string,
    @Body() body: OpenMotionVoteRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new OpenMotionVoteCommand({ motionId, organisationId, sittingId: body.sittingId }, ctx),
    );
  }

  @Post(`${MOTION}/vote/ballots`)
  @HttpCode(200)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'A delegate on the roll votes in a named (roll-call) vote: for, against, abstain',
  })
  vote(
    @Param('motionId') motionId: string,
    @Body() body: RollCallVoteRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new MotionStepCommand({ type: 'CastRollCallVote', data: { motionId, choice: body.choice } }, ctx),
    );
  }

  @Post(`${MOTION}/vote/tally`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'Enter the tellers’ count of a secret paper vote, under a scrutineer' })
  tally(
    @Param('orgId') organisationId: string,
    @Param('motionId') motionId: string,
    @Body() body: MotionTallyRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new MotionStepCommand({ type: 'EnterMotionTally', data: { motionId, organisationId, ...body } }, ctx),
    );
  }

  @Post(`${MOTION}/vote/closure`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary:
      'Close the vote: MotionAdopted or MotionRejected by the rule, or MotionVoteVoided; an adopted amendment changes the policy',
  })
  close(
    @Param('orgId') organisationId: string,
    @Param('motionId') motionId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CloseMotionVoteCommand({ motionId, organisationId }, ctx));
  }

  @Get('congresses/:congressId/motions')
  @Allow(READERS)
  @ReadsFrom(MOTION_RECORD_READ_MODEL)
  @QueryOperation({
    response: [MotionResponse],
    readAfter: true,
    byId: true,
    summary: 'The congress’s motions and their results',
  })
  list(@Param('congressId') congressId: string) {
    return listMotions(this.db, congressId);
  }

  @Get('organisations/:orgId/charter-versions')
  @Allow(READERS)
  @ReadsFrom(MOTION_RECORD_READ_MODEL)
  @QueryOperation({
    response: [CharterVersionResponse],
    readAfter: true,
    byId: true,
    summary: 'The union’s charter as amended (Art. 23): each adopted amendment, its text and numbers, as a version',
  })
  versions(@Param('orgId') organisationId: string) {
    return charterVersions(this.db, organisationId);
  }

  @Get('motions/:motionId')
  @Allow(READERS)
  @ReadsFrom(MOTION_RECORD_READ_MODEL)
  @QueryOperation({
    response: MotionResponse,
    readAfter: true,
    byId: true,
    summary: 'One motion: its text, rule, vote and result',
  })
  async get(@Param('motionId') motionId: string) {
    const found = await findMotion(this.db, motionId);
    if (!found) throw new MotionNotFound(`No motion ${motionId}`);
    return found;
  }
}
