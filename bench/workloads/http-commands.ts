import { type WorkerConnections, workerConnections } from '../harness/appenders.js';
import { startBenchApp } from '../harness/app.js';
import { RAW_COLUMNS, benchEvent, rawColumns, rawValuesList } from '../harness/events.js';
import { HTTP_COMMAND } from '../harness/http-commands.js';
import { autocannonDriver } from '../harness/http-load.js';
import { mib } from '../harness/report.js';
import { registerWorkload } from '../harness/registry.js';
import type { BenchContext, BenchDatabase, Measurement } from '../harness/types.js';

/** Concurrent connections (HTTP) and writers (raw), rising. */
const CONNECTIONS = [1, 4, 16, 64];
/** Organisations the commands go round (each request renames the next one). */
const TARGETS = 1000;
/** Where the in-process diagnostic runs. */
const BREAKDOWN_AT = 16;
/** The knee: the first step after which throughput rises by less than this while p99 still grows. */
const KNEE_GAIN = 0.1;

const INSERT = `INSERT INTO bench.raw_events (${RAW_COLUMNS}) VALUES ${rawValuesList(1)} RETURNING global_seq, tx_id`;

/**
 * The baseline: a single-row INSERT of a small event (the append workload's, about 0.6 kB) into
 * bench.raw_events, each writer on its own connection, going round the same number of streams as the
 * commands; each stream's next revision is handed out before the INSERT is sent, so there are no conflicts.
 */
async function measureRawInserts(ctx: BenchContext, db: BenchDatabase, writers: number, revisions: Int32Array): Promise<Measurement> {
  const pool = await db.connect(writers);
  let connections: WorkerConnections | undefined;
  try {
    connections = await workerConnections(pool, writers, 'dedicated');
    const query = connections.query;
    let n = 0;
    return await ctx.measure({
      label: 'raw INSERT (one row)',
      workers: writers,
      db,
      op: async (worker) => {
        const k = n % revisions.length;
        const event = benchEvent(n++);
        await query(worker)(INSERT, rawColumns(`organisation-college-${k}`, BigInt(revisions[k]!++), event));
        return 1;
      },
    });
  } finally {
    connections?.release();
    await pool.end();
  }
}

type Point = Readonly<{ connections: number; perSec: number; p99: number }>;

/** The concurrency after which throughput rises by less than KNEE_GAIN while p99 keeps growing; undefined if none. */
export function findKnee(points: readonly Point[]): Point | undefined {
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (b.perSec < a.perSec * (1 + KNEE_GAIN) && b.p99 > a.p99) return a;
  }
  return undefined;
}

registerWorkload({
  name: 'http-commands',
  description:
    `A command through the whole app over HTTP: ${HTTP_COMMAND.route}, ${HTTP_COMMAND.summary}. The app runs in this ` +
    `process as main.ts starts it (startRuntime + createHttpApp on Fastify, projections running, logging off, default ` +
    `pool sizes), with validation, JWT auth, the idempotency record, the command pipeline and the event store. Driven by ` +
    `autocannon at ${CONNECTIONS.join(', ')} keep-alive connections, each sending its next request when the previous answer ` +
    `arrives; autocannon runs in this process too. Baseline: the raw single-row INSERT on as many dedicated connections. ` +
    `Diagnostic at ${BREAKDOWN_AT}: the same command sent in-process to the CommandBus (no HTTP, validation, JWT or idempotency).`,
  async run(ctx) {
    const db = await ctx.freshDatabase('http');
    const app = await startBenchApp(db);
    try {
      const setUp = performance.now();
      const source = await HTTP_COMMAND.prepare(app, { targets: TARGETS });
      ctx.log(`set up ${TARGETS} targets through the API in ${((performance.now() - setUp) / 1000).toFixed(1)} s`);
      const revisions = new Int32Array(TARGETS);
      const points: Point[] = [];
      for (const connections of CONNECTIONS) {
        const baseline = await measureRawInserts(ctx, db, connections, revisions);
        const subject = await ctx.measure({
          label: `HTTP ${HTTP_COMMAND.route}`,
          workers: connections,
          db,
          driver: autocannonDriver(app, source, connections, HTTP_COMMAND.eventsPerRequest),
        });
        const variants = [subject];
        if (connections === BREAKDOWN_AT && source.inProcess) {
          const inProcess = source.inProcess;
          variants.push(
            await ctx.measure({
              label: 'same command in-process (CommandBus.execute, no HTTP)',
              workers: connections,
              db,
              op: async () => {
                await inProcess();
                return HTTP_COMMAND.eventsPerRequest;
              },
            }),
          );
        }
        points.push({ connections, perSec: subject.opsPerSec, p99: subject.latencyMs.p99 });
        const last = connections === CONNECTIONS[CONNECTIONS.length - 1];
        const knee = last ? findKnee(points) : undefined;
        ctx.compare({
          name: `${connections} connection${connections === 1 ? '' : 's'}`,
          params: { connections, targets: TARGETS },
          baseline,
          variants,
          notes: last
            ? `Requests/s by connections: ${points.map((p) => `${p.connections}: ${Math.round(p.perSec).toLocaleString('en-US')} (p99 ${p.p99.toFixed(1)} ms)`).join(', ')}. ` +
              (knee
                ? `Knee at ${knee.connections} connections: beyond it throughput rises by less than ${KNEE_GAIN * 100}% while p99 keeps growing.`
                : `No knee up to ${connections} connections: throughput still rises by ${KNEE_GAIN * 100}% or more, or p99 does not grow.`) +
              ` Peak RSS of the process (app, autocannon and harness) during this workload so far: ${mib(Math.max(...[baseline, ...variants].map((v) => v.peakRssBytes)))} MiB at ${connections} connections.`
            : undefined,
        });
      }
    } finally {
      await app.close();
    }
  },
});
