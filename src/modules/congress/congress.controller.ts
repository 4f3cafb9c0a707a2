import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import {
  CollegeCongressApprovalCommand,
  ConveneCongressCommand,
  DelegateStepCommand,
  RecommendDelegateCommand,
} from './congress.command-handlers.js';
import {
  CollegeCongressReplyRequest,
  ConveneCongressRequest,
  PartyApprovalRequest,
  CredentialsRequest,
  RecommendDelegateRequest,
  RecordElectionRequest,
  WithdrawalRequest,
} from './congress.requests.js';
import { CompositionResponse, CongressResponse, DelegateResponse } from './congress.responses.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import type { ElectionRecord } from './domain/congress.events.js';
import { CONGRESS_OVERVIEW } from './read-models/congress-overview/congress-overview.projection.js';
import { findCongress } from './read-models/congress-overview/congress-overview.queries.js';
import { congressComposition } from './read-models/delegate-roster/composition.queries.js';
import { DELEGATE_ROSTER } from './read-models/delegate-roster/delegate-roster.projection.js';
import { listDelegates } from './read-models/delegate-roster/delegate-roster.queries.js';

const READERS = [
  'union-staff',
  'college-union-staff',
  'class-league-branch',
  'delegate',
  'party-committee',
  'student-affairs',
  'youth-league-committee',
] as const;

