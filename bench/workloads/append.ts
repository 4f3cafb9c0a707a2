import { measureEventStoreAppends, measureRawInserts, seedSmallStreams, zipfNote } from '../harness/appenders.js';
import { measureEmmettAppends } from '../harness/emmett-appenders.js';
import { registerWorkload } from '../harness/registry.js';

const WRITERS = [1, 4, 16];

registerWorkload({
  name: 'append',
  description:
    'Single-event appends with the exact expected revision to 10,000 small streams (Zipf-like choice, a few hot), ' +
    'each writer on its own connection, a conflict re-reads the head and retries. ' +
    "Baseline: a single-row INSERT of the same columns into a table of es.events' shape (bench.raw_events), " +
    'its primary key as the only check, over the same number of connections.',
  async run(ctx) {
    for (const writers of WRITERS) {
      const db = await ctx.freshDatabase(`w${writers}`);
      await seedSmallStreams(db);
      const baseline = await measureRawInserts(ctx, { label: 'raw INSERT', db, writers, size: 1 });
      const subject = await measureEventStoreAppends(ctx, {
        label: 'PostgresEventStore.appendToStream',
        db,
        writers,
        size: 1,
      });
      // the peer gets its own copy: its tables would otherwise share the server's caches and WAL with the others' rows
      const peerDb = await ctx.freshDatabase(`w${writers}-emmett`);
      const peer = await measureEmmettAppends(ctx, {
        label: 'Emmett appendToStream (peer)',
        db: peerDb,
        writers,
        size: 1,
      });
      const charterOverPeer = subject.eventsPerSec / peer.eventsPerSec;
      ctx.compare({
        name: `${writers} writer${writers === 1 ? '' : 's'}`,
        params: { writers, eventsPerAppend: 1 },
        baseline,
        variants: [subject, peer],
        notes: [writers === WRITERS[0] ? zipfNote() : '', `Charter ÷ Emmett: ${charterOverPeer.toFixed(2)}× events/s.`]
          .filter(Boolean)
          .join(' '),
      });
    }
  },
});
