import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AggregateFold } from '../../shared/domain/aggregate-fold.js';
import { StreamNotFoundError } from '../../shared/event-store/event-store.errors.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../shared/event-store/event-store.port.js';
import type { UpcasterChain } from '../../shared/event-store/upcasting.js';
import { RequestInvalid } from '../../shared/http/request-validation.js';
import { ProjectionService } from '../../shared/projections/projection-service.js';
import { type AsOf, type ExactAt, pastMoment, quoteName, replayAsOf } from '../../shared/projections/replay-as-of.js';
import { AGGREGATE_FOLDS, UPCASTER_CHAIN } from '../../shared/tokens.js';
import { HistoryContext } from './history-context.js';
import { HistoryNotFound, HistoryOutOfScope } from './history.errors.js';
import { type HistoryScope, heldToScope } from './history-scope.js';
import { SEALED, sealPersonalData, studentIdsIn } from './personal-data-seal.js';

/** A moment as a reader names it: a stream revision (one stream only), a global position or a time. */
export type Moment = Readonly<{ revision?: bigint }> & AsOf;

export type StreamStateAsOf = Readonly<{
  stream: string;
  aggregate: string;
  /** the last event folded in: the state is exact at it (null: the stream had no event yet) */
  exactAt: Readonly<{ revision: string; position: string; recordedAt: string }> | null;
  state: unknown;
}>;

export type ReadModelTableRows = Readonly<{ table: string; total: number; rows: Record<string, unknown>[] }>;
export type ReadModelAsOf = Readonly<{
  readModel: string;
  exactAt: Readonly<{ position: string; recordedAt: string }> | null;
  tables: ReadModelTableRows[];
}>;

export type RowFilter = Readonly<{ table?: string; column?: string; value?: string; limit: number; offset: number }>;

/**
 * Read models whose rows hold a student's opened personal data (the roster decrypts names with the student's
 * key): an as-of answer shows those columns sealed, as history shows the events (architecture.md "Personal data").
 */
const SEALED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  student_roster: ['name', 'student_number'],
};

/**
 * Issue 13 item 2: every aggregate as of a revision, a position or a time, folded from its own stream with the
 * module's evolve; every read model's rows as of a position or a time, replayed into scratch tables
 * (replayAsOf). Neither touches a live table; each answer names the position it is exact at.
 */
