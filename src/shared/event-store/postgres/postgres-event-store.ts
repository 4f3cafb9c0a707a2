import { EventEmitter } from 'node:events';
import type { Pool, PoolClient } from 'pg';
import { guardAppend } from '../append-guards.js';
import { DuplicateEventIdError, EventStoreUnavailableError, StreamNotFoundError } from '../event-store.errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedState,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Revision,
  SubscribeOptions,
  SubscriptionItem,
  UnitOfWork,
} from '../event-store.port.js';
import {
  ANSWERED_APPEND_SQL,
  APPEND_SQL,
  type AppendRow,
  answerParams,
  appendParams,
  appendResult,
  conflictFrom,
} from './append-statement.js';
import { PG_START, comparePgPositions, decodePgPosition, encodePgPosition } from './pg-position.js';
import { toUnavailable } from './pg-unavailable.js';
import { waitForWakeUp } from '../../wait-for-wake-up.js';

type EventRow = {
  global_seq: string;
  tx_id: string;
  stream_id: string;
  revision: string;
  event_id: string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: NewEvent['metadata'];
  recorded_at: Date;
};

const EVENT_COLUMNS = 'global_seq, tx_id, stream_id, revision, event_id, event_type, data, metadata, recorded_at';

/** Failures in a row of a subscription's read before it gives up (about 25 s of waiting at a 50 ms poll). */
const SUBSCRIPTION_ATTEMPTS = 10;

export type PostgresEventStoreOptions = Readonly<{ maxEventBytes: number; pollIntervalMs: number }>;

