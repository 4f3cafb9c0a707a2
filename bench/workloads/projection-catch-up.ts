import { type Runtime, startRuntime } from '../../src/app/runtime.js';
import { encodePgPosition } from '../../src/shared/event-store/postgres/pg-position.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { readAllCheckpoints } from '../../src/shared/projections/checkpoint-store.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { HeapPeak, collectGarbage, rawPass, rawPassDriver } from '../harness/log-pass.js';
import {
  ORGANISATION_STREAM_PREFIX,
  checkDirectory,
  logSizes,
  growthNote,
  type SizePoint,
  seedOrganisationLog,
} from '../harness/org-log.js';
import { mib } from '../harness/report.js';
import { registerWorkload } from '../harness/registry.js';
import { checkSeededStreams } from '../harness/seed.js';
import type { Driver } from '../harness/types.js';
import { runChildNode } from '../harness/child-process-peak.js';
import { join } from 'node:path';

/** The app's PROJECTION_BATCH_SIZE default: events per read and per read-model transaction. */
const BATCH = 500;
const EVENTS_PER_ORGANISATION = 10;
const TIMEOUT_MS = 60 * 60_000;
const PROGRESS_TIMEOUT_MS = 60_000;

type Memory = { rssBefore: number; heapBefore: number; heapPeak: number; heapAfterGc: number };

/**
 * One rebuild of every projection as a one-shot measurement: rebuild(), start(), then wait until caught up,
 * either as the CLI does (waitUntilCaughtUp, which asks every projection's status, lag included, after each
 * batch) or with waitFor on the log's last position (one checkpoint read per projection per batch). An
 * operation is one committed batch of any projection.
 */
function rebuildDriver(
  runtime: Runtime,
  total: number,
  wait: 'waitUntilCaughtUp' | 'waitFor',
  onMemory: (m: Memory) => void,
): Driver {
  return async ({ record }) => {
    const names = runtime.projections.names();
    const rows: Array<{ tx: string; seq: string }> = await runtime.dataSource.query(
      'SELECT tx_id::text AS tx, global_seq::text AS seq FROM es.events ORDER BY tx_id DESC, global_seq DESC LIMIT 1',
    );
    const head = encodePgPosition(rows[0]!.tx, rows[0]!.seq);
    collectGarbage();
    const rssBefore = process.memoryUsage.rss();
    const heapBefore = process.memoryUsage().heapUsed;
    const heap = new HeapPeak();
    let batches = 0;
    let finish!: () => void;
    const finished = new Promise<'done'>((resolve) => (finish = () => resolve('done')));
    const timing = (async () => {
      let t0 = performance.now();
      for (;;) {
        // a progress signal resolves waitForProgress early; its timeout (nothing committed for a minute) is not a batch
        const woke = await Promise.race([
          runtime.projections.waitForProgress(PROGRESS_TIMEOUT_MS).then(() => 'woke' as const),
          finished,
        ]);
        const now = performance.now();
        if (woke === 'done') break;
        if (now - t0 < PROGRESS_TIMEOUT_MS) {
          record(now - t0);
          batches++;
        }
        t0 = now;
      }
    })();
    const started = performance.now();
    await runtime.projections.rebuild();
    runtime.projections.start();
    if (wait === 'waitUntilCaughtUp') await waitUntilCaughtUp(runtime.projections, names, TIMEOUT_MS);
    else await runtime.projections.waitFor(head, names, TIMEOUT_MS);
    const elapsedMs = performance.now() - started;
    finish();
    await timing;
    const heapPeak = heap.stop();
    await runtime.projections.stop();
    collectGarbage();
    onMemory({ rssBefore, heapBefore, heapPeak, heapAfterGc: process.memoryUsage().heapUsed });
    const faulted = (await runtime.projections.status()).filter((s) => s.status === 'faulted');
    if (faulted.length > 0)
      throw new Error(
        `Projection(s) faulted during the rebuild: ${faulted.map((s) => `${s.name}: ${s.error}`).join('; ')}`,
      );
    return { ops: batches, events: total, elapsedMs };
  };
}

/** An old-space cap for the CLI's rebuild: well above its heap after a full GC (about 60 MiB). */
const CAPPED_HEAP = '--max-old-space-size=160';

/** The CLI as the bench builds it (dist-bench/src/cli.js, beside this file's own build). */
const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli.js');

/**
 * The same rebuild as an operator runs it, `npm run cli -- projections rebuild`, in a Node process of its own:
 * its peak RSS is the CLI's alone, not this process's after the earlier workloads. Its time includes the CLI's
 * start (Nest and the migrations check), about a second.
 */
function cliRebuildDriver(url: string, total: number, nodeOptions?: string): Driver {
  return async ({ record }) => {
    const run = await runChildNode(CLI, ['projections', 'rebuild', '--timeout', String(TIMEOUT_MS / 1000)], {
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    });
    record(run.elapsedMs);
    return { ops: 1, events: total, elapsedMs: run.elapsedMs, peakRssBytes: run.peakRssBytes };
  };
}

