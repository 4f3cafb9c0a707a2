import { Body, Controller, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../shared/auth/allow.decorator.js';
import { CommandOperation } from '../../shared/http/openapi/operations.decorator.js';
import { SecretBallotGuard } from './ballot-box/secret-ballot.guard.js';
import { CastBallotCommand } from './credential.command-handlers.js';
import { CastBallotRequest, ballotContent } from './voting.requests.js';
import { BallotAcceptedResponse } from './voting.responses.js';

/**
 * The ballot box. Its only authentication is the one-time credential in the body: no bearer token, so the server
 * does not learn who casts (docs/elections.md "Who may cast"). The answer carries nothing that could serve as a
 * receipt of how one voted.
 */
@ApiTags('ballot box')
@Controller('api/v1/ballot-box')
export class BallotBoxController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':electionId/rounds/:roundNumber/ballots')
  @HttpCode(202)
  @Public()
  @UseGuards(SecretBallotGuard)
  @CommandOperation({
    status: 202,
    isPublic: true,
    idempotent: false,
    response: BallotAcceptedResponse,
    problems: [403],
    summary: 'Cast a secret ballot with a one-time credential (no token, no Idempotency-Key)',
  })
  cast(
    @Param('electionId') electionId: string,
    @Param('roundNumber', ParseIntPipe) roundNumber: number,
    @Body() body: CastBallotRequest,
  ): Promise<{ accepted: true }> {
    return this.commands.execute(
      new CastBallotCommand({ electionId, roundNumber, credential: body.credential, ballot: ballotContent(body) }),
    );
  }
}
