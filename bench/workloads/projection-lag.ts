import type pg from 'pg';
import { comparePgPositions } from '../../src/shared/event-store/postgres/pg-position.js';
import type { Position } from '../../src/shared/event-store/event-store.port.js';
import { type BenchApp, settleProjections, startBenchApp } from '../harness/app.js';
import { RAW_COLUMNS, benchEvent, rawColumns, rawValuesList } from '../harness/events.js';
import { httpCommand } from '../harness/http-commands.js';
import { paced, pacedHttpDriver } from '../harness/http-load.js';
import { registerWorkload } from '../harness/registry.js';
import { Samples } from '../harness/stats.js';
import type { Driver, Measurement } from '../harness/types.js';

/** Commands a second: moderate, a fraction of what the app answers at 16 connections (see http-commands). */
const RATE = 100;
/** Organisations the commands go round. */
const TARGETS = 250;
/** --quick: 1 s after a 0.3 s warm-up (100 commands), so the whole quick run stays under two minutes. */
const QUICK_TIMING = { durationMs: 1000, warmupMs: 300 };
/** Sittings or colleges the commands go round (fewer in --quick, where the set-up time counts). */
const QUICK_TARGETS = 100;
/** Longest the watcher waits for any signal before it looks again. */
const POLL_MS = 20;

type Waiting = { position: Position; at: number; record: (ms: number) => void };

/** A promise for the next kick(), renewed after each: wakes a loop that sleeps on several signals at once. */
class Kicker {
  private resolveNext: (() => void) | undefined;
  private nextPromise = this.renew();
  private renew(): Promise<void> {
    return new Promise((resolve) => (this.resolveNext = resolve));
  }
  kick(): void {
    const resolve = this.resolveNext;
    this.nextPromise = this.renew();
    resolve?.();
  }
  get next(): Promise<void> {
    return this.nextPromise;
  }
}

/**
 * Tells when a command's position has become visible in the read models: on every new answer, every
 * committed projection batch (the runners' progress signal) and at least every POLL_MS, it reads the named
 * projections' checkpoints (one SELECT, on its own connection) and records, for every answer they have all
 * passed, the time from the answer's arrival to the end of that read. A read model is updated in the same
 * transaction as its checkpoint, so a checkpoint at or past the position means the change can be read.
 */
class VisibilityWatcher {
  private readonly waiting: Waiting[] = [];
  private readonly kicker = new Kicker();
  private readonly emptied = new Kicker();
  private running = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly app: BenchApp,
    private readonly names: readonly string[],
    private readonly pool: pg.Pool,
  ) {
    this.loop = this.run();
  }

  watch(position: string, at: number, record: (ms: number) => void): void {
    this.waiting.push({ position: position as Position, at, record });
    this.kicker.kick();
  }

  /** Resolves when every answer watched so far has been seen (or fails after `timeoutMs`). */
  async drain(timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.waiting.length > 0) {
      if (performance.now() > deadline)
        throw new Error(
          `${this.waiting.length} command(s) not visible in ${this.names.join(', ')} after ${timeoutMs} ms`,
        );
      await Promise.race([this.emptied.next, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kicker.kick();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.waiting.length > 0) await this.check();
      if (!this.running) break;
      await Promise.race([this.kicker.next, this.app.runtime.projections.waitForProgress(POLL_MS)]);
    }
  }

  private async check(): Promise<void> {
    const { rows } = await this.pool.query<{ name: string; position: string | null }>(
      'SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::text[])',
      [this.names],
    );
    const seenAt = performance.now();
    if (rows.length < this.names.length || rows.some((r) => r.position === null)) return;
    const slowest = rows.map((r) => r.position as Position).reduce((a, b) => (comparePgPositions(a, b) <= 0 ? a : b));
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i]!;
      if (comparePgPositions(slowest, w.position) >= 0) {
        w.record(Math.max(0, seenAt - w.at));
        this.waiting.splice(i, 1);
      }
    }
    if (this.waiting.length === 0) this.emptied.kick();
  }
}

const INSERT = `INSERT INTO bench.raw_events (${RAW_COLUMNS}) VALUES ${rawValuesList(1)} RETURNING global_seq::text AS seq`;

/**
 * The baseline: single-row INSERTs at the same rate (each on one of 8 pooled connections), and a reader on
 * its own connection that, while any INSERT has returned and not yet been seen, looks the rows up by
 * global_seq again and again. Lag: from the INSERT's answer to the end of the SELECT that found the row, i.e.
 * how soon PostgreSQL itself lets another session read a committed row.
 */