registerWorkload({
  name: 'projection-catch-up',
  runLast: true,
  description:
    `Rebuilding every read model from the first event, over a log of organisation events (OrganisationRegistered, then ` +
    `OrganisationRenamed and PolicyChanged, ${EVENTS_PER_ORGANISATION} an organisation, seeded in bulk) at a tenth of --events and ` +
    `at --events. Subject: the app's runtime (startRuntime, PROJECTION_LIST, default settings: batches of ${BATCH}), ` +
    `projections.rebuild() then start(), waited for with waitUntilCaughtUp, as \`npm run cli -- projections rebuild\` does. ` +
    `An operation is one committed batch of any projection (the time between two progress signals). Baseline: one raw ` +
    `SELECT pass over the same events in global order, ${BATCH} a page (the read-all baseline). Diagnostic, at the smaller ` +
    `size: the same rebuild waited for with waitFor(last position) instead; at both sizes, the same rebuild from the CLI ` +
    `(projections rebuild) in a Node process of its own, whose peak RSS is its own. The organisation directory is checked after ` +
    `every rebuild (every organisation at its last revision, every policy change counted).`,
  async run(ctx) {
    const sizes = logSizes(ctx.options, EVENTS_PER_ORGANISATION);
    const growth: SizePoint[] = [];
    for (const total of sizes) {
      const db = await ctx.freshDatabase(`catchup_${total}`);
      const spec = { organisations: total / EVENTS_PER_ORGANISATION, eventsPerOrganisation: EVENTS_PER_ORGANISATION };
      const seeded = performance.now();
      await seedOrganisationLog(db, spec);
      await checkSeededStreams(db, ORGANISATION_STREAM_PREFIX.slice(0, -1));
      ctx.log(`seeded ${total} organisation events in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

      const rawPool = await db.connect(1);
      await rawPass(rawPool, BATCH, total); // untimed: both variants start from the same warm cache
      const baseline = await ctx.measure({
        label: `raw SELECT pages (${BATCH})`,
        workers: 1,
        db,
        warmupMs: 0,
        driver: rawPassDriver(rawPool, BATCH, total),
      });
      await rawPool.end();

      const runtime = await startRuntime(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' }));
      try {
        const names = runtime.projections.names();
        const memory: Record<string, Memory> = {};
        // one rebuild measured, then the directory checked: every variant must leave the same read model
        const rebuilt = async (label: string, driver: Driver) => {
          const measured = await ctx.measure({ label, workers: 1, db, warmupMs: 0, driver });
          await checkDirectory(db, spec);
          return measured;
        };
        const rebuildLabel = 'ProjectionService.rebuild() + waitUntilCaughtUp';
        const subject = await rebuilt(
          rebuildLabel,
          rebuildDriver(runtime, total, 'waitUntilCaughtUp', (m) => (memory[rebuildLabel] = m)),
        );
        const variants = [subject];
        if (total === sizes[0]) {
          const label = 'the same rebuild, waited for with waitFor(last position)';
          variants.push(
            await rebuilt(
              label,
              rebuildDriver(runtime, total, 'waitFor', (m) => (memory[label] = m)),
            ),
          );
        }
        // the runtime's runners stay stopped meanwhile: the CLI's own take the locks and rebuild
        variants.push(
          await rebuilt(
            'the same rebuild from the CLI, in its own process (npm run cli -- projections rebuild)',
            cliRebuildDriver(db.url, total),
          ),
        );
        // the rebuild keeps little (its heap after a full GC is the same at every size); the peak is V8's headroom,
        // which a cap on the old space trades for more frequent major collections
        variants.push(
          await rebuilt(`the same, with NODE_OPTIONS=${CAPPED_HEAP}`, cliRebuildDriver(db.url, total, CAPPED_HEAP)),
        );
        growth.push({ events: total, seconds: subject.durationMs / 1000, peakRssBytes: subject.peakRssBytes });
        const checkpoints = await readAllCheckpoints(runtime.dataSource);
        const applied = checkpoints.map((c) => `${c.name} ${c.eventsApplied.toLocaleString('en-US')}`).join(', ');
        ctx.compare({
          name: `${total.toLocaleString('en-US')} events`,
          params: { events: total, organisations: spec.organisations, batch: BATCH, projections: names.length },
          baseline,
          variants,
          notes:
            `${names.length} projections, each reading the whole log (${applied} events applied). The raw pass took ` +
            `${(baseline.durationMs / 1000).toFixed(2)} s. ` +
            variants
              .map((v) => {
                const m = memory[v.label];
                if (!m)
                  return `${v.label}: ${(v.durationMs / 1000).toFixed(1)} s, start included; peak RSS ${mib(v.peakRssBytes)} MiB.`;
                return (
                  `${v.label}: ${(v.durationMs / 1000).toFixed(1)} s; RSS ${mib(m.rssBefore)} MiB before, ${mib(v.peakRssBytes)} MiB at peak ` +
                  `(+${mib(Math.max(0, v.peakRssBytes - m.rssBefore))}); JS heap ${mib(m.heapBefore)} MiB before, ${mib(m.heapPeak)} MiB at most, ` +
                  `${mib(m.heapAfterGc)} MiB after a full GC.`
                );
              })
              .join(' ') +
            (total === sizes[sizes.length - 1] ? growthNote(growth) : ''),
        });
      } finally {
        await runtime.close();
      }
    }
  },
});
