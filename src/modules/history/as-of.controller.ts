import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { AggregateAsOfQuery, ReadModelAsOfQuery, momentOf } from './as-of.requests.js';
import { AggregateStatesResponse, ReadModelAsOfResponse, ReadModelInfoResponse } from './as-of.responses.js';
import { ENTITY_STREAMS, type HistoryEntity } from './entity-streams.js';
import { HistoryNotFound } from './history.errors.js';
import { ReaderScope } from './history-request.js';
import type { HistoryScope } from './history-scope.js';
import { checkedName } from './history.requests.js';
import { PastStates } from './past-states.js';

/**
 * Issue 13 item 2: state as of any moment, for the read-only roles and admin (the guard adds them to every GET;
 * no other role is named). A read-only grant for one organisation reads its own aggregates only.
 */
@ApiTags('history')
@ApiBearerAuth()
@Controller('api/v1/history')
export class AsOfController {
  constructor(private readonly past: PastStates) {}

  @Get('state/:entity/:id')
  @Allow([])
  @QueryOperation({
    response: AggregateStatesResponse,
    byId: true,
    validatesQuery: true,
    summary: 'An aggregate as of a revision, a position or a time (default now), folded from its own stream',
    description:
      `entity is one of ${Object.keys(ENTITY_STREAMS).join(', ')}. Give at most one of revision (one-stream ` +
      'entities), position and at. Each stream answers with the position its state is exact at.',
  })
  state(
    @Param('entity') entity: string,
    @Param('id') id: string,
    @Query() query: AggregateAsOfQuery,
    @ReaderScope() scope: HistoryScope,
  ) {
    if (!Object.hasOwn(ENTITY_STREAMS, entity)) throw new HistoryNotFound(`No kind of entity is named ${entity}`);
    return this.past
      .aggregates(ENTITY_STREAMS[entity as HistoryEntity](checkedName(id, entity)), momentOf(query), scope)
      .then((streams) => ({ streams }));
  }

  @Get('read-models')
  @Allow([])
  @QueryOperation({ response: [ReadModelInfoResponse], summary: 'The read models a past state can be asked of' })
  readModels() {
    return this.past.readModels();
  }

  @Get('read-models/:name')
  @Allow([])
  @QueryOperation({
    response: ReadModelAsOfResponse,
    byId: true,
    validatesQuery: true,
    summary: "A read model's rows as of a position or a time, replayed into scratch tables (the live ones untouched)",
    description:
      'Replays the log from its first event up to the moment: the cost grows with the log up to then. Give at most ' +
      'one of position and at; filter one table with table, column and value; page with limit and offset.',
  })
  readModel(@Param('name') name: string, @Query() query: ReadModelAsOfQuery, @ReaderScope() scope: HistoryScope) {
    const moment = momentOf(query);
    return this.past.readModel(
      name,
      moment,
      {
        table: query.table,
        column: query.column,
        value: query.value,
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      },
      scope,
    );
  }
}
