import { registerWorkload } from '../harness/registry.js';
import { seedLog } from '../harness/seed.js';
import type { BenchEventData } from '../harness/events.js';

const STREAM_EVENTS = 10_000;
/** The stream shares the log with nine others of the same length, interleaved, as it would in real use. */
const STREAMS = 10;
const PREFIX = 'ledger';
const STREAM = `${PREFIX}-0`;
const TARGETS = [999n, 8_999n];

const RAW_STREAM = `SELECT global_seq, tx_id, stream_id, revision, event_id, event_type, data, metadata, recorded_at
                    FROM es.events WHERE stream_id = $1 AND revision <= $2 ORDER BY revision`;

type State = { count: number; total: number; lastRevision: bigint };

function fold(state: State, revision: bigint, data: BenchEventData): State {
  return { count: state.count + 1, total: state.total + data.amount, lastRevision: revision };
}

const INITIAL: State = { count: 0, total: 0, lastRevision: -1n };

function check(state: State, target: bigint): number {
  if (state.lastRevision !== target || BigInt(state.count) !== target + 1n) {
    throw new Error(
      `Folded ${state.count} events up to ${state.lastRevision}, expected ${target + 1n} up to ${target}`,
    );
  }
  return state.count;
}

registerWorkload({
  name: 'time-travel',
  description:
    `Rebuilding one stream's state as it was at a past revision: fold the first events of a ${STREAM_EVENTS.toLocaleString('en-US')}-event ` +
    `stream (interleaved in the log with ${STREAMS - 1} others as long). Subject: PostgresEventStore.readStream(stream, { maxCount }). ` +
    'Baseline: raw SELECT ... WHERE stream_id = $1 AND revision <= $2 ORDER BY revision, same columns. One reader.',
  async run(ctx) {
    const db = await ctx.freshDatabase('stream');
    await seedLog(db, { table: 'es.events', total: STREAM_EVENTS * STREAMS, streams: STREAMS, prefix: PREFIX });
    const rawPool = await db.connect(1);
    const store = db.eventStore(await db.connect(1));
    try {
      for (const target of TARGETS) {
        const baseline = await ctx.measure({
          label: 'raw SELECT + fold',
          workers: 1,
          db,
          op: async () => {
            const { rows } = await rawPool.query<{ revision: string; data: BenchEventData }>(RAW_STREAM, [
              STREAM,
              target.toString(),
            ]);
            let state = INITIAL;
            for (const row of rows) state = fold(state, BigInt(row.revision), row.data);
            return check(state, target);
          },
        });
        const subject = await ctx.measure({
          label: 'PostgresEventStore.readStream + fold',
          workers: 1,
          db,
          op: async () => {
            let state = INITIAL;
            for await (const event of store.readStream(STREAM, { maxCount: Number(target) + 1 })) {
              state = fold(state, event.revision, event.data as BenchEventData);
            }
            return check(state, target);
          },
        });
        ctx.compare({
          name: `to revision ${target.toLocaleString('en-US')}`,
          params: { streamEvents: STREAM_EVENTS, revision: Number(target), eventsFolded: Number(target) + 1 },
          baseline,
          variants: [subject],
        });
      }
    } finally {
      await rawPool.end();
      await store.close();
    }
  },
});
