import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { HeapPeak, collectGarbage, rawPass, rawPassDriver } from '../harness/log-pass.js';
import {
  ORGANISATION_STREAM_PREFIX,
  logSizes,
  growthNote,
  type SizePoint,
  seedOrganisationLog,
} from '../harness/org-log.js';
import { mib } from '../harness/report.js';
import { registerWorkload } from '../harness/registry.js';
import { checkSeededStreams } from '../harness/seed.js';
import type { Driver } from '../harness/types.js';

/** verifyChains' default page. */
const PAGE = 2000;
const EVENTS_PER_ORGANISATION = 10;

registerWorkload({
  name: 'audit-verify',
  description:
    `audit verify over a log of organisation events with valid hash chains (seeded in bulk, ${EVENTS_PER_ORGANISATION} events an ` +
    `organisation; see harness/org-log.ts), at a tenth of --events and at --events. Subject: verifyChains(store), which ` +
    `reads the whole log in global order, ${PAGE} events a page (visibility 'committed'), recomputes every SHA-256 link with ` +
    `chainHash and then checks every stream head. Baseline: one raw SELECT pass over the same events, ${PAGE} a page. An ` +
    `operation is one page. Diagnostic: the same readAll pages without any hashing.`,
  async run(ctx) {
    const sizes = logSizes(ctx.options, EVENTS_PER_ORGANISATION);
    const growth: SizePoint[] = [];
    for (const total of sizes) {
      const db = await ctx.freshDatabase(`verify_${total}`);
      const organisations = total / EVENTS_PER_ORGANISATION;
      const seeded = performance.now();
      await seedOrganisationLog(db, { organisations, eventsPerOrganisation: EVENTS_PER_ORGANISATION });
      await checkSeededStreams(db, ORGANISATION_STREAM_PREFIX.slice(0, -1));
      const { rows } = await db.query<{ size: string }>(
        `SELECT pg_size_pretty(pg_total_relation_size('es.events')) AS size`,
      );
      ctx.log(
        `seeded ${total} events with hash chains in ${((performance.now() - seeded) / 1000).toFixed(1)} s (es.events ${rows[0]!.size})`,
      );

      const rawPool = await db.connect(1);
      await rawPass(rawPool, PAGE, total); // untimed: every variant starts from the same warm cache
      const baseline = await ctx.measure({
        label: `raw SELECT pages (${PAGE})`,
        workers: 1,
        db,
        warmupMs: 0,
        driver: rawPassDriver(rawPool, PAGE, total),
      });
      await rawPool.end();

      const store = db.eventStore(await db.connect(1));
      try {
        let result:
          | {
              ok: boolean;
              streams: number;
              breaks: number;
              heapPeak: number;
              heapBefore: number;
              heapRetained: number;
              headsMs: number;
            }
          | undefined;
        const verify: Driver = async ({ record }) => {
          collectGarbage();
          const heapBefore = process.memoryUsage().heapUsed;
          const heap = new HeapPeak();
          let pages = 0;
          let t0 = performance.now();
          let passEnd = t0;
          const report = await verifyChains(store, {
            batchSize: PAGE,
            onProgress: () => {
              const now = performance.now();
              record(now - t0);
              t0 = now;
              passEnd = now;
              pages++;
            },
          });
          // after the last page, verifyChains checks each stream's head in es.streams
          const headsMs = performance.now() - passEnd;
          const heapPeak = heap.stop();
          // what the pass leaves (the report, which lists every stream's head) as against the garbage it made
          collectGarbage();
          const heapRetained = process.memoryUsage().heapUsed - heapBefore;
          result = {
            ok: report.ok,
            streams: report.streams,
            breaks: report.breaks.length,
            heapPeak,
            heapBefore,
            heapRetained,
            headsMs,
          };
          if (report.events !== total)
            throw new Error(`verifyChains checked ${report.events} events, expected ${total}`);
          return { ops: pages, events: report.events };
        };
        const subject = await ctx.measure({
          label: 'verifyChains(store)',
          workers: 1,
          db,
          warmupMs: 0,
          driver: verify,
        });
        if (!result!.ok) throw new Error(`verifyChains found ${result!.breaks} broken chain(s) in the seeded log`);

        const readOnly = await ctx.measure({
          label: `PostgresEventStore.readAll pages (${PAGE}, committed), no hashing`,
          workers: 1,
          db,
          warmupMs: 0,
          driver: async ({ record }) => {
            let after: Parameters<typeof store.readAll>[0]['after'];
            let pages = 0;
            let events = 0;
            for (;;) {
              const t0 = performance.now();
              const batch = await store.readAll({ after, maxCount: PAGE, visibility: 'committed' });
              record(performance.now() - t0);
              pages++;
              events += batch.length;
              if (batch.length < PAGE) break;
              after = batch[batch.length - 1]!.position;
            }
            return { ops: pages, events };
          },
        });
        const r = result!;
        growth.push({ events: total, seconds: subject.durationMs / 1000, peakRssBytes: subject.peakRssBytes });
        ctx.compare({
          name: `${total.toLocaleString('en-US')} events`,
          params: { events: total, organisations, page: PAGE },
          baseline,
          variants: [subject, readOnly],
          notes:
            `verify passed: ${r.ok ? 'yes' : 'NO'} (${r.streams.toLocaleString('en-US')} streams, ${r.breaks} breaks). ` +
            `Verifying took ${(subject.durationMs / 1000).toFixed(2)} s against ${(baseline.durationMs / 1000).toFixed(2)} s for the raw pass: ` +
            `${((subject.durationMs - r.headsMs) / 1000).toFixed(2)} s reading and hashing, then ${(r.headsMs / 1000).toFixed(2)} s checking ` +
            `the ${r.streams.toLocaleString('en-US')} stream heads (one streamRevisions query) ` +
            `(${((r.headsMs * 1000) / Math.max(1, r.streams)).toFixed(0)} µs a stream). ` +
            `JS heap ${mib(r.heapBefore)} MiB before, ${mib(r.heapPeak)} MiB at most during the pass, ${mib(r.heapRetained)} MiB more ` +
            `after it once garbage is collected with the report still held (${((r.heapRetained / Math.max(1, r.streams)) | 0).toLocaleString('en-US')} ` +
            `bytes a stream: the report's heads); peak RSS ${mib(subject.peakRssBytes)} MiB. ` +
            `es.events is ${rows[0]!.size}.` +
            (total === sizes[sizes.length - 1] ? growthNote(growth) : ''),
        });
      } finally {
        await store.close();
      }
    }
  },
});
