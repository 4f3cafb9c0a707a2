import { Body, Controller, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation } from '../../shared/http/openapi/operations.decorator.js';
import { SecretBallotGuard } from './ballot-box/secret-ballot.guard.js';
import { CloseRoundCommand } from './close-round.command-handler.js';
import { CollectCredentialCommand, type IssuedCredential } from './credential.command-handlers.js';
import { EnterPaperBallotsCommand, PaperRollCommand } from './paper-ballot.command-handlers.js';
import { DelegateRequest, PaperBallotsRequest, ballotContent } from './voting.requests.js';
import { IssuedCredentialResponse, PaperBallotsEnteredResponse } from './voting.responses.js';

const ROUND = 'organisations/:orgId/elections/:electionId/rounds/:roundNumber';

/** A round while it is open: the delegate's credential, the tellers' paper roll and ballots, the scrutineer's close. */
@ApiTags('elections')
@ApiBearerAuth()
@Controller('api/v1')
export class VotingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(`${ROUND}/credential`)
  @HttpCode(201)
  @UseGuards(SecretBallotGuard)
  @Allow(['delegate'], 'orgId')
  @CommandOperation({
    status: 201,
    hasBody: false,
    idempotent: false,
    response: IssuedCredentialResponse,
    summary: 'A delegate on the roll collects a one-time ballot credential, shown once (no Idempotency-Key)',
  })
  collect(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Ctx() ctx: CommandContext,
  ): Promise<IssuedCredential> {
    return this.commands.execute(new CollectCredentialCommand({ electionId, roundNumber }, ctx));
  }

  @Post(`${ROUND}/paper-issues`)
  @HttpCode(200)
  @Allow(['teller'], 'orgId')
  @CommandOperation({ status: 200, summary: 'An appointed teller records a paper ballot handed to a delegate' })
  issue(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Body() body: DelegateRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new PaperRollCommand({ electionId, roundNumber, delegateId: body.delegateId, step: 'IssueBallot' }, ctx),
    );
  }

  @Post(`${ROUND}/paper-returns`)
  @HttpCode(200)
  @Allow(['teller'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'An appointed teller records a delegate putting a paper ballot into the box',
  })
  ret(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Body() body: DelegateRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new PaperRollCommand({ electionId, roundNumber, delegateId: body.delegateId, step: 'ReturnBallot' }, ctx),
    );
  }

  @Post(`${ROUND}/paper-ballots`)
  @HttpCode(200)
  @Allow(['teller'], 'orgId')
  @CommandOperation({
    status: 200,
    response: PaperBallotsEnteredResponse,
    summary:
      'An appointed teller enters paper ballots from the box under an appointed scrutineer; they join the sealed box',
  })
  paper(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Body() body: PaperBallotsRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<{ entered: number }> {
    return this.commands.execute(
      new EnterPaperBallotsCommand(
        { electionId, roundNumber, scrutineerId: body.scrutineerId, ballots: body.ballots.map(ballotContent) },
        ctx,
      ),
    );
  }

  @Post(`${ROUND}/closure`)
  @HttpCode(200)
  @Allow(['scrutineer'], 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary:
      'An appointed scrutineer closes the round: electronic returns as one sorted batch, the shuffled box counted',
  })
  close(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CloseRoundCommand({ electionId, roundNumber }, ctx));
  }
}
