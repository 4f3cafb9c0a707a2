import { Controller, Get, UseInterceptors, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { ContentLanguageInterceptor } from './content-language.interceptor.js';
import type { Language } from '../../shared/i18n/language.js';
import { QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ENTITY_STREAMS, type HistoryEntity } from './entity-streams.js';
import { type EntryPage, HistoryReader, type StreamsHistory } from './history-reader.js';
import { ReaderLanguage, ReaderScope, WantsNdjson } from './history-request.js';
import { HISTORY_STAFF_ROLES, type HistoryScope, organisationFilter } from './history-scope.js';
import { HistorySearchQuery, StreamHistoryQuery, checkedName } from './history.requests.js';
import { HistoryPageResponse, StreamHistoryResponse } from './history.responses.js';
import type { LogFilter } from './log-search.js';
import { NDJSON, ndjsonAnswer } from './ndjson.js';

const ENTITY_ROUTE = (summary: string) => QueryOperation({ response: StreamHistoryResponse, byId: true, summary });

/**
 * Issue 13 item 1: the supervisors' history. Supervisors and auditors read every organisation's (the guard adds
 * them to every GET); an organisation's own staff read their own organisation's events.
 */
@ApiTags('history')
@ApiBearerAuth()
@UseInterceptors(ContentLanguageInterceptor)
@Controller('api/v1/history')
export class HistoryController {
  constructor(private readonly reader: HistoryReader) {}

  @Get('streams/:stream')
  @Allow(HISTORY_STAFF_ROLES)
  @QueryOperation({
    response: StreamHistoryResponse,
    byId: true,
    validatesQuery: true,
    summary: 'One stream: every event with its revision, position, time, actor, correlation, hash and a sentence',
  })
  stream(
    @Param('stream') stream: string,
    @Query() query: StreamHistoryQuery,
    @ReaderScope() scope: HistoryScope,
    @ReaderLanguage() language: Language,
  ): Promise<StreamsHistory> {
    return this.reader.streams([checkedName(stream, 'stream')], scope, language, query);
  }

  @Get('organisations/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("An organisation's history: registration, renames, charter policy changes")
  organisation(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('organisations', id, scope, language);
  }

  @Get('students/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A student's history, personal values sealed (an erased student's shown as erased)")
  student(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('students', id, scope, language);
  }

  @Get('congresses/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A congress's history: convening, seat allocation, delegates")
  congress(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('congresses', id, scope, language);
  }

  @Get('sittings/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A sitting's history: attendance and every quorum decision")
  sitting(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('sittings', id, scope, language);
  }

  @Get('elections/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE(
    "An election's history: its candidate list, rounds (ballots only as the shuffled batch at the close) and result",
  )
  election(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('elections', id, scope, language);
  }

  @Get('proposal-books/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A congress's proposals (by congress id): the window, screening, assignments, answers, ratings")
  proposalBook(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('proposal-books', id, scope, language);
  }

  @Get('motions/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A motion's history: its putting, the vote (named votes, or a secret vote's count only) and its result")
  motion(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('motions', id, scope, language);
  }

  @Get('staff-registers/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE(
    "A union's staff register (by union id): departments, appointments with their Art. 18 checks, removals, the presidium",
  )
  staffRegister(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('staff-registers', id, scope, language);
  }

  @Get('college-assessments/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE(
    "A college union's assessment (by college union id, Art. 17 (5)): its semester reports, the school union's assessments, its rectifications",
  )
  collegeAssessment(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('college-assessments', id, scope, language);
  }

  @Get('staff-reviews/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE(
    "A union's semester review (by `<union id>.<semester>`, Art. 19-20): the panel, recusals, sheets, the results published together, re-reviews and decisions",
  )
  staffReview(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('staff-reviews', id, scope, language);
  }

  @Get('matters/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE("A matter's prior approval (Art. 12): its submission, each step's decision, returns, escalations")
  matter(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('matters', id, scope, language);
  }

  @Get('volunteer-projects/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE('A volunteer project (Art. 13): its opening, applications and invitations, hours, its close')
  volunteerProject(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('volunteer-projects', id, scope, language);
  }

  @Get('misconduct-cases/:id')
  @Allow(HISTORY_STAFF_ROLES)
  @ENTITY_ROUTE(
    'A misconduct case (Art. 21): confidential, shown to supervisors and auditors only (to staff it is 404)',
  )
  misconductCase(@Param('id') id: string, @ReaderScope() scope: HistoryScope, @ReaderLanguage() language: Language) {
    return this.entity('misconduct-cases', id, scope, language);
  }

  @Get('events')
  @Allow(HISTORY_STAFF_ROLES)
  @ApiResponse({
    status: 200,
    description: 'a page of entries; or, asked for NDJSON, every match as one entry per line',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(HistoryPageResponse) } },
      [NDJSON]: {
        schema: {
          type: 'string',
          description: 'one HistoryEntryResponse per line, then {"end":true,"count":n,"next":"<position>"}',
        },
      },
    },
  })
  @QueryOperation({
    response: HistoryPageResponse,
    validatesQuery: true,
    summary: 'Search the log by type, actor, organisation, correlation and time, a page at a time by position',
    description:
      'Continue with `from=<next>`: pages are stable while events are appended. With `Accept: application/x-ndjson` ' +
      'the answer streams every match up to the head as it stood (one entry per line, `limit` optional), ending ' +
      'with `{"end":true,"count":n,"next":"<position>"}`.',
  })
  async events(
    @Query() query: HistorySearchQuery,
    @ReaderScope() scope: HistoryScope,
    @ReaderLanguage() language: Language,
    @WantsNdjson() ndjson: boolean,
  ): Promise<EntryPage | StreamableFile> {
    const after = this.reader.position(query.from);
    const filter: LogFilter = {
      types: query.type?.split(','),
      actorId: query.actor,
      organisationId: organisationFilter(scope, query.organisationId),
      correlationId: query.correlationId,
      since: query.since,
      until: query.until,
      hideConfidential: !scope.confidential,
    };
    if (ndjson) return ndjsonAnswer(this.reader.scan(after, filter, language), query.from, query.limit);
    return this.reader.search(after, query.limit ?? 100, filter, language);
  }

  @Get('correlations/:correlationId')
  @Allow(HISTORY_STAFF_ROLES)
  @QueryOperation({
    response: HistoryPageResponse,
    byId: true,
    summary: 'Everything one request or workflow caused (one correlation id), in order',
  })
  correlation(
    @Param('correlationId') correlationId: string,
    @ReaderScope() scope: HistoryScope,
    @ReaderLanguage() language: Language,
  ): Promise<EntryPage> {
    return this.reader.correlation(checkedName(correlationId, 'correlation'), scope, language);
  }

  private entity(entity: HistoryEntity, id: string, scope: HistoryScope, language: Language) {
    return this.reader.streams(ENTITY_STREAMS[entity](checkedName(id, entity)), scope, language);
  }
}
