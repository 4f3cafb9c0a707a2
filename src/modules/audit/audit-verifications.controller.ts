import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import type { CommandContext } from '../../shared/commands/command-context.js';
import { AuditVerifications } from './audit-verifications.js';
import { VerificationResponse } from './audit-verifications.responses.js';
import { type HistoryScope, ReaderScope } from '../history/index.js';
import { VerificationNeedsWholeLog, VerificationNotFound } from './audit.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Issue 13 item 5: verify the log through the API. Auditors and supervisors granted every organisation (the
 * report names every stream) start one and follow it; it writes no event.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/verifications')
export class AuditVerificationsController {
  constructor(private readonly verifications: AuditVerifications) {}

  @Post()
  @HttpCode(202)
  @Allow(['auditor', 'supervisor'])
  @CommandOperation({
    status: 202,
    response: VerificationResponse,
    hasBody: false,
    byId: false,
    summary: 'Start verifying every hash chain and ledger block (as `audit verify`); follow it at Location',
    description:
      'Answers 202 with the verification and a Location to follow. One runs at a time: asked while one runs, the ' +
      'answer is that one (`started: false` in the X-Verification-Started header).',
  })
  async start(@Ctx() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    wholeLog(context.actor.organisationId);
    const { started, verification } = await this.verifications.start(context.actor);
    reply.header('location', `/api/v1/audit/verifications/${verification.verificationId}`);
    reply.header('x-verification-started', String(started));
    return verification;
  }

  @Get()
  @Allow([])
  @QueryOperation({ response: [VerificationResponse], summary: 'The latest verifications, newest first (at most 20)' })
  recent(@ReaderScope() scope: HistoryScope) {
    wholeLog(scope.organisationId ?? '*');
    return this.verifications.recent();
  }

  @Get(':id')
  @Allow([])
  @QueryOperation({
    response: VerificationResponse,
    byId: true,
    summary: "A verification's progress, and its report once finished, with the time it took",
  })
  view(@Param('id') id: string, @ReaderScope() scope: HistoryScope) {
    wholeLog(scope.organisationId ?? '*');
    if (!UUID.test(id)) throw new VerificationNotFound(`No verification has id ${id}`);
    return this.verifications.view(id);
  }
}

function wholeLog(organisationId: string): void {
  if (organisationId !== '*')
    throw new VerificationNeedsWholeLog(
      `A verification reads every organisation's streams; ${organisationId} reads its own`,
    );
}
