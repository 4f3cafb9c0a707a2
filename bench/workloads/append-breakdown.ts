import {
  Heads,
  appendOperation,
  measureEventStoreAppends,
  measureRawInserts,
  seedSmallStreams,
  streamChooser,
  workerConnections,
  type Attempt,
  type ConnectionMode,
  type ReadHead,
  type WorkerConnections,
} from '../harness/appenders.js';
import { RAW_COLUMNS, rawColumns } from '../harness/events.js';
import { registerWorkload } from '../harness/registry.js';
import type { BenchContext, BenchDatabase, Measurement } from '../harness/types.js';

const WRITERS = [1, 16];

/** es.append's two writes without PL/pgSQL: the streams UPDATE feeds the INSERT in one statement. */
const CTE_APPEND = `
  WITH s AS (
    UPDATE es.streams SET revision = revision + 1, updated_at = now()
    WHERE stream_id = $1 AND revision = $2::bigint RETURNING revision
  )
  INSERT INTO es.events (${RAW_COLUMNS})
  SELECT $1, s.revision, $3::uuid, $4::text, $5::int, $6::jsonb, $7::jsonb, $8::text, $9::text FROM s
  RETURNING global_seq, tx_id`;

const UPDATE_STREAM = `UPDATE es.streams SET revision = revision + 1, updated_at = now()
                       WHERE stream_id = $1 AND revision = $2 RETURNING revision`;
const INSERT_EVENT = `INSERT INTO es.events (${RAW_COLUMNS})
                      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING global_seq, tx_id`;

const esReadHead =
  (connections: WorkerConnections): ReadHead =>
  async (worker, stream) => {
    const { rows } = await connections.query(worker)(
      'SELECT revision::text AS revision FROM es.streams WHERE stream_id = $1',
      [stream],
    );
    return BigInt((rows[0] as { revision: string }).revision);
  };

/** One round trip, plain SQL. A conflict is an UPDATE that matched nothing: no row comes back, and no error. */
function cteAttempt(connections: WorkerConnections): Attempt {
  return async (worker, stream, expected, events) => {
    const { rowCount } = await connections.query(worker)(CTE_APPEND, rawColumns(stream, expected, events[0]!));
    return rowCount === 1 ? expected + 1n : 'conflict';
  };
}

/** The same writes as an explicit transaction: BEGIN, UPDATE, INSERT, COMMIT, four round trips. */
function transactionAttempt(connections: WorkerConnections): Attempt {
  return async (worker, stream, expected, events) => {
    const query = connections.query(worker);
    await query('BEGIN', []);
    try {
      const updated = await query(UPDATE_STREAM, [stream, expected.toString()]);
      if (updated.rowCount !== 1) {
        await query('ROLLBACK', []);
        return 'conflict';
      }
      await query(INSERT_EVENT, rawColumns(stream, expected + 1n, events[0]!));
      await query('COMMIT', []);
      return expected + 1n;
    } catch (error) {
      await query('ROLLBACK', []).catch(() => undefined);
      throw error;
    }
  };
}

async function measureSql(
  ctx: BenchContext,
  db: BenchDatabase,
  writers: number,
  label: string,
  mode: ConnectionMode,
  attempt: (connections: WorkerConnections) => Attempt,
): Promise<Measurement> {
  const pool = await db.connect(writers);
  const connections = await workerConnections(pool, writers, mode);
  try {
    const heads = await Heads.load(db, 'es.streams');
    const op = appendOperation({
      size: 1,
      heads,
      choose: streamChooser(writers),
      attempt: attempt(connections),
      readHead: esReadHead(connections),
    });
    return await ctx.measure({ label, workers: writers, op, db });
  } finally {
    connections.release();
    await pool.end();
  }
}

registerWorkload({
  name: 'append-breakdown',
  description:
    "Where a single-event append's time goes, at 1 and 16 writers, same streams and retry rule as append. " +
    'Variants of the Charter path: with synchronous_commit=off (no wait for the WAL flush at commit); ' +
    "es.append's two writes as one plain-SQL statement (UPDATE es.streams feeding INSERT es.events, a conflict is " +
    'zero rows rather than an error); as BEGIN/UPDATE/INSERT/COMMIT on a dedicated connection (four round trips); ' +
    'at 16 writers also with a uniform instead of Zipf stream choice (no hot streams) and the raw INSERT sent through ' +
    'pool.query as the adapter does (pg-pool closes the connection after a failed statement). ' +
    'Baseline: the raw single-row INSERT on a dedicated connection per writer; with synchronous_commit=off too.',
  async run(ctx) {
    const syncOff = { synchronous_commit: 'off' };
    for (const writers of WRITERS) {
      const contended = writers > 1;
      const db = await ctx.freshDatabase(`w${writers}`);
      await seedSmallStreams(db);
      const baseline = await measureRawInserts(ctx, { label: 'raw INSERT', db, writers, size: 1 });
      const variants: Measurement[] = [
        await measureEventStoreAppends(ctx, { label: 'es.append via PostgresEventStore', db, writers, size: 1 }),
        await measureEventStoreAppends(ctx, {
          label: 'es.append, synchronous_commit=off',
          db,
          writers,
          size: 1,
          settings: syncOff,
        }),
      ];
      if (contended)
        variants.push(
          await measureEventStoreAppends(ctx, {
            label: 'es.append, uniform streams',
            db,
            writers,
            size: 1,
            uniform: true,
          }),
        );
      variants.push(
        await measureSql(ctx, db, writers, 'UPDATE+INSERT as one SQL statement', 'pool.query', cteAttempt),
        await measureSql(
          ctx,
          db,
          writers,
          'BEGIN/UPDATE/INSERT/COMMIT, 4 round trips',
          'dedicated',
          transactionAttempt,
        ),
      );
      if (contended)
        variants.push(
          await measureRawInserts(ctx, {
            label: 'raw INSERT through pool.query',
            db,
            writers,
            size: 1,
            connection: 'pool.query',
          }),
        );
      variants.push(
        await measureRawInserts(ctx, {
          label: 'raw INSERT, synchronous_commit=off',
          db,
          writers,
          size: 1,
          settings: syncOff,
        }),
      );
      ctx.compare({
        name: `${writers} writer${writers === 1 ? '' : 's'}`,
        params: { writers, eventsPerAppend: 1 },
        baseline,
        variants,
      });
    }
  },
});
