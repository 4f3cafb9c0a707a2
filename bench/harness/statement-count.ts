import pg from 'pg';

/**
 * Issue 15: every SQL statement this process sends to PostgreSQL, counted where node-postgres sends it (the event
 * store's pool, TypeORM's driver and the harness's own connections all go through `Client.prototype.query`), so
 * that a measurement can say how many statements one operation cost. The harness's own sampling (pg_stat_activity,
 * WAL positions and their breakdown, CHECKPOINT) is left out.
 */
const HARNESS_SQL =
  /pg_stat_activity|pg_current_wal_lsn|pg_wal_lsn_diff|pg_get_wal_block_info|pg_walinspect|^CHECKPOINT/;
let sent = 0;
let installed = false;

export function countStatements(): void {
  if (installed) return;
  installed = true;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function query(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (typeof text !== 'string' || !HARNESS_SQL.test(text)) sent++;
    return original.apply(this, args);
  };
}

/** Statements sent so far (0 until countStatements is called). */
export const statementsSent = (): number => sent;
