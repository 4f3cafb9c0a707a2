import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { LedgerKey } from '../../shared/audit/ledger/ledger-key.js';
import { auditFooter } from '../../shared/print/audit-footer.js';
import { renderPdf } from '../../shared/print/pdf.js';
import type { Clock } from '../../shared/clock.js';
import { FileQueryOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { printedCongressName } from '../congress/index.js';
import { listOrganisations } from '../organisations/index.js';
import { renderHandlingReport } from './read-models/proposal-register/handling-report.html.js';
import { handlingReportTables } from './read-models/proposal-register/handling-report.tables.js';
import { reportCsv, reportXlsx } from '../../shared/exports/report-file.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { CLOCK, LEDGER_KEY } from '../../shared/tokens.js';
import { beijingDate } from '../../shared/domain/beijing-date.js';
import { PROPOSAL_READERS } from './proposals.controller.js';
import { HandlingReportResponse } from './proposals.responses.js';
import { handlingReport } from './read-models/proposal-register/handling-report.js';
import { requireProposalBook } from './read-models/proposal-register/proposal-register.queries.js';
import { PROPOSAL_REGISTER_READ_MODEL } from './read-models/proposal-register/proposal-register.projection.js';

/** Art. 8 (5): the congress hears how its proposals were handled. */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1')
export class ProposalsReportController {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_KEY) private readonly ledgerKey: LedgerKey,
  ) {}

  @Get('congresses/:congressId/proposal-report')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @QueryOperation({
    response: HandlingReportResponse,
    readAfter: true,
    byId: true,
    summary:
      'The handling report: every proposal, its units, answer categories, days to answer, satisfaction, follow-ups',
  })
  async report(@Param('congressId') congressId: string) {
    return this.handling(congressId, await this.officeNames());
  }

  @Get('congresses/:congressId/proposal-report/export.csv')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="proposal-report.csv"')
  @FileQueryOperation({
    mediaType: 'text/csv',
    binary: false,
    readAfter: true,
    byId: true,
    summary: 'The handling report as CSV (UTF-8 with BOM, Chinese headers): totals, each unit, each proposal',
  })
  async reportCsv(@Param('congressId') congressId: string): Promise<Buffer> {
    return reportCsv(await this.tables(congressId));
  }

  @Get('congresses/:congressId/proposal-report/export.xlsx')
  @Allow(PROPOSAL_READERS)
  @ReadsFrom(PROPOSAL_REGISTER_READ_MODEL)
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="proposal-report.xlsx"')
  @FileQueryOperation({
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    binary: true,
    readAfter: true,
    byId: true,
    summary: 'The handling report as a workbook, a sheet per table',
  })
  async reportXlsx(@Param('congressId') congressId: string): Promise<Buffer> {
    return reportXlsx(await this.tables(congressId));
  }

  private async tables(congressId: string) {
    const names = await this.officeNames();
    return handlingReportTables(await this.handling(congressId, names), names);
  }

  /** The report with its units named by `names`, which the documents made of it name them by too. */
  private async handling(congressId: string, names: ReadonlyMap<string, string>) {
    await requireProposalBook(this.db, congressId);
    return handlingReport(this.db, congressId, beijingDate(this.clock.now().toISOString()), names);
  }

  /** School offices by name: the units a report names. */
  private async officeNames(): Promise<Map<string, string>> {
    const offices = await listOrganisations(this.db, { kind: 'school-office' });
    return new Map(offices.map((o) => [o.organisationId, o.name]));
  }

  @Get('congresses/:congressId/proposal-report.html')
  @Allow(PROPOSAL_READERS)
  @Header('content-type', 'text/html; charset=utf-8')
  @FileQueryOperation({
    mediaType: 'text/html',
    binary: false,
    byId: true,
    summary: 'The handling report as a printable Chinese document: offices by name, Beijing time, signature lines',
  })
  async reportHtml(@Param('congressId') congressId: string): Promise<string> {
    const names = await this.officeNames();
    const [report, title] = await Promise.all([
      this.handling(congressId, names),
      printedCongressName(this.db, congressId),
    ]);
    return renderHandlingReport(report, names, this.clock.now().toISOString(), title);
  }

  @Get('congresses/:congressId/proposal-report.pdf')
  @Allow(PROPOSAL_READERS)
  @Header('content-type', 'application/pdf')
  @Header('content-disposition', 'attachment; filename="proposal-report.pdf"')
  @FileQueryOperation({
    mediaType: 'application/pdf',
    binary: true,
    byId: true,
    summary:
      'The handling report as PDF (A4, headless Chromium), the audit ledger head in every page’s footer; 503 where no Chromium is installed',
  })
  async reportPdf(@Param('congressId') congressId: string): Promise<Buffer> {
    const html = await this.reportHtml(congressId);
    return renderPdf(html, await auditFooter(this.db, this.ledgerKey));
  }
}
