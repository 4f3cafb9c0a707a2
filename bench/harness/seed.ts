import { BENCH_EVENT_TYPE, BENCH_NOTE } from './events.js';

/** A pg client or a BenchDatabase: anything that runs one parameterised statement. */
type Queryable = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * The baseline table: es.events' columns, defaults, generated column, primary key, unique and other
 * indexes (LIKE ... INCLUDING ALL follows the migration if it changes), its own sequence, and none of
 * es.append, es.streams or the append-only triggers.
 */
export async function createRawEventsTable(db: Queryable): Promise<void> {
  await db.query('CREATE SCHEMA bench');
  await db.query('CREATE SEQUENCE bench.raw_global_seq');
  await db.query('CREATE TABLE bench.raw_events (LIKE es.events INCLUDING ALL)');
  await db.query(`ALTER TABLE bench.raw_events ALTER COLUMN global_seq SET DEFAULT nextval('bench.raw_global_seq')`);
}

export type SeedTable = 'es.events' | 'bench.raw_events';

export type SeedSpec = Readonly<{
  table: SeedTable;
  /** Events to write. */
  total: number;
  /** Event i goes to stream `${prefix}-${i % streams}` at revision floor(i / streams): streams interleave in the log. */
  streams: number;
  prefix: string;
  /** Rows per INSERT; each INSERT is its own transaction, so the log has many tx_ids as in real use. */
  chunk?: number;
}>;

/**
 * Writes a valid log in bulk with generate_series: every stream's revisions are 0-based and consecutive,
 * and (for es.events) es.streams holds each stream's last revision, as es.append would have left them.
 * Event ids, tx_id, global_seq and recorded_at come from the table's own defaults and gen_random_uuid().
 */
export async function seedLog(db: Queryable, spec: SeedSpec): Promise<void> {
  const chunk = spec.chunk ?? 50_000;
  for (let start = 0; start < spec.total; start += chunk) {
    const end = Math.min(spec.total, start + chunk) - 1;
    await db.query(
      `INSERT INTO ${spec.table} (stream_id, revision, event_id, event_type, schema_version, data, metadata, correlation_id, causation_id)
       SELECT $3 || '-' || (g % $4), g / $4, gen_random_uuid(), $5, 1,
              jsonb_build_object('seq', g, 'memberId', gen_random_uuid(), 'amount', g % 1000, 'note', $6::text),
              m.meta, m.meta->>'correlationId', m.meta->>'causationId'
       FROM generate_series($1::bigint, $2::bigint) AS g
       CROSS JOIN LATERAL (
         SELECT jsonb_build_object(
           'commandId', gen_random_uuid()::text, 'correlationId', gen_random_uuid()::text,
           'causationId', gen_random_uuid()::text, 'actorId', 'bench', 'actorRole', 'admin',
           'actorOrganisationId', 'bench-org',
           'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'schemaVersion', '1', 'prevHash', '', 'hash', '') AS meta
       ) AS m`,
      [start, end, spec.prefix, spec.streams, BENCH_EVENT_TYPE, BENCH_NOTE],
    );
  }
  if (spec.table === 'es.events') {
    await db.query(
      `INSERT INTO es.streams AS s (stream_id, revision)
       SELECT stream_id, max(revision) FROM es.events WHERE stream_id LIKE $1 || '-%' GROUP BY stream_id
       ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision, updated_at = now()`,
      [spec.prefix],
    );
  }
  await db.query(`VACUUM ANALYZE ${spec.table}`);
  if (spec.table === 'es.events') await db.query('VACUUM ANALYZE es.streams');
}

/** Fails loudly if a seeded log breaks the store's invariants: the benchmark would measure nonsense. */
export async function checkSeededStreams(db: Queryable, prefix: string): Promise<void> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS bad FROM (
       SELECT e.stream_id, count(*) AS n, min(e.revision) AS lo, max(e.revision) AS hi, s.revision AS head
       FROM es.events e LEFT JOIN es.streams s USING (stream_id)
       WHERE e.stream_id LIKE $1 || '-%'
       GROUP BY e.stream_id, s.revision
     ) x WHERE lo <> 0 OR hi <> n - 1 OR head IS DISTINCT FROM hi`,
    [prefix],
  );
  const bad = (rows[0] as { bad: number }).bad;
  if (bad > 0) throw new Error(`Seeding left ${bad} inconsistent stream(s) under ${prefix}-`);
}
