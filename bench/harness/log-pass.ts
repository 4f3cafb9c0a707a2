import type pg from 'pg';
import type { Driver } from './types.js';

/** The raw read of the log in global order: the columns and order PostgresEventStore.readAll uses, none of its mapping. */
export const RAW_PAGE = `SELECT global_seq, tx_id, stream_id, revision, event_id, event_type, data, metadata, recorded_at
                  FROM es.events WHERE (tx_id, global_seq) > ($1::text::xid8, $2::bigint)
                  ORDER BY tx_id, global_seq LIMIT $3`;

/** One raw pass over the whole log, `page` events a page; fails unless it returns exactly `expected` events. */
export async function rawPass(
  pool: pg.Pool,
  page: number,
  expected: number,
  onPage?: (ms: number) => void,
): Promise<number> {
  let cursor = { tx: '0', seq: '0' };
  let seen = 0;
  for (;;) {
    const t0 = performance.now();
    const { rows } = await pool.query<{ tx_id: string; global_seq: string }>(RAW_PAGE, [cursor.tx, cursor.seq, page]);
    onPage?.(performance.now() - t0);
    seen += rows.length;
    const last = rows[rows.length - 1];
    if (last) cursor = { tx: last.tx_id, seq: last.global_seq };
    if (rows.length < page) break;
  }
  if (seen !== expected) throw new Error(`A raw pass through the log returned ${seen} events, expected ${expected}`);
  return seen;
}

/**
 * A driver for one raw pass (a one-shot measurement: give it warmupMs 0). An operation is one page, and its
 * latency the page's round trip.
 */
export function rawPassDriver(pool: pg.Pool, page: number, expected: number): Driver {
  return async ({ record }) => {
    let pages = 0;
    const events = await rawPass(pool, page, expected, (ms) => {
      pages++;
      record(ms);
    });
    return { ops: pages, events };
  };
}

/** Samples the JS heap (used) while work runs: the part of RSS the process itself holds on to. */
export class HeapPeak {
  private peakBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 20).unref();
  }

  sample(): void {
    const used = process.memoryUsage().heapUsed;
    if (used > this.peakBytes) this.peakBytes = used;
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peakBytes;
  }
}

/** Runs a full garbage collection when node runs with --expose-gc (npm run bench does), so memory figures start low. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
