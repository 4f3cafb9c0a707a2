import type pg from 'pg';
import { WrongExpectedVersionError } from '../../src/shared/event-store/event-store.errors.js';
import type { NewEvent } from '../../src/shared/event-store/event-store.port.js';
import type { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { RAW_CASTS, RAW_COLUMNS, benchEvent, rawColumns, rawValuesList } from './events.js';
import { seededRandom, Zipf } from './random.js';
import { checkSeededStreams, seedLog } from './seed.js';
import type { BenchContext, BenchDatabase, Measurement, Operation, Tally } from './types.js';

/** The append workloads write to this many small streams, chosen Zipf-like: a few are hot, most are cold. */
export const STREAM_COUNT = 10_000;
export const STREAM_PREFIX = 'account';
export const zipf = new Zipf(STREAM_COUNT, 1);

export function streamName(k: number): string {
  return `${STREAM_PREFIX}-${k}`;
}

/** How contended the stream choice is, for the report's notes. */
export function zipfNote(): string {
  const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
  return `Zipf(s=1) over ${STREAM_COUNT.toLocaleString('en-US')} streams: the hottest takes ${pct(zipf.share(1))} of appends, the ten hottest ${pct(zipf.share(10))}.`;
}

/** Every stream starts with one event (revision 0) in es.events/es.streams and in bench.raw_events, so all appends are to existing streams. */
export async function seedSmallStreams(db: BenchDatabase): Promise<void> {
  await seedLog(db, { table: 'es.events', total: STREAM_COUNT, streams: STREAM_COUNT, prefix: STREAM_PREFIX });
  await seedLog(db, { table: 'bench.raw_events', total: STREAM_COUNT, streams: STREAM_COUNT, prefix: STREAM_PREFIX });
  await checkSeededStreams(db, STREAM_PREFIX);
}

/**
 * The head revision of each stream as this process last saw it, shared by all writers of one variant: a
 * writer appends with that exact expected revision and only conflicts when another writer got in first.
 */
export class Heads {
  private readonly revisions = new BigInt64Array(STREAM_COUNT);

  /** The heads as they are now, so a variant measured after another on the same database starts in sync. */
  static async load(db: BenchDatabase, table: 'es.streams' | 'bench.raw_events'): Promise<Heads> {
    const sql =
      table === 'es.streams'
        ? 'SELECT stream_id, revision::text AS revision FROM es.streams WHERE stream_id LIKE $1'
        : 'SELECT stream_id, max(revision)::text AS revision FROM bench.raw_events WHERE stream_id LIKE $1 GROUP BY stream_id';
    const { rows } = await db.query<{ stream_id: string; revision: string }>(sql, [`${STREAM_PREFIX}-%`]);
    const heads = new Heads();
    for (const row of rows) heads.observe(Number(row.stream_id.slice(STREAM_PREFIX.length + 1)), BigInt(row.revision));
    return heads;
  }

  get(k: number): bigint {
    return this.revisions[k]!;
  }
  observe(k: number, revision: bigint): void {
    if (revision > this.revisions[k]!) this.revisions[k] = revision;
  }
}

/** Per worker, the same seeded sequence of streams in every variant, so they all face the same contention. */
export function streamChooser(workers: number, uniform = false): (worker: number) => number {
  const randoms = Array.from({ length: workers }, (_, w) => seededRandom(0x5eed + w));
  return (worker) => {
    const random = randoms[worker]!;
    return uniform ? Math.floor(random() * STREAM_COUNT) : zipf.pick(random);
  };
}

/** One attempt by `worker` with the expected head: the new head, or 'conflict' when another writer moved the stream. */
export type Attempt = (
  worker: number,
  stream: string,
  expected: bigint,
  events: readonly NewEvent[],
) => Promise<bigint | 'conflict'>;
export type ReadHead = (worker: number, stream: string) => Promise<bigint>;

/**
 * A command-like append: pick a stream, append `size` fresh events with the known head as the exact
 * expected revision; on a conflict re-read the head and try again (counted as `conflicts`). The latency of
 * the operation includes its retries, as a command's would.
 */
export function appendOperation(options: {
  size: number;
  heads: Heads;
  choose: (worker: number) => number;
  attempt: Attempt;
  readHead: ReadHead;
}): Operation {
  let seq = 0;
  return async (worker: number, tally: Tally) => {
    const k = options.choose(worker);
    const stream = streamName(k);
    const events = Array.from({ length: options.size }, () => benchEvent(seq++));
    for (let tries = 0; tries < 1000; tries++) {
      const result = await options.attempt(worker, stream, options.heads.get(k), events);
      if (result !== 'conflict') {
        options.heads.observe(k, result);
        return events.length;
      }
      tally.add('conflicts');
      options.heads.observe(k, await options.readHead(worker, stream));
    }
    throw new Error(`Gave up on ${stream} after 1000 conflicts`);
  };
}

/** The subject: PostgresEventStore.appendToStream, i.e. one call of es.append through the store's pool. */
export function eventStoreAttempt(store: PostgresEventStore): { attempt: Attempt; readHead: ReadHead } {
  return {
    attempt: async (_worker, stream, expected, events) => {
      try {
        return (await store.appendToStream(stream, events, { expected })).nextExpectedRevision;
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) return 'conflict';
        throw error;
      }
    },
    readHead: async (_worker, stream) => {
      const revision = await store.getStreamRevision(stream);
      if (revision === 'no_stream') throw new Error(`${stream} vanished`);
      return revision;
    },
  };
}

