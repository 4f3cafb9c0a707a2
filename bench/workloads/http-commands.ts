import { type WorkerConnections, workerConnections } from '../harness/appenders.js';
import { settleProjections, startBenchApp } from '../harness/app.js';
import { RAW_COLUMNS, benchEvent, rawColumns, rawValuesList } from '../harness/events.js';
import { startPeerApp } from '../harness/emmett-peer-app.js';
import { httpCommand } from '../harness/http-commands.js';
import { autocannonDriver } from '../harness/http-load.js';
import { mib } from '../harness/report.js';
import { registerWorkload } from '../harness/registry.js';
import type { BenchContext, BenchDatabase, Measurement } from '../harness/types.js';

/** Concurrent connections (HTTP) and writers (raw), rising. */
const CONNECTIONS = [1, 4, 16, 64];
/** Streams the commands go round (colleges renamed, sittings checked in at); fewer in --quick, where set-up time counts. */
const TARGETS = 1000;
const QUICK_TARGETS = 100;
/**
 * --quick measures each HTTP variant for 1 s after a 0.3 s warm-up and the raw INSERT for 0.6 s after 0.2 s,
 * not 2 s after 0.5 s: nine measurements and the set-up must leave the whole quick run under two minutes.
 */
const QUICK_TIMING = { durationMs: 1000, warmupMs: 300 };
const QUICK_RAW_TIMING = { durationMs: 600, warmupMs: 200 };
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
async function measureRawInserts(
  ctx: BenchContext,
  db: BenchDatabase,
  writers: number,
  revisions: Int32Array,
): Promise<Measurement> {
  const timing = ctx.options.quick ? QUICK_RAW_TIMING : {};
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
      ...timing,
      op: async (worker) => {
        const k = n % revisions.length;
        const event = benchEvent(n++);
        await query(worker)(INSERT, rawColumns(`target-${k}`, BigInt(revisions[k]!++), event));
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
function findKnee(points: readonly Point[]): Point | undefined {
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (b.perSec < a.perSec * (1 + KNEE_GAIN) && b.p99 > a.p99) return a;
  }
  return undefined;
}

registerWorkload({
  name: 'http-commands',
  runLast: true,
  description:
    'A command through the whole app over HTTP: the one --command names (default check-in: a delegate checked in or out ' +
    'at an open sitting of a convened congress; rename: a college union renamed), each request with its own ' +
    'Idempotency-Key, set up through the API first (see harness/http-commands.ts). The app runs in this process as ' +
    'main.ts starts it (startRuntime + createHttpApp on Fastify, every projection running, logging off, default pool ' +
    'sizes): validation, JWT auth, the idempotency record, the command pipeline and the event store. Driven by ' +
    `autocannon at ${CONNECTIONS.join(', ')} keep-alive connections, each sending its next request when the previous ` +
    'answer arrives; autocannon runs in this process too. Before each case the read models catch up. Baseline: the raw ' +
    `single-row INSERT on as many dedicated connections. Diagnostic at ${BREAKDOWN_AT}: the same command sent in-process ` +
    'to the CommandBus (no HTTP, validation, JWT or idempotency record).',
  async run(ctx) {
    const command = httpCommand(ctx.options.command);
    const targets = ctx.options.quick ? QUICK_TARGETS : TARGETS;
    const timing = ctx.options.quick ? QUICK_TIMING : {};
    const db = await ctx.freshDatabase('http');
    const app = await startBenchApp(db);
    try {
      const setUp = performance.now();
      const source = await command.prepare(app, { targets });
      await settleProjections(app);
      ctx.log(
        `${command.route}: set up ${targets} targets through the API in ${((performance.now() - setUp) / 1000).toFixed(1)} s (projections caught up)`,
      );
      const revisions = new Int32Array(targets);
      const points: Point[] = [];
      let peerNote: string | undefined;
      for (const connections of CONNECTIONS) {
        // the read models catch up on the previous case's commands first, so they do not run under this baseline
        await settleProjections(app);
        const baseline = await measureRawInserts(ctx, db, connections, revisions);
        const subject = await ctx.measure({
          label: `HTTP ${command.route}`,
          workers: connections,
          db,
          ...timing,
          driver: autocannonDriver(app, source, connections),
        });
        const variants = [subject];
        if (connections === BREAKDOWN_AT && source.inProcess) {
          await settleProjections(app);
          const inProcess = source.inProcess;
          variants.push(
            await ctx.measure({
              label: 'same command in-process (CommandBus.execute, no HTTP)',
              workers: connections,
              db,
              ...timing,
              op: async () => (await inProcess()).events.length,
            }),
          );
        }
        if (connections === BREAKDOWN_AT && ctx.options.command !== 'rename') {
          // the peer on its own database, so its WAL and backends are its own
          const peerDb = await ctx.freshDatabase('http-peer');
          const peer = await startPeerApp(peerDb, targets);
          try {
            const measured = await ctx.measure({
              label: 'peer: minimal Fastify 5 + fast-jwt + Emmett check-in app',
              workers: connections,
              db: peerDb,
              ...timing,
              driver: autocannonDriver(peer, peer.source, connections),
            });
            variants.push(measured);
            peerNote = `Charter ÷ peer: ${(subject.eventsPerSec / measured.eventsPerSec).toFixed(2)}× requests/s.`;
          } finally {
            await peer.close();
          }
        }
        points.push({ connections, perSec: subject.opsPerSec, p99: subject.latencyMs.p99 });
        const first = connections === CONNECTIONS[0];
        const last = connections === CONNECTIONS[CONNECTIONS.length - 1];
        const knee = last ? findKnee(points) : undefined;
        const notes: string[] = [];
        if (first) notes.push(`${command.route}: ${command.summary}; ${targets} targets.`);
        if (peerNote) notes.push(peerNote);
        peerNote = undefined;
        if (last) {
          notes.push(
            `Requests/s by connections: ${points.map((p) => `${p.connections}: ${Math.round(p.perSec).toLocaleString('en-US')} (p99 ${p.p99.toFixed(1)} ms)`).join(', ')}.`,
            knee
              ? `Knee at ${knee.connections} connections: beyond it throughput rises by less than ${KNEE_GAIN * 100}% while p99 keeps growing.`
              : `No knee up to ${connections} connections by that rule: throughput still rises by ${KNEE_GAIN * 100}% or more at each step, or p99 does not grow.`,
            `Peak RSS of the process (app, autocannon and harness) at ${connections} connections: ${mib(subject.peakRssBytes)} MiB.`,
          );
        }
        ctx.compare({
          name: `${connections} connection${connections === 1 ? '' : 's'}`,
          params: { connections, targets, route: command.route },
          baseline,
          variants,
          ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
        });
      }
    } finally {
      await app.close();
    }
  },
});
