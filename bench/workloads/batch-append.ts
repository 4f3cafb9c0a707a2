import { measureEventStoreAppends, measureRawInserts, seedSmallStreams } from '../harness/appenders.js';
import { registerWorkload } from '../harness/registry.js';

const SIZES = [10, 100];
const WRITERS = 4;

registerWorkload({
  name: 'batch-append',
  description:
    `Appends of 10 and 100 events at once (one es.append call each) with the exact expected revision, ${WRITERS} writers, ` +
    'same streams and retry rule as append. Baseline: one multi-row INSERT ... VALUES of the same rows into bench.raw_events. ' +
    'Diagnostic: the same rows as one INSERT ... SELECT FROM unnest(column arrays), the form es.append uses (9 parameters instead of 9 per row).',
  async run(ctx) {
    for (const size of SIZES) {
      const db = await ctx.freshDatabase(`b${size}`);
      await seedSmallStreams(db);
      const baseline = await measureRawInserts(ctx, {
        label: `multi-row INSERT (${size} rows)`,
        db,
        writers: WRITERS,
        size,
      });
      const subject = await measureEventStoreAppends(ctx, {
        label: `PostgresEventStore.appendToStream (${size} events)`,
        db,
        writers: WRITERS,
        size,
      });
      const unnest = await measureRawInserts(ctx, {
        label: `raw INSERT ... SELECT FROM unnest (${size} rows)`,
        db,
        writers: WRITERS,
        size,
        rawStyle: 'unnest',
      });
      ctx.compare({
        name: `${size} events/append`,
        params: { writers: WRITERS, eventsPerAppend: size },
        baseline,
        variants: [subject, unnest],
      });
    }
  },
});
