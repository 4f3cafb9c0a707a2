import type { Position } from '../../src/shared/event-store/event-store.port.js';
import { RAW_PAGE } from '../harness/log-pass.js';
import { registerWorkload } from '../harness/registry.js';
import { checkSeededStreams, seedLog } from '../harness/seed.js';
import type { Operation } from '../harness/types.js';

const PAGE = 500; // subscribeToAll's page size
const PREFIX = 'member';

/**
 * Pages through the whole log and starts over at the end (each full pass is counted as `passes`); a pass
 * that does not return exactly the seeded number of events fails the workload.
 */
function pager<C>(total: number, start: C, page: (cursor: C) => Promise<{ count: number; next: C }>): Operation {
  let cursor = start;
  let seen = 0;
  return async (_worker, tally) => {
    const { count, next } = await page(cursor);
    seen += count;
    cursor = next;
    if (count < PAGE) {
      if (seen !== total) throw new Error(`A pass through the log returned ${seen} events, expected ${total}`);
      tally.add('passes');
      cursor = start;
      seen = 0;
    }
    return count;
  };
}

registerWorkload({
  name: 'read-all',
  description:
    `Reading the whole log in global order, ${PAGE} events a page, one reader on one connection: what a projection ` +
    'catching up from the start does. Subject: PostgresEventStore.readAll (which also hides transactions newer ' +
    'than the oldest open one). Baseline: the raw SELECT ... WHERE (tx_id, global_seq) > cursor ORDER BY tx_id, ' +
    'global_seq LIMIT page, same columns. The log is seeded in bulk (--events), ten events a stream, streams interleaved.',
  async run(ctx) {
    const total = ctx.options.events;
    const db = await ctx.freshDatabase('log');
    const seeded = performance.now();
    await seedLog(db, { table: 'es.events', total, streams: Math.max(1, Math.round(total / 10)), prefix: PREFIX });
    await checkSeededStreams(db, PREFIX);
    const { rows } = await db.query<{ size: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size('es.events')) AS size`,
    );
    ctx.log(
      `seeded ${total} events in ${((performance.now() - seeded) / 1000).toFixed(1)} s (es.events ${rows[0]!.size})`,
    );

    const rawPool = await db.connect(1);
    const baseline = await ctx.measure({
      label: 'raw SELECT pages',
      workers: 1,
      db,
      op: pager(total, { tx: '0', seq: '0' }, async (cursor) => {
        const result = await rawPool.query<{ tx_id: string; global_seq: string }>(RAW_PAGE, [
          cursor.tx,
          cursor.seq,
          PAGE,
        ]);
        const last = result.rows[result.rows.length - 1];
        return { count: result.rows.length, next: last ? { tx: last.tx_id, seq: last.global_seq } : cursor };
      }),
    });
    await rawPool.end();

    const store = db.eventStore(await db.connect(1));
    const subject = await ctx.measure({
      label: 'PostgresEventStore.readAll pages',
      workers: 1,
      db,
      op: pager<Position | undefined>(total, undefined, async (after) => {
        const events = await store.readAll({ after, maxCount: PAGE });
        return { count: events.length, next: events[events.length - 1]?.position ?? after };
      }),
    });
    await store.close();

    const passSeconds = (eventsPerSec: number): string => (total / eventsPerSec).toFixed(2);
    ctx.compare({
      name: `${total.toLocaleString('en-US')} events, page ${PAGE}`,
      params: { events: total, page: PAGE },
      baseline,
      variants: [subject],
      notes:
        `es.events is ${rows[0]!.size}. A full catch-up over this log takes about ${passSeconds(subject.eventsPerSec)} s ` +
        `through readAll and ${passSeconds(baseline.eventsPerSec)} s raw.`,
    });
  },
});