@ApiTags('congress')
@ApiBearerAuth()
@Controller('api/v1')
export class CongressController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post('organisations/:organisationId/congresses')
  @HttpCode(201)
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @CommandOperation({
    status: 201,
    summary:
      'Convene a Student Congress and allocate its seats to colleges (school union staff); a college union’s congress only after the party organisation’s approval and the school union’s approving reply (Art. 17)',
  })
  convene(
    @Param('organisationId') organisationId: string,
    @Body() body: ConveneCongressRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ConveneCongressCommand(
        {
          ...body,
          organisationId,
          mainClubs: body.mainClubs ?? [],
          extraordinary: body.extraordinary ?? false,
          extraordinaryReason: body.extraordinaryReason ?? null,
        },
        ctx,
      ),
    );
  }

  @Post('organisations/:partyOrgId/congresses/:congressId/party-approval')
  @HttpCode(200)
  @Allow(['college-party-org'], 'partyOrgId')
  @CommandOperation({
    status: 200,
    summary:
      'Art. 17: the college party organisation approves its college union’s congress (学院党委批准), opening a request',
  })
  partyApproval(
    @Param('partyOrgId') partyOrgId: string,
    @Param('congressId') congressId: string,
    @Body() body: PartyApprovalRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new CollegeCongressApprovalCommand({ congressId, partyOrgId, reason: body.reason }, ctx),
    );
  }

  @Post('organisations/:schoolId/congresses/:congressId/school-reply')
  @HttpCode(200)
  @Allow(['union-staff'], 'schoolId')
  @CommandOperation({
    status: 200,
    summary:
      'Art. 17: the school union replies to a college congress’s approved request (校学生会批复): approves, or refuses with reasons',
  })
  schoolReply(
    @Param('schoolId') organisationId: string,
    @Param('congressId') congressId: string,
    @Body() body: CollegeCongressReplyRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new CollegeCongressApprovalCommand(
        { congressId, organisationId, approved: body.approved, reasons: body.reasons ?? '' },
        ctx,
      ),
    );
  }

  @Post('organisations/:branchId/congresses/:congressId/recommendations')
  @HttpCode(201)
  @Allow(['class-league-branch'], 'branchId')
  @CommandOperation({ status: 201, summary: 'A class league branch recommends a student of its college as delegate' })
  recommend(
    @Param('branchId') branchId: string,
    @Param('congressId') congressId: string,
    @Body() body: RecommendDelegateRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecommendDelegateCommand({ congressId, branchId, ...body }, ctx));
  }

  @Post('organisations/:collegeId/congresses/:congressId/delegates/:studentId/election')
  @HttpCode(200)
  @Allow(['college-union-staff'], 'collegeId')
  @CommandOperation({
    status: 200,
    summary: 'The college union records its election of a recommended student (votes or decision)',
  })
  elect(
    @Param('collegeId') collegeId: string,
    @Param('congressId') congressId: string,
    @Param('studentId') studentId: string,
    @Body() body: RecordElectionRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const record: ElectionRecord =
      body.method === 'vote'
        ? {
            method: 'vote',
            votesFor: body.votesFor ?? 0,
            votesAgainst: body.votesAgainst ?? 0,
            abstentions: body.abstentions ?? 0,
          }
        : { method: 'decision', reference: body.reference ?? '' };
    return this.commands.execute(
      new DelegateStepCommand(
        { type: 'ElectDelegate', data: { congressId, collegeId, studentId, elected: body.elected, record } },
        ctx,
      ),
    );
  }

  @Post('organisations/:organisationId/congresses/:congressId/delegates/:studentId/credentials')
  @HttpCode(200)
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @CommandOperation({
    status: 200,
    summary: 'The credentials check qualifies an elected delegate, or rejects with a reason',
  })
  credentials(
    @Param('organisationId') organisationId: string,
    @Param('congressId') congressId: string,
    @Param('studentId') studentId: string,
    @Body() body: CredentialsRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const step = body.qualified
      ? { type: 'QualifyDelegate' as const, data: { congressId, organisationId, studentId } }
      : { type: 'RejectDelegate' as const, data: { congressId, organisationId, studentId, reason: body.reason ?? '' } };
    return this.commands.execute(new DelegateStepCommand(step, { ...ctx, reason: body.reason }));
  }

  @Post('organisations/:organisationId/congresses/:congressId/delegates/:studentId/withdrawal')
  @HttpCode(200)
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @CommandOperation({
    status: 200,
    summary:
      'Record a delegate’s withdrawal (the convening union or the delegate’s college union); the seat can be refilled',
  })
  withdraw(
    @Param('organisationId') organisationId: string,
    @Param('congressId') congressId: string,
    @Param('studentId') studentId: string,
    @Body() body: WithdrawalRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DelegateStepCommand(
        { type: 'WithdrawDelegate', data: { congressId, organisationId, studentId, reason: body.reason } },
        { ...ctx, reason: body.reason },
      ),
    );
  }

  @Get('congresses/:congressId')
  @Allow([...READERS])
  @ReadsFrom(CONGRESS_OVERVIEW)
  @QueryOperation({
    response: CongressResponse,
    readAfter: true,
    byId: true,
    summary: 'The congress, its seat allocation per college and the arithmetic behind it',
  })
  async get(@Param('congressId') congressId: string) {
    return (await findCongress(this.db, congressId)) ?? notConvened(congressId);
  }

  @Get('congresses/:congressId/delegates')
  @Allow([...READERS])
  @ReadsFrom(DELEGATE_ROSTER)
  @ApiQuery({ name: 'collegeId', required: false })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: ['recommended', 'elected', 'not-elected', 'qualified', 'rejected', 'withdrawn'],
  })
  @QueryOperation({
    response: [DelegateResponse],
    readAfter: true,
    byId: true,
    summary: 'The delegate roster: every student put forward and where each stands',
  })
  delegates(
    @Param('congressId') congressId: string,
    @Query('collegeId') collegeId?: string,
    @Query('status') status?: string,
  ) {
    return listDelegates(this.db, congressId, { collegeId, status });
  }

  @Get('congresses/:congressId/composition')
  @Allow([...READERS])
  @ReadsFrom(CONGRESS_OVERVIEW, DELEGATE_ROSTER)
  @QueryOperation({
    response: CompositionResponse,
    readAfter: true,
    byId: true,
    summary: 'Seats filled against quota per college, non-officer share, grades and main clubs covered, with warnings',
  })
  async composition(@Param('congressId') congressId: string) {
    return (await congressComposition(this.db, congressId)) ?? notConvened(congressId);
  }
}

function notConvened(congressId: string): never {
  throw new CongressNotConvened(`Congress ${congressId} is not convened`);
}
