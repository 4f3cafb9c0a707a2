import { startRuntime } from '../../src/runtime.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { readAllCheckpoints } from '../../src/shared/projections/checkpoint-store.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { HeapPeak, collectGarbage, rawPass, rawPassDriver } from '../harness/log-pass.js';
import { ORGANISATION_STREAM_PREFIX, checkDirectory, logSizes, seedOrganisationLog } from '../harness/org-log.js';
import { mib } from '../harness/report.js';
import { registerWorkload } from '../harness/registry.js';
import { checkSeededStreams } from '../harness/seed.js';
import type { Driver, Measurement } from '../harness/types.js';

/** The app's PROJECTION_BATCH_SIZE default: events per read and per read-model transaction. */
const BATCH = 500;
const EVENTS_PER_ORGANISATION = 10;
const TIMEOUT_MS = 60 * 60_000;

registerWorkload({
  name: 'projection-catch-up',
  description:
    `Rebuilding every read model from the first event, over a log of organisation events (OrganisationRegistered, then ` +
    `OrganisationRenamed and PolicyChanged, ${EVENTS_PER_ORGANISATION} an organisation, seeded in bulk) at a tenth of --events and ` +
    `at --events. Subject: the app's runtime (startRuntime, PROJECTION_LIST, default settings: batches of ${BATCH}), ` +
    `projections.rebuild() then start(), waited for with waitUntilCaughtUp, as \`npm run cli -- projections rebuild\` does. ` +
    `An operation is one committed batch (the time between two of the runners' progress signals). Baseline: one raw SELECT ` +
    `pass over the same events in global order, ${BATCH} a page (the read-all baseline). The read model is checked afterwards.`,
  async run(ctx) {
    for (const total of logSizes(ctx.options, EVENTS_PER_ORGANISATION)) {
      const db = await ctx.freshDatabase(`catchup_${total}`);
      const spec = { organisations: total / EVENTS_PER_ORGANISATION, eventsPerOrganisation: EVENTS_PER_ORGANISATION };
      const seeded = performance.now();
      await seedOrganisationLog(db, spec);
      await checkSeededStreams(db, ORGANISATION_STREAM_PREFIX.slice(0, -1));
      ctx.log(`seeded ${total} organisation events in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

      const rawPool = await db.connect(1);
      await rawPass(rawPool, BATCH, total); // untimed: both variants start from the same warm cache
      const baseline = await ctx.measure({ label: `raw SELECT pages (${BATCH})`, workers: 1, db, warmupMs: 0, driver: rawPassDriver(rawPool, BATCH, total) });
      await rawPool.end();

      const runtime = await startRuntime(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' }));
      let memory: { rssBefore: number; heapBefore: number; heapPeak: number } | undefined;
      let subject: Measurement;
      try {
        const names = runtime.projections.names();
        const rebuild: Driver = async ({ record }) => {
          collectGarbage();
          const rssBefore = process.memoryUsage.rss();
          const heapBefore = process.memoryUsage().heapUsed;
          const heap = new HeapPeak();
          let batches = 0;
          let done = false;
          const timing = (async () => {
            let t0 = performance.now();
            while (!done) {
              await runtime.projections.waitForProgress(1000);
              const now = performance.now();
              if (done) break;
              record(now - t0);
              batches++;
              t0 = now;
            }
          })();
          const started = performance.now();
          await runtime.projections.rebuild();
          runtime.projections.start();
          const statuses = await waitUntilCaughtUp(runtime.projections, names, TIMEOUT_MS);
          const elapsedMs = performance.now() - started;
          done = true;
          await timing;
          memory = { rssBefore, heapBefore, heapPeak: heap.stop() };
          await runtime.projections.stop();
          const faulted = statuses.filter((s) => s.status === 'faulted');
          if (faulted.length > 0) throw new Error(`Projection(s) faulted during the rebuild: ${faulted.map((s) => `${s.name}: ${s.error}`).join('; ')}`);
          return { ops: batches, events: total, elapsedMs };
        };
        subject = await ctx.measure({ label: 'ProjectionService.rebuild() + waitUntilCaughtUp', workers: 1, db, warmupMs: 0, driver: rebuild });
        await checkDirectory(db, spec);
        const checkpoints = await readAllCheckpoints(runtime.dataSource);
        const applied = checkpoints.map((c) => `${c.name} ${c.eventsApplied.toLocaleString('en-US')}`).join(', ');
        const m = memory!;
        ctx.compare({
          name: `${total.toLocaleString('en-US')} events`,
          params: { events: total, organisations: spec.organisations, batch: BATCH },
          baseline,
          variants: [subject],
          notes:
            `Rebuilt ${names.length} projection(s) (${applied} events applied) in ${(subject.durationMs / 1000).toFixed(1)} s; ` +
            `the raw pass took ${(baseline.durationMs / 1000).toFixed(2)} s. ` +
            `RSS ${mib(m.rssBefore)} MiB before, ${mib(subject.peakRssBytes)} MiB at peak (+${mib(Math.max(0, subject.peakRssBytes - m.rssBefore))}); ` +
            `JS heap ${mib(m.heapBefore)} MiB before, ${mib(m.heapPeak)} MiB at most.`,
        });
      } finally {
        await runtime.close();
      }
    }
  },
});
