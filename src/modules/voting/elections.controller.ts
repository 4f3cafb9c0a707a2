import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { OpenRoundCommand, SecretariatStepCommand, SetUpElectionCommand } from './election.command-handlers.js';
import { TURNOUT_READ_MODEL } from './read-models/turnout/turnout.projection.js';
import { electionTurnout } from './read-models/turnout/turnout.queries.js';
import { OfficerRequest, OpenRoundRequest, ReasonRequest } from './voting.requests.js';
import { RoundTurnoutResponse } from './turnout.responses.js';
import { ROLL_READERS } from '../elections/index.js';

const BASE = 'organisations/:orgId/elections/:electionId';

/** The secretariat of the election (the holding union's staff): set-up, officers, rounds, seats; and the rounds' turnout. */
@ApiTags('elections')
@ApiBearerAuth()
@Controller('api/v1')
export class ElectionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post(`${BASE}/set-up`)
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 201,
    hasBody: false,
    summary: 'Set up the competitive election from the confirmed list; seats are the union’s presidiumSeats',
  })
  setUp(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new SetUpElectionCommand({ electionId, organisationId: orgId }, ctx));
  }

  @Post(`${BASE}/scrutineers`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'Appoint a scrutineer (监票人): never a candidate' })
  scrutineer(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: OfficerRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SecretariatStepCommand(
        { type: 'AppointScrutineer', data: { electionId, organisationId: orgId, ...body } },
        ctx,
      ),
    );
  }

  @Post(`${BASE}/tellers`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'Appoint a teller (计票人)' })
  teller(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: OfficerRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SecretariatStepCommand({ type: 'AppointTeller', data: { electionId, organisationId: orgId, ...body } }, ctx),
    );
  }

  @Post(`${BASE}/rounds`)
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Open the next round with the sitting’s quorum; the roll freezes to the delegates present (or QuorumNotReached)',
  })
  openRound(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: OpenRoundRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new OpenRoundCommand({ electionId, organisationId: orgId, sittingId: body.sittingId }, ctx),
    );
  }

  @Post(`${BASE}/seat-reduction`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'Record the congress resolving to reduce the seats to those elected, after a round left seats unfilled',
  })
  reduce(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: ReasonRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SecretariatStepCommand(
        { type: 'ReduceSeats', data: { electionId, organisationId: orgId, reason: body.reason } },
        ctx,
      ),
    );
  }

  @Get('elections/:electionId/turnout')
  @Allow(ROLL_READERS)
  @ReadsFrom(TURNOUT_READ_MODEL)
  @QueryOperation({
    response: [RoundTurnoutResponse],
    readAfter: true,
    byId: true,
    summary: 'Per round: who was issued a ballot and who returned one (never what anyone voted)',
  })
  turnout(@Param('electionId') electionId: string) {
    return electionTurnout(this.db, electionId);
  }
}
