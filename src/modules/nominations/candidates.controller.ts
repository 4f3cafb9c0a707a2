import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import {
  ConfirmCandidateListCommand,
  OpenNominationsCommand,
  PartyConsentCommand,
  RecommendCandidateCommand,
} from './candidate-list.command-handlers.js';
import { CheckEligibilityCommand, InterviewCommand } from './candidate-review.command-handlers.js';
import { CANDIDATES_READ_MODEL } from './read-models/candidates/candidates.projection.js';
import { listCandidates } from './read-models/candidates/candidates.queries.js';
import {
  ConfirmListRequest,
  InterviewRequest,
  OpenNominationsRequest,
  PartyConsentRequest,
  RecommendCandidateRequest,
} from './candidates.requests.js';
import { CandidateResponse } from './candidates.responses.js';
import { ELECTION_READERS } from '../elections/index.js';

const BASE = 'organisations/:orgId/elections/:electionId';

/** The candidate pipeline (domain.md "Presidium election"): each step by the body that owns it, for its own organisation. */
@ApiTags('elections')
@ApiBearerAuth()
@Controller('api/v1')
export class CandidatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post('organisations/:orgId/elections')
  @HttpCode(201)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({
    status: 201,
    summary: 'Open nominations for a presidium election of the congress (school union staff)',
  })
  open(
    @Param('orgId') orgId: string,
    @Body() body: OpenNominationsRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const { electionId, congressId } = body;
    return this.commands.execute(
      new OpenNominationsCommand(
        {
          electionId,
          congressId,
          organisationId: orgId,
          office: body.office ?? 'presidium',
          seats: body.seats ?? null,
        },
        ctx,
      ),
    );
  }

  @Post(`${BASE}/candidates`)
  @HttpCode(201)
  @Allow(['college-league-org'], 'orgId')
  @CommandOperation({
    status: 201,
    summary: 'Step 1: the college league organisation recommends a student of its college, with the résumé',
  })
  recommend(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: RecommendCandidateRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecommendCandidateCommand({ electionId, leagueOrgId: orgId, ...body }, ctx));
  }

  @Post(`${BASE}/candidates/:studentId/party-consent`)
  @HttpCode(200)
  @Allow(['college-party-org'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'Step 2: the college party organisation consents, or refuses with a reason',
  })
  consent(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Param('studentId') studentId: string,
    @Body() body: PartyConsentRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new PartyConsentCommand(
        { electionId, partyOrgId: orgId, studentId, consent: body.consent, reason: body.reason ?? '' },
        ctx,
      ),
    );
  }

  @Post(`${BASE}/candidates/:studentId/eligibility-check`)
  @HttpCode(200)
  @Allow(['student-affairs', 'youth-league-committee'], 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'Step 3a: check Art. 18 eligibility against the registry; a failure is recorded with each rule explained',
  })
  check(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Param('studentId') studentId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CheckEligibilityCommand({ electionId, reviewerOrgId: orgId, studentId }, ctx));
  }

  @Post(`${BASE}/candidates/:studentId/interview`)
  @HttpCode(200)
  @Allow(['student-affairs', 'youth-league-committee'], 'orgId')
  @CommandOperation({
    status: 200,
    summary:
      'Step 3b: student affairs and the Youth League committee each sign off the interview, or reject with a reason',
  })
  interview(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Param('studentId') studentId: string,
    @Body() body: InterviewRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      electionId,
      reviewerOrgId: orgId,
      studentId,
      approved: body.approved,
      notes: body.notes ?? '',
      reason: body.reason ?? '',
    };
    return this.commands.execute(new InterviewCommand(data, { ...ctx, reason: body.reason }));
  }

  @Post(`${BASE}/candidate-list/confirmation`)
  @HttpCode(200)
  @Allow(['party-committee'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'Step 4: the party committee confirms the final list (striking cleared candidates with reasons)',
  })
  confirm(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: ConfirmListRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const excluded = (body.excluded ?? []).map(({ studentId, reason }) => ({ studentId, reason }));
    return this.commands.execute(
      new ConfirmCandidateListCommand({ electionId, partyCommitteeId: orgId, excluded }, ctx),
    );
  }

  @Get('elections/:electionId/candidates')
  @Allow(ELECTION_READERS)
  @ReadsFrom(CANDIDATES_READ_MODEL)
  @QueryOperation({
    response: [CandidateResponse],
    readAfter: true,
    byId: true,
    summary: 'Every candidacy, its stage, and each body’s decision with its reasons',
  })
  candidates(@Param('electionId') electionId: string) {
    return listCandidates(this.db, electionId);
  }
}
