import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import {
  CommandOperation,
  FileQueryOperation,
  QueryOperation,
} from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import type { LedgerKey } from '../../shared/audit/ledger/ledger-key.js';
import { auditFooter } from '../../shared/print/audit-footer.js';
import { renderPdf } from '../../shared/print/pdf.js';
import { LEDGER_KEY } from '../../shared/tokens.js';
import { printedCongressName } from '../congress/index.js';
import { listOrganisations } from '../organisations/index.js';
import { renderFilingPacket } from './filing-packet/filing-packet.html.js';
import { FilingPacketService } from './filing-packet/filing-packet.service.js';
import type { FilingPacket } from './filing-packet/filing-packet.js';
import { AnnounceResultCommand, ResultStepCommand } from './result.command-handlers.js';
import { APPROVAL_QUEUE_READ_MODEL } from './read-models/approval-queue/approval-queue.projection.js';
import { approvalQueue } from './read-models/approval-queue/approval-queue.queries.js';
import { ELECTION_RECORD_READ_MODEL } from './read-models/election-record/election-record.projection.js';
import { findElection } from './read-models/election-record/election-record.queries.js';
import { ELECTION_READERS } from '../elections/index.js';
import { ElectionNotSetUp } from '../voting/index.js';
import {
  AnnounceRequest,
  ApprovalRequest,
  FilingRequest,
  QueueQuery,
  ResubmissionRequest,
} from './results.requests.js';
import { ElectionResponse, QueueItemResponse } from './election-record.responses.js';
import { FilingPacketResponse } from './filing-packet/filing-packet.responses.js';

const BASE = 'organisations/:orgId/elections/:electionId';
const PACKET_READERS: readonly Role[] = ['union-staff', 'party-committee', 'federation'];
const QUEUE_READERS: readonly Role[] = [
  'union-staff',
  'college-party-org',
  'student-affairs',
  'youth-league-committee',
  'party-committee',
  'federation',
];

/** The result chain (domain.md): announced to the congress, approved by the party committee, filed with the federation. */
@ApiTags('elections')
@ApiBearerAuth()
@Controller('api/v1')
export class ResultsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly packets: FilingPacketService,
    private readonly db: DataSource,
    @Inject(LEDGER_KEY) private readonly ledgerKey: LedgerKey,
  ) {}

  @Post(`${BASE}/announcement`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'Announce the result to the congress, the elected in 姓氏笔画 order' })
  announce(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: AnnounceRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AnnounceResultCommand({ electionId, organisationId: orgId, sittingId: body.sittingId ?? null }, ctx),
    );
  }

  @Post(`${BASE}/result-approval`)
  @HttpCode(200)
  @Allow(['party-committee'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'The party committee approves the announced result, or returns it with reasons',
  })
  approve(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: ApprovalRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const data = {
      electionId,
      partyCommitteeId: orgId,
      approved: body.approved,
      reasons: body.reasons ?? [],
      reference: body.reference ?? '',
    };
    return this.commands.execute(new ResultStepCommand({ type: 'DecideResultApproval', data }, ctx));
  }

  @Post(`${BASE}/resubmission`)
  @HttpCode(200)
  @Allow(['union-staff'], 'orgId')
  @CommandOperation({ status: 200, summary: 'After a return, the union answers the reasons and resubmits the result' })
  resubmit(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: ResubmissionRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ResultStepCommand(
        { type: 'ResubmitResult', data: { electionId, organisationId: orgId, response: body.response } },
        ctx,
      ),
    );
  }

  @Post(`${BASE}/filing`)
  @HttpCode(200)
  @Allow(['federation'], 'orgId')
  @CommandOperation({
    status: 200,
    summary: 'The higher federation records the filing of the approved result: its reference and date',
  })
  file(
    @Param('orgId') orgId: string,
    @Param('electionId') electionId: string,
    @Body() body: FilingRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ResultStepCommand(
        {
          type: 'FileResult',
          data: { electionId, federationId: orgId, reference: body.reference, filedOn: body.filedOn },
        },
        ctx,
      ),
    );
  }

  @Get('elections/:electionId')
  @Allow(ELECTION_READERS)
  @ReadsFrom(ELECTION_RECORD_READ_MODEL)
  @QueryOperation({
    response: ElectionResponse,
    readAfter: true,
    byId: true,
    summary:
      'The election: candidates, officers, each round’s counts, tally and outcome, the elected, the result chain',
  })
  async election(@Param('electionId') electionId: string) {
    const found = await findElection(this.db, electionId);
    if (!found) throw new ElectionNotSetUp(`Election ${electionId} has not been set up`);
    return found;
  }

  @Get('elections/:electionId/filing-packet')
  @Allow(PACKET_READERS)
  @QueryOperation({
    response: FilingPacketResponse,
    byId: true,
    summary: 'The filing packet as JSON: candidates, counts, officers, rounds, result chain, audit head hashes',
  })
  packet(@Param('electionId') electionId: string): Promise<FilingPacket> {
    return this.packets.build(electionId);
  }

  @Get('elections/:electionId/filing-packet.html')
  @Allow(PACKET_READERS)
  @Header('content-type', 'text/html; charset=utf-8')
  @FileQueryOperation({
    mediaType: 'text/html',
    binary: false,
    byId: true,
    summary: 'The filing packet as a printable HTML document',
  })
  async packetHtml(@Param('electionId') electionId: string): Promise<string> {
    return this.packetDocument(await this.packets.build(electionId));
  }

  @Get('elections/:electionId/filing-packet.pdf')
  @Allow(PACKET_READERS)
  @Header('content-type', 'application/pdf')
  @Header('content-disposition', 'attachment; filename="filing-packet.pdf"')
  @FileQueryOperation({
    mediaType: 'application/pdf',
    binary: true,
    byId: true,
    summary:
      'The filing packet as PDF (A4, headless Chromium), the audit ledger head and the streams’ head hashes in every page’s footer; 503 where no Chromium is installed',
  })
  async packetPdf(@Param('electionId') electionId: string): Promise<Buffer> {
    const packet = await this.packets.build(electionId);
    return renderPdf(await this.packetDocument(packet), await auditFooter(this.db, this.ledgerKey, packet.audit.heads));
  }

  /** Organisations by name, not id: the union, the colleges, the party committee, the federation. */
  private async packetDocument(packet: FilingPacket): Promise<string> {
    const [organisations, title] = await Promise.all([
      listOrganisations(this.db, {}),
      packet.congressId ? printedCongressName(this.db, packet.congressId) : '—',
    ]);
    const names = new Map(organisations.map((o) => [o.organisationId, o.name]));
    return renderFilingPacket(packet, names, undefined, title);
  }

  @Get('approval-queue')
  @Allow(QUEUE_READERS)
  @ReadsFrom(APPROVAL_QUEUE_READ_MODEL)
  @QueryOperation({
    response: [QueueItemResponse],
    readAfter: true,
    validatesQuery: true,
    summary: 'What awaits each body: party consents, reviews, list confirmation, announcement, approval, filing',
  })
  queue(@Query() query: QueueQuery) {
    return approvalQueue(this.db, query);
  }
}