@Injectable()
export class PastStates {
  private readonly prefixes: string[];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTER_CHAIN) private readonly upcast: UpcasterChain,
    @Inject(AGGREGATE_FOLDS) private readonly folds: Readonly<Record<string, AggregateFold>>,
    private readonly projections: ProjectionService,
    private readonly db: DataSource,
  ) {
    // the longest prefix names a stream's aggregate: 'student-import-' before 'student-'
    this.prefixes = Object.keys(folds).sort((a, b) => b.length - a.length);
  }

  async aggregates(streams: readonly string[], moment: Moment, scope: HistoryScope): Promise<StreamStateAsOf[]> {
    if (moment.revision !== undefined && streams.length > 1) {
      throw new RequestInvalid([
        {
          field: 'revision',
          rule: 'oneStream',
          ownMessage: `revision counts within one stream; ${streams.join(', ')} are several: ask by position or at`,
        },
      ]);
    }
    const read = await Promise.all(streams.map((stream) => this.eventsUpTo(stream, moment)));
    if (read.every((r) => !r.exists)) throw new HistoryNotFound(`No event is stored in ${streams.join(', ')}`);
    heldToScope(
      read.flatMap((r) => r.events),
      scope,
      streams.join(', '),
    );
    const context = new HistoryContext(this.store);
    return Promise.all(
      streams.map(async (stream, i) => {
        const { events } = read[i]!;
        const fold = this.foldOf(stream);
        let state = fold.initialState();
        for (const event of events) state = fold.evolve(state, this.upcast(event));
        const plain = jsonSafe(state);
        const erased = await context.erasedAmong(studentIdsIn(plain));
        const last = events.at(-1);
        return {
          stream,
          aggregate: fold.aggregate,
          exactAt: last
            ? { revision: last.revision.toString(), position: last.position, recordedAt: last.recordedAt.toISOString() }
            : null,
          state: sealPersonalData({ state: plain }, erased).data.state,
        };
      }),
    );
  }

  /** The read models a past state can be asked of, with their tables. */
  readModels(): Array<{ name: string; tables: readonly string[] }> {
    return this.projections.names().map((name) => ({ name, tables: this.projections.definition(name)!.tables }));
  }

  async readModel(name: string, asOf: AsOf, filter: RowFilter, scope: HistoryScope) {
    const projection = this.projections.definition(name);
    if (!projection) throw new HistoryNotFound(`No read model is named ${name}`);
    if (scope.organisationId !== null) {
      throw new HistoryOutOfScope(
        `A read model holds every organisation's rows; ${scope.organisationId} reads its own`,
      );
    }
    const tables = filter.table === undefined ? projection.tables : [filter.table];
    if (!projection.tables.includes(tables[0]!)) {
      throw new RequestInvalid([
        { field: 'table', rule: 'isIn', ownMessage: `table must be one of ${projection.tables.join(', ')}` },
      ]);
    }
    return replayAsOf({
      store: this.store,
      db: this.db,
      projection,
      asOf,
      upcast: this.upcast,
      read: async (manager, exactAt): Promise<ReadModelAsOf> => ({
        readModel: name,
        exactAt: shownExactAt(exactAt),
        tables: await Promise.all(tables.map((table) => rowsOf(manager, table, filter))),
      }),
    });
  }

  private foldOf(stream: string): AggregateFold {
    const prefix = this.prefixes.find((p) => stream.startsWith(p));
    if (prefix === undefined) throw new HistoryNotFound(`No aggregate writes ${stream}`);
    return this.folds[prefix]!;
  }

  private async eventsUpTo(stream: string, moment: Moment): Promise<{ exists: boolean; events: RecordedEvent[] }> {
    const events: RecordedEvent[] = [];
    let exists = false;
    try {
      for await (const event of this.store.readStream(stream)) {
        exists = true;
        if (moment.revision !== undefined ? event.revision > moment.revision : pastMoment(this.store, event, moment))
          break;
        events.push(event);
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return { exists, events };
  }
}

const shownExactAt = (exactAt: ExactAt) =>
  exactAt && { position: exactAt.position, recordedAt: exactAt.recordedAt.toISOString() };

/** One table's rows in primary-key order, optionally those whose column equals a value (compared as text). */
async function rowsOf(manager: EntityManager, table: string, filter: RowFilter): Promise<ReadModelTableRows> {
  const columns: Array<{ name: string }> = await manager.query(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [quoteName(table)],
  );
  const keys: Array<{ name: string }> = await manager.query(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [quoteName(table)],
  );
  const names = columns.map((c) => c.name);
  if (filter.column !== undefined && !names.includes(filter.column)) {
    throw new RequestInvalid([
      { field: 'column', rule: 'isIn', ownMessage: `column must be a column of ${table}: ${names.join(', ')}` },
    ]);
  }
  const where = filter.column === undefined ? '' : `WHERE ${quoteName(filter.column)}::text = $1`;
  const parameters = filter.column === undefined ? [] : [filter.value ?? ''];
  const order = (keys.length > 0 ? keys : columns).map((c) => quoteName(c.name)).join(', ');
  const [{ total }]: Array<{ total: number }> = await manager.query(
    `SELECT count(*)::int AS total FROM ${quoteName(table)} ${where}`,
    parameters,
  );
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT * FROM ${quoteName(table)} ${where} ORDER BY ${order} LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    parameters,
  );
  const sealed = SEALED_COLUMNS[table] ?? [];
  return {
    table,
    total,
    rows: rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, sealed.includes(k) && v !== null ? SEALED : v])),
    ),
  };
}

/** A state as JSON shows it: sets as arrays, maps as objects, big integers as text. */
export function jsonSafe(value: unknown): unknown {
  if (value instanceof Set) return [...value].map(jsonSafe);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), jsonSafe(v)]));
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}
