import { Controller, Get, UseInterceptors, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { ContentLanguageInterceptor } from './content-language.interceptor.js';
import type { Language } from '../../shared/i18n/language.js';
import { QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { type PolicyChangeReport, HistoryReports, type RollImportReport } from './history-reports.js';
import { ReaderLanguage, ReaderScope } from './history-request.js';
import { HISTORY_STAFF_ROLES, type HistoryScope, organisationFilter } from './history-scope.js';
import { OrganisationHistoryQuery } from './history.requests.js';
import { PolicyChangeResponse, RollImportResponse } from './history.responses.js';

/** Issue 13 item 3: policy and roll-import history, as routes. */
@ApiTags('history')
@ApiBearerAuth()
@UseInterceptors(ContentLanguageInterceptor)
@Controller('api/v1/history')
export class HistoryReportsController {
  constructor(private readonly reports: HistoryReports) {}

  @Get('policy-changes')
  @Allow(HISTORY_STAFF_ROLES)
  @QueryOperation({
    response: [PolicyChangeResponse],
    validatesQuery: true,
    summary: 'Who changed which charter number, when, why, from what to what',
  })
  policyChanges(
    @Query() query: OrganisationHistoryQuery,
    @ReaderScope() scope: HistoryScope,
    @ReaderLanguage() language: Language,
  ): Promise<PolicyChangeReport[]> {
    return this.reports.policyChanges(organisationFilter(scope, query.organisationId), language);
  }

  @Get('roll-imports')
  @Allow(HISTORY_STAFF_ROLES)
  @QueryOperation({
    response: [RollImportResponse],
    validatesQuery: true,
    summary: "Every roll import: who, when, the file's SHA-256, its rows and what it changed",
  })
  rollImports(
    @Query() query: OrganisationHistoryQuery,
    @ReaderScope() scope: HistoryScope,
    @ReaderLanguage() language: Language,
  ): Promise<RollImportReport[]> {
    return this.reports.rollImports(organisationFilter(scope, query.organisationId), language);
  }
}