function rawLagDriver(writers: pg.Pool, reader: pg.Pool, rate: number): Driver {
  let n = 0; // across the warm-up and the measurement: every row is a new (stream, revision)
  return async (run) => {
    const waiting = new Map<string, number>();
    const kicker = new Kicker();
    let done = false;
    let ok = 0;
    const tail = (async () => {
      while (!done || waiting.size > 0) {
        if (waiting.size === 0) {
          await Promise.race([kicker.next, new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
          continue;
        }
        const { rows } = await reader.query<{ seq: string }>(
          'SELECT global_seq::text AS seq FROM bench.raw_events WHERE global_seq = ANY($1::bigint[])',
          [[...waiting.keys()]],
        );
        const seenAt = performance.now();
        for (const { seq } of rows) {
          run.record(Math.max(0, seenAt - waiting.get(seq)!));
          waiting.delete(seq);
        }
      }
    })();
    try {
      await paced(rate, run.durationMs, async () => {
        const k = n % TARGETS;
        const { rows } = await writers.query<{ seq: string }>(
          INSERT,
          rawColumns(`raw-lag-${k}`, BigInt(Math.floor(n / TARGETS)), benchEvent(n++)),
        );
        waiting.set(rows[0]!.seq, performance.now());
        ok++;
        kicker.kick();
      });
    } finally {
      done = true;
      kicker.kick();
      await tail;
    }
    return { ops: ok, events: ok, elapsedMs: run.durationMs };
  };
}

registerWorkload({
  name: 'projection-lag',
  runLast: true,
  description:
    `Projection lag under a steady command load: the HTTP command of --command (as in http-commands) at ${RATE} commands/s, ` +
    'sent on time whatever the answers do (an open loop), to the app running in this process with every projection of ' +
    'PROJECTION_LIST running as in production (woken by each command, else polling). Subject: for each answer, the time ' +
    "from its arrival to the first read of projection_checkpoints showing the command's read model at or past the position " +
    `the answer returned (checked on every answer, every committed projection batch and every ${POLL_MS} ms); the latency ` +
    'columns are that lag. Baseline: single-row INSERTs at the same rate, and the time until a plain SELECT by global_seq ' +
    'on another connection finds the row.',
  async run(ctx) {
    const command = httpCommand(ctx.options.command);
    const timing = ctx.options.quick ? QUICK_TIMING : {};
    const db = await ctx.freshDatabase('lag');
    const writers = await db.connect(8);
    const reader = await db.connect(1);
    let baseline: Measurement;
    try {
      baseline = await ctx.measure({
        label: `raw INSERT at ${RATE}/s, until a SELECT on another connection sees it`,
        workers: 1,
        db,
        ...timing,
        driver: rawLagDriver(writers, reader, RATE),
      });
    } finally {
      await writers.end();
    }
    const app = await startBenchApp(db);
    try {
      const targets = ctx.options.quick ? QUICK_TARGETS : TARGETS;
      const source = await command.prepare(app, { targets });
      await settleProjections(app);
      const watcher = new VisibilityWatcher(app, command.readModels, reader);
      const commandLatency = new Samples();
      let subject: Measurement;
      try {
        subject = await ctx.measure({
          label: `HTTP command at ${RATE}/s, until visible in ${command.readModels.join(', ')}`,
          workers: 1,
          db,
          ...timing,
          driver: pacedHttpDriver(app, source, RATE, {
            onAnswer: ({ position, arrivedAt, roundTripMs }, run) => {
              if (run.phase === 'measure') commandLatency.push(roundTripMs);
              watcher.watch(position, arrivedAt, run.record);
            },
            drain: () => watcher.drain(),
          }),
        });
      } finally {
        await watcher.stop();
      }
      const names = app.runtime.projections.names();
      const answered = commandLatency.summary();
      ctx.compare({
        name: `${RATE} commands/s`,
        params: { rate: RATE, targets, projections: names.length, route: command.route },
        baseline,
        variants: [subject],
        notes:
          `${command.route}, ${targets} targets. Lag p50 ${subject.latencyMs.p50.toFixed(1)} ms, p99 ${subject.latencyMs.p99.toFixed(1)} ms, ` +
          `max ${subject.latencyMs.max.toFixed(1)} ms over ${subject.ops.toLocaleString('en-US')} commands, with ${names.length} projections ` +
          `running (${names.join(', ')}). Raw: p50 ${baseline.latencyMs.p50.toFixed(2)} ms, p99 ${baseline.latencyMs.p99.toFixed(2)} ms. ` +
          `The commands themselves answered in p50 ${answered.p50.toFixed(1)} ms, p99 ${answered.p99.toFixed(1)} ms at this rate.`,
      });
    } finally {
      await app.close();
    }
  },
});
