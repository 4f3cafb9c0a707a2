import { statementsSent } from './statement-count.js';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { Samples } from './stats.js';
import type { BenchDatabase, Driver, MeasureSpec, Measurement, Operation, Tally } from './types.js';
import { enableWalInspect, walParts } from './wal-parts.js';

/**
 * Samples this process's RSS every 20 ms on a timer that does not keep the process alive. Any number of
 * windows (a workload, a measurement inside it) can be open at once; each keeps its own peak.
 */
export class RssSampler {
  private readonly open = new Set<{ peak: number }>();
  private timer: NodeJS.Timeout | undefined;

  window(): { peak(): number; close(): number } {
    const w = { peak: process.memoryUsage.rss() };
    this.open.add(w);
    this.timer ??= setInterval(() => this.sample(), 20).unref();
    return {
      peak: () => {
        this.sample();
        return w.peak;
      },
      close: () => {
        this.sample();
        this.open.delete(w);
        if (this.open.size === 0 && this.timer) {
          clearInterval(this.timer);
          this.timer = undefined;
        }
        return w.peak;
      },
    };
  }

  private sample(): void {
    const rss = process.memoryUsage.rss();
    for (const w of this.open) if (rss > w.peak) w.peak = rss;
  }
}

class CountingTally implements Tally {
  readonly counts: Record<string, number> = {};
  add(name: string, amount = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + amount;
  }
}

type LoopResult = { ops: number; events: number; elapsedMs: number; peakRssBytes?: number };

/** `workers` loops, each one operation at a time, until the deadline; the first error stops them all. */
async function closedLoop(
  workers: number,
  op: Operation,
  ms: number,
  tally: Tally,
  samples: Samples | undefined,
): Promise<LoopResult> {
  const start = performance.now();
  const deadline = start + ms;
  let ops = 0;
  let events = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      try {
        while (!failed && performance.now() < deadline) {
          const t0 = performance.now();
          const n = await op(worker, tally);
          samples?.push(performance.now() - t0);
          ops++;
          events += n;
        }
      } catch (error) {
        failed = true;
        throw error;
      }
    }),
  );
  return { ops, events, elapsedMs: performance.now() - start };
}

/** One run of a driver; the elapsed time is the driver's own when it reports one. */
async function driven(
  driver: Driver,
  phase: 'warmup' | 'measure',
  ms: number,
  tally: Tally,
  samples: Samples | undefined,
): Promise<LoopResult> {
  const start = performance.now();
  const outcome = await driver({ phase, durationMs: ms, record: (latencyMs) => samples?.push(latencyMs), tally });
  return {
    ops: outcome.ops,
    events: outcome.events,
    elapsedMs: outcome.elapsedMs ?? performance.now() - start,
    peakRssBytes: outcome.peakRssBytes,
  };
}

/** The spec's load for `ms`: its closed loop of `op`, or its driver. */
function load(
  spec: MeasureSpec,
  phase: 'warmup' | 'measure',
  ms: number,
  tally: Tally,
  samples: Samples | undefined,
): Promise<LoopResult> {
  return spec.driver
    ? driven(spec.driver, phase, ms, tally, samples)
    : closedLoop(spec.workers, spec.op, ms, tally, samples);
}

type HostTimes = { busy: number; iowait: number; steal: number; total: number };

/** Machine-wide CPU time so far: /proc/stat on Linux (which has iowait and steal), os.cpus() elsewhere. */
function hostCpuTimes(): HostTimes {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq!;
    return { busy, iowait: iowait!, steal: steal ?? 0, total: busy + idle! + iowait! + (steal ?? 0) };
  } catch {
    let busy = 0;
    let total = 0;
    for (const cpu of cpus()) {
      const t = cpu.times;
      total += t.user + t.nice + t.sys + t.idle + t.irq;
      busy += t.user + t.nice + t.sys + t.irq;
    }
    return { busy, iowait: 0, steal: 0, total };
  }
}

function percentOf(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : 0;
}

/**
 * Samples pg_stat_activity for the database's client backends every 20 ms until stopped. Connections idle
 * for over half a second belong to pools the measurement does not use and are left out.
 */
