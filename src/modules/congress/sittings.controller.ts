import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { AnswerWithTheAppend } from '../../shared/http/idempotency.interceptor.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { AttendanceRequest, OpenSittingRequest } from './congress.requests.js';
import { SittingResponse } from './congress.responses.js';
import { SittingNotFound } from './domain/sitting.errors.js';
import { ATTENDANCE } from './read-models/attendance/attendance.projection.js';
import { findSitting } from './read-models/attendance/attendance.queries.js';
import { OpenSittingCommand, SittingStepCommand } from './sitting.command-handlers.js';

@ApiTags('sittings')
@ApiBearerAuth()
@Controller('api/v1')
export class SittingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post('organisations/:organisationId/congresses/:congressId/sittings')
  @HttpCode(201)
  @Allow(['union-staff'], 'organisationId')
  @CommandOperation({ status: 201, summary: 'Open a sitting; its roll is the congress’s qualified delegates' })
  open(
    @Param('organisationId') organisationId: string,
    @Param('congressId') congressId: string,
    @Body() body: OpenSittingRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new OpenSittingCommand({ ...body, congressId, organisationId }, ctx));
  }

  @Post('organisations/:organisationId/sittings/:sittingId/check-ins')
  @HttpCode(200)
  // the busiest command of a sitting, and one command answered with its result
  @AnswerWithTheAppend()
  @Allow(['union-staff'], 'organisationId')
  @CommandOperation({ status: 200, summary: 'Check a delegate in; crossing the quorum is recorded with it' })
  checkIn(
    @Param('organisationId') organisationId: string,
    @Param('sittingId') sittingId: string,
    @Body() body: AttendanceRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SittingStepCommand(
        { type: 'CheckInDelegate', data: { sittingId, organisationId, delegateId: body.delegateId } },
        ctx,
      ),
    );
  }

  @Post('organisations/:organisationId/sittings/:sittingId/check-outs')
  @HttpCode(200)
  @AnswerWithTheAppend()
  @Allow(['union-staff'], 'organisationId')
  @CommandOperation({ status: 200, summary: 'Check a delegate out; losing the quorum is recorded with it' })
  checkOut(
    @Param('organisationId') organisationId: string,
    @Param('sittingId') sittingId: string,
    @Body() body: AttendanceRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SittingStepCommand(
        { type: 'CheckOutDelegate', data: { sittingId, organisationId, delegateId: body.delegateId } },
        ctx,
      ),
    );
  }

  @Post('organisations/:organisationId/sittings/:sittingId/business')
  @HttpCode(200)
  @Allow(['union-staff'], 'organisationId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'Open business (Art. 8: only with quorum; a failed attempt is recorded as SittingQuorumNotReached)',
  })
  openBusiness(
    @Param('organisationId') organisationId: string,
    @Param('sittingId') sittingId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SittingStepCommand({ type: 'OpenBusiness', data: { sittingId, organisationId } }, ctx),
    );
  }

  @Post('organisations/:organisationId/sittings/:sittingId/closure')
  @HttpCode(200)
  @Allow(['union-staff'], 'organisationId')
  @CommandOperation({ status: 200, hasBody: false, summary: 'Close the sitting' })
  close(
    @Param('organisationId') organisationId: string,
    @Param('sittingId') sittingId: string,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SittingStepCommand({ type: 'CloseSitting', data: { sittingId, organisationId } }, ctx),
    );
  }

  @Get('sittings/:sittingId')
  @Allow([
    'union-staff',
    'college-union-staff',
    'delegate',
    'party-committee',
    'student-affairs',
    'youth-league-committee',
  ])
  @ReadsFrom(ATTENDANCE)
  @QueryOperation({
    response: SittingResponse,
    readAfter: true,
    byId: true,
    summary: 'Attendance: present against elected, the quorum, and every time it was gained or lost',
  })
  async get(@Param('sittingId') sittingId: string) {
    const sitting = await findSitting(this.db, sittingId);
    if (!sitting) throw new SittingNotFound(`Sitting ${sittingId} has not been opened`);
    return sitting;
  }
}