/** The embedded default: an append is one call of es.append, one round trip. */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions,
  ) {}

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    { expected, within, answer }: AppendOptions,
  ): Promise<AppendResult> {
    guardAppend(stream, events, this.options.maxEventBytes);
    if (within) return this.appendWithin(within, stream, events, expected);
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toUnavailable(error);
    }
    let row: AppendRow;
    try {
      const parameters = appendParams(stream, events, expected);
      row = (
        answer
          ? await client.query<AppendRow>(ANSWERED_APPEND_SQL, [...parameters, ...answerParams(answer)])
          : await client.query<AppendRow>(APPEND_SQL, parameters)
      ).rows[0]!;
      client.release();
    } catch (error) {
      // A conflict leaves the connection healthy: hand it back rather than let the pool close it (under contention,
      // reopening a connection per conflict was the append path's main cost; see bench/README.md).
      const code = (error as { code?: string }).code;
      const conflict = code === 'ES409' || code === '23505';
      client.release(conflict ? undefined : (error as Error));
      if (!conflict) throw toUnavailable(error);
      const original = await this.findEarlierAppend(stream, events);
      if (original) return original;
      throw conflictFrom(error, stream, expected) ?? new DuplicateEventIdError(stream);
    }
    this.appended.emit('append');
    return appendResult(row);
  }

  /**
   * es.append on the caller's transaction, so the events commit or roll back with its other writes. A conflict
   * aborts that transaction, so there is no idempotent look-up here: the caller decides again in a new one.
   * Runners are woken once the caller commits (by its poke, or the next poll).
   */
  private async appendWithin(
    within: UnitOfWork,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedState,
  ): Promise<AppendResult> {
    try {
      const rows = (await within.query(APPEND_SQL, appendParams(stream, events, expected))) as AppendRow[];
      return appendResult(rows[0]!);
    } catch (error) {
      throw conflictFrom(error, stream, expected) ?? toUnavailable(error);
    }
  }

  /** Idempotent retry: the same event ids already stored in order in this stream answer as the first append did. */
  private async findEarlierAppend(stream: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    const { rows } = await this.pool.query<{
      stream_id: string;
      revision: string;
      tx_id: string;
      global_seq: string;
      event_id: string;
    }>(
      'SELECT stream_id, revision, tx_id, global_seq, event_id FROM es.events WHERE event_id = ANY($1::uuid[]) ORDER BY revision',
      [events.map((e) => e.id)],
    );
    if (rows.length !== events.length) return undefined;
    const consecutive = rows.every(
      (row, i) =>
        row.stream_id === stream &&
        row.event_id === events[i]!.id &&
        BigInt(row.revision) === BigInt(rows[0]!.revision) + BigInt(i),
    );
    if (!consecutive) return undefined;
    const last = rows[rows.length - 1]!;
    return { nextExpectedRevision: BigInt(last.revision), position: encodePgPosition(last.tx_id, last.global_seq) };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const from = options.from ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    const limit = options.maxCount ?? null;
    let rows: EventRow[];
    try {
      ({ rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es.events WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
         ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
        [stream, from.toString(), limit],
      ));
    } catch (error) {
      throw toUnavailable(error);
    }
    if (rows.length === 0 && (await this.getStreamRevision(stream)) === 'no_stream') {
      throw new StreamNotFoundError(stream);
    }
    for (const row of rows) yield toRecorded(row);
  }

  async getStreamRevision(stream: string): Promise<Revision | 'no_stream'> {
    try {
      const { rows } = await this.pool.query<{ revision: string }>(
        'SELECT revision FROM es.streams WHERE stream_id = $1',
        [stream],
      );
      return rows[0] ? BigInt(rows[0].revision) : 'no_stream';
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  async streamRevisions(): Promise<Map<string, Revision>> {
    try {
      const { rows } = await this.pool.query<{ stream_id: string; revision: string }>(
        'SELECT stream_id, revision FROM es.streams',
      );
      return new Map(rows.map((r) => [r.stream_id, BigInt(r.revision)]));
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  async readAll({ after, maxCount, filter, visibility = 'safe' }: ReadAllOptions): Promise<RecordedEvent[]> {
    const from = after ? decodePgPosition(after) : PG_START;
    const conditions = ['(tx_id, global_seq) > ($1::text::xid8, $2::bigint)'];
    if (visibility === 'safe') conditions.push('tx_id < pg_snapshot_xmin(pg_current_snapshot())');
    const params: unknown[] = [from.txId.toString(), from.seq.toString(), maxCount];
    if (filter?.streamPrefixes) {
      params.push(filter.streamPrefixes.map(likePrefix));
      conditions.push(`stream_id LIKE ANY($${params.length}::text[])`);
    }
    if (filter?.eventTypePrefixes) {
      params.push(filter.eventTypePrefixes.map(likePrefix));
      conditions.push(`event_type LIKE ANY($${params.length}::text[])`);
    }
    try {
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM es.events WHERE ${conditions.join(' AND ')} ORDER BY tx_id, global_seq LIMIT $3`,
        params,
      );
      return rows.map(toRecorded);
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  /**
   * Polls $all from `after` (exclusive), woken early by this process's appends. A lost connection is retried
   * from the last event delivered, waiting longer each time, and ends the subscription with
   * EventStoreUnavailableError after SUBSCRIPTION_ATTEMPTS failures in a row (issue 16 item 6: nothing missed
   * or repeated across a drop).
   */
  async *subscribeToAll({ after, filter, signal }: SubscribeOptions): AsyncIterable<SubscriptionItem> {
    let position = after;
    let caughtUp = false;
    let failures = 0;
    while (!signal.aborted && !this.closed) {
      let batch: RecordedEvent[];
      try {
        batch = await this.readAll({ after: position, maxCount: 500, filter });
        failures = 0;
      } catch (error) {
        if (!(error instanceof EventStoreUnavailableError) || ++failures >= SUBSCRIPTION_ATTEMPTS) throw error;
        await waitForWakeUp(
          this.appended,
          'append',
          Math.min(this.options.pollIntervalMs * 2 ** failures, 5_000),
          signal,
        );
        continue;
      }
      for (const event of batch) {
        if (signal.aborted) return;
        position = event.position;
        yield { kind: 'event', event };
      }
      if (batch.length < 500) {
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caughtUp', position };
        }
        await waitForWakeUp(this.appended, 'append', this.options.pollIntervalMs, signal);
      }
    }
  }

  comparePositions(a: Position, b: Position): -1 | 0 | 1 {
    return comparePgPositions(a, b);
  }

  async headPosition(): Promise<Position | null> {
    try {
      // Ordered by the xid8 column itself: the text alias would sort '999' after '6566'.
      const { rows } = await this.pool.query<{ tx: string; seq: string }>(
        'SELECT e.tx_id::text AS tx, e.global_seq AS seq FROM es.events e ORDER BY e.tx_id DESC, e.global_seq DESC LIMIT 1',
      );
      return rows[0] ? encodePgPosition(rows[0].tx, rows[0].seq) : null;
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  async ping(): Promise<boolean> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('SELECT 1 FROM es.streams LIMIT 1');
      return true;
    } catch {
      return false;
    } finally {
      client?.release();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.appended.emit('append');
    await this.pool.end();
  }
}

function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    stream: row.stream_id,
    revision: BigInt(row.revision),
    position: encodePgPosition(row.tx_id, row.global_seq),
    recordedAt: row.recorded_at,
  };
}