function sampleBackends(db: BenchDatabase): { stop(): Promise<Record<string, number>> } {
  const counts = new Map<string, number>();
  let total = 0;
  let running = true;
  const loop = (async () => {
    // a failing sample ends the sampling (the shares so far are kept) rather than the run
    while (running) {
      const { rows } = await db.query<{ state: string; wait_event_type: string | null; wait_event: string | null }>(
        `SELECT state, wait_event_type, wait_event FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
           AND NOT (state = 'idle' AND state_change < now() - interval '500 milliseconds')`,
      );
      for (const row of rows) {
        const key =
          row.state === 'idle'
            ? 'Client'
            : row.state.startsWith('idle in transaction')
              ? 'Client (in transaction)'
              : row.wait_event_type
                ? `${row.wait_event_type}:${row.wait_event}`
                : 'CPU';
        counts.set(key, (counts.get(key) ?? 0) + 1);
        total++;
      }
      await sleep(20);
    }
  })().catch(() => undefined);
  return {
    stop: async () => {
      running = false;
      await loop;
      const shares = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => [k, Math.round(percentOf(n, total) * 10) / 10] as const);
      return Object.fromEntries(shares);
    },
  };
}

async function walLsn(db: BenchDatabase): Promise<string> {
  const { rows } = await db.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  return rows[0]!.lsn;
}

async function walSince(db: BenchDatabase, lsn: string): Promise<{ bytes: number; to: string }> {
  const { rows } = await db.query<{ bytes: string; to: string }>(
    'SELECT pg_wal_lsn_diff(l, $1::pg_lsn)::bigint AS bytes, l::text AS to FROM pg_current_wal_lsn() AS l',
    [lsn],
  );
  return { bytes: Number(rows[0]!.bytes), to: rows[0]!.to };
}

/** Best effort: needs a superuser (it is one on the embedded server); a checkpoint mid-measurement adds noise. */
async function checkpoint(db: BenchDatabase): Promise<void> {
  try {
    await db.query('CHECKPOINT');
  } catch {
    // an ordinary user on an external server: measure without it
  }
}

export async function measure(
  spec: MeasureSpec,
  defaults: { durationMs: number; warmupMs: number },
  sampler: RssSampler,
): Promise<Measurement> {
  const durationMs = spec.durationMs ?? defaults.durationMs;
  const warmupMs = spec.warmupMs ?? defaults.warmupMs;
  // before the checkpoint, so that creating it is not in the measured WAL
  const inspectWal = spec.db ? await enableWalInspect(spec.db) : false;
  if (spec.db) await checkpoint(spec.db);
  const rss = sampler.window();
  try {
    if (warmupMs > 0) await load(spec, 'warmup', warmupMs, new CountingTally(), undefined);
    const tally = new CountingTally();
    const samples = new Samples();
    const lsn = spec.db ? await walLsn(spec.db) : undefined;
    const backends = spec.db ? sampleBackends(spec.db) : undefined;
    const opened = spec.db?.connectionsOpened;
    const statements0 = statementsSent();
    const cpu0 = process.cpuUsage();
    const host0 = hostCpuTimes();
    let loop: LoopResult;
    let backendShares: Record<string, number> | undefined;
    try {
      loop = await load(spec, 'measure', durationMs, tally, samples);
    } finally {
      // stop the sampler even when the loop failed, so no query outlives the measurement
      backendShares = await backends?.stop();
    }
    const cpu = process.cpuUsage(cpu0);
    const host1 = hostCpuTimes();
    const hostTotal = host1.total - host0.total;
    const wal = spec.db && lsn ? await walSince(spec.db, lsn) : null;
    const walBytes = wal?.bytes ?? null;
    const parts = spec.db && lsn && wal && inspectWal ? await walParts(spec.db, lsn, wal.to, wal.bytes) : null;
    const connectionsOpened = spec.db && opened !== undefined ? spec.db.connectionsOpened - opened : null;
    const seconds = loop.elapsedMs / 1000;
    return {
      label: spec.label,
      workers: spec.workers,
      durationMs: loop.elapsedMs,
      ops: loop.ops,
      events: loop.events,
      opsPerSec: loop.ops / seconds,
      eventsPerSec: loop.events / seconds,
      latencyMs: samples.summary(),
      peakRssBytes: loop.peakRssBytes ?? rss.peak(),
      nodeCpuPercent: percentOf((cpu.user + cpu.system) / 1000, loop.elapsedMs),
      hostCpuPercent: percentOf(host1.busy - host0.busy, hostTotal),
      hostIowaitPercent: percentOf(host1.iowait - host0.iowait, hostTotal),
      hostStealPercent: percentOf(host1.steal - host0.steal, hostTotal),
      walBytes,
      walParts: parts,
      backends: backendShares ?? null,
      connectionsOpened,
      counters: tally.counts,
      statements: statementsSent() - statements0,
    };
  } finally {
    rss.close();
  }
}