export type Query = (sql: string, params: unknown[]) => Promise<pg.QueryResult>;

/**
 * How a raw variant talks to PostgreSQL. 'dedicated': every writer checks a connection out for the whole
 * measurement and sends its statements on it, which is raw PostgreSQL. 'pool.query': every statement goes
 * through pool.query as PostgresEventStore's do, and pg-pool then closes the connection after any failed
 * statement (a unique violation included), so the next statement opens a new one.
 */
export type ConnectionMode = 'dedicated' | 'pool.query';

export type WorkerConnections = { query(worker: number): Query; release(): void };

export async function workerConnections(
  pool: pg.Pool,
  workers: number,
  mode: ConnectionMode,
): Promise<WorkerConnections> {
  if (mode === 'pool.query') return { query: () => (sql, params) => pool.query(sql, params), release: () => undefined };
  const clients = await Promise.all(Array.from({ length: workers }, () => pool.connect()));
  return {
    query: (worker) => (sql, params) => clients[worker]!.query(sql, params),
    release: () => {
      for (const client of clients) client.release();
    },
  };
}

/** 'values': INSERT ... VALUES (...), (...) with a parameter per cell; 'unnest': INSERT ... SELECT FROM unnest(arrays), as es.append does. */
export type RawStyle = 'values' | 'unnest';

/**
 * The baseline: one INSERT (single- or multi-row) of the same columns es.append fills, into a table of
 * es.events' shape; the primary key (stream_id, revision) is the only concurrency check.
 */
export function rawInsertAttempt(
  connections: WorkerConnections,
  style: RawStyle = 'values',
): { attempt: Attempt; readHead: ReadHead } {
  const statements = new Map<number, string>();
  const statement = (rows: number): string => {
    let sql = statements.get(rows);
    if (!sql) {
      sql =
        style === 'values'
          ? `INSERT INTO bench.raw_events (${RAW_COLUMNS}) VALUES ${rawValuesList(rows)} RETURNING global_seq, tx_id`
          : `INSERT INTO bench.raw_events (${RAW_COLUMNS}) SELECT * FROM unnest(${RAW_CASTS.map((c, i) => `$${i + 1}::${c}[]`).join(', ')}) RETURNING global_seq, tx_id`;
      statements.set(rows, sql);
    }
    return sql;
  };
  const parameters = (stream: string, expected: bigint, events: readonly NewEvent[]): unknown[] => {
    const rows = events.map((e, i) => rawColumns(stream, expected + 1n + BigInt(i), e));
    // values: one parameter per cell; unnest: one array parameter per column
    return style === 'values' ? rows.flat() : RAW_CASTS.map((_, c) => rows.map((row) => row[c]));
  };
  return {
    attempt: async (worker, stream, expected, events) => {
      try {
        await connections.query(worker)(statement(events.length), parameters(stream, expected, events));
        return expected + BigInt(events.length);
      } catch (error) {
        if (isUniqueViolation(error)) return 'conflict';
        throw error;
      }
    },
    readHead: async (worker, stream) => {
      const { rows } = await connections.query(worker)(
        'SELECT max(revision)::text AS head FROM bench.raw_events WHERE stream_id = $1',
        [stream],
      );
      return BigInt((rows[0] as { head: string }).head);
    },
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

export type AppendRun = Readonly<{
  label: string;
  db: BenchDatabase;
  writers: number;
  size: number;
  /** Session settings for every connection, e.g. { synchronous_commit: 'off' }. */
  settings?: Readonly<Record<string, string>>;
  uniform?: boolean;
  /** Raw INSERTs only; default 'values'. */
  rawStyle?: RawStyle;
  /** Raw INSERTs only; default 'dedicated'. */
  connection?: ConnectionMode;
}>;

/** Measures PostgresEventStore appends over a pool of `writers` connections (the store uses pool.query). */
export async function measureEventStoreAppends(ctx: BenchContext, run: AppendRun): Promise<Measurement> {
  const store = run.db.eventStore(await run.db.connect(run.writers, run.settings));
  try {
    const heads = await Heads.load(run.db, 'es.streams');
    const op = appendOperation({
      size: run.size,
      heads,
      choose: streamChooser(run.writers, run.uniform),
      ...eventStoreAttempt(store),
    });
    return await ctx.measure({ label: run.label, workers: run.writers, op, db: run.db });
  } finally {
    await store.close();
  }
}

/** Measures raw INSERTs into bench.raw_events over `writers` connections. */
export async function measureRawInserts(ctx: BenchContext, run: AppendRun): Promise<Measurement> {
  const pool = await run.db.connect(run.writers, run.settings);
  const connections = await workerConnections(pool, run.writers, run.connection ?? 'dedicated');
  try {
    const heads = await Heads.load(run.db, 'bench.raw_events');
    const op = appendOperation({
      size: run.size,
      heads,
      choose: streamChooser(run.writers, run.uniform),
      ...rawInsertAttempt(connections, run.rawStyle),
    });
    return await ctx.measure({ label: run.label, workers: run.writers, op, db: run.db });
  } finally {
    connections.release();
    await pool.end();
  }
}
