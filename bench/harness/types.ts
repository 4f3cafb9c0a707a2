import type pg from 'pg';
import type { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';

/** What the command line asked for, already resolved to numbers. */
export type BenchOptions = Readonly<{
  quick: boolean;
  /** Length of one measurement, after its warm-up. */
  durationMs: number;
  /** Run before every measurement and thrown away: connections, JIT, caches, plans. */
  warmupMs: number;
  /** Size of the log that log-size workloads seed (read-all: this; projection-catch-up and audit-verify: see logSizes). */
  events: number;
  /** Workload names to run; empty means all. */
  only: readonly string[];
  /** The command the HTTP workloads drive (harness/http-commands.ts); their default when absent. */
  command?: string;
  /** an earlier report (JSON) to set this run's ratios beside */
  compare?: string;
}>;

/** Latency of one operation, in milliseconds. */
export type LatencySummary = Readonly<{ p50: number; p95: number; p99: number; max: number; mean: number }>;

/** One closed-loop measurement of one variant. */
export type Measurement = Readonly<{
  label: string;
  workers: number;
  durationMs: number;
  ops: number;
  events: number;
  opsPerSec: number;
  eventsPerSec: number;
  latencyMs: LatencySummary;
  /** Highest resident set size of this Node process seen during warm-up and measurement. */
  peakRssBytes: number;
  /** CPU time of this Node process over the measurement, as a percentage of one core. */
  nodeCpuPercent: number;
  /**
   * Busy time (user, system, irq) of the whole machine over the measurement, as a percentage of all cores:
   * PostgreSQL and this process together when the server is local. From /proc/stat on Linux.
   */
  hostCpuPercent: number;
  /** Share of all cores idle while waiting on disk I/O, and taken by the hypervisor (steal); 0 where unknown. */
  hostIowaitPercent: number;
  hostStealPercent: number;
  /**
   * Where the measured connections' backends were, sampled from pg_stat_activity every 20 ms, as
   * percentages of samples: 'CPU' (active, no wait event), 'Client' (idle: waiting for this process's
   * next query, i.e. round trip plus Node time), 'Client (in transaction)', or the wait event
   * ('Lock:transactionid', 'IO:WalSync', 'LWLock:WALWrite', ...). Null when no database was given.
   */
  backends: Readonly<Record<string, number>> | null;
  /** WAL the server wrote during the measurement (pg_current_wal_lsn difference); null when not asked for. */
  walBytes: number | null;
  /** walBytes by part (relation, full-page images, the rest; harness/wal-parts.ts); null without pg_walinspect. */
  walParts: Readonly<Record<string, number>> | null;
  /** Connections opened during the measurement (after the warm-up); null when no database was given. */
  connectionsOpened: number | null;
  /** Workload-specific counts taken during the measurement only (conflicts, passes, ...). */
  counters: Readonly<Record<string, number>>;
  /** SQL statements this process sent during the measurement, all of them (projections included) */
  statements: number;
}>;

/** One comparison: the baseline and the variants measured against it, in the same run, back to back. */
export type CaseResult = Readonly<{
  name: string;
  params: Readonly<Record<string, string | number>>;
  baseline: Measurement;
  /** The first variant is the subject (the Charter code path); any others are diagnostics. */
  variants: readonly Measurement[];
  notes?: string;
}>;

export type WorkloadResult = Readonly<{
  name: string;
  description: string;
  startedAt: string;
  durationMs: number;
  /** Highest RSS of this Node process during the whole workload, seeding included. */
  peakRssBytes: number;
  cases: readonly CaseResult[];
  error?: string;
}>;

/** Mutable counters a workload bumps from inside an operation; reset after the warm-up. */
export interface Tally {
  add(name: string, amount?: number): void;
}

/** One operation of a closed loop: does its work and answers how many events it wrote or read. */
export type Operation = (worker: number, tally: Tally) => Promise<number>;

/**
 * A load generator that is not a closed loop of operations: autocannon over HTTP, a fixed-rate schedule, one
 * pass of a projection rebuild. It runs for `durationMs` (or until its work is done), calls `record` with the
 * latency of every operation it counts, and answers how many operations and events it counted.
 */
export type Driver = (run: DriverRun) => Promise<DriverOutcome>;

export type DriverRun = Readonly<{
  /** 'warmup' runs first (when warmupMs > 0) and is not counted; record and tally then go nowhere. */
  phase: 'warmup' | 'measure';
  durationMs: number;
  record(latencyMs: number): void;
  tally: Tally;
}>;

export type DriverOutcome = Readonly<{
  ops: number;
  events: number;
  /** The time the counted operations took; by default the time the driver took. */
  elapsedMs?: number;
  /** The peak resident set of the process that did the work, when that is not this one (a child process). */
  peakRssBytes?: number;
}>;

export type MeasureSpec = Readonly<{
  label: string;
  /** Concurrent loops; each runs one operation at a time (for a driver: its concurrency, as reported). */
  workers: number;
  /**
   * The database the operation works on. When given: CHECKPOINT before the warm-up, and the WAL written and
   * the backends' wait events during the measurement are reported.
   */
  db?: BenchDatabase;
  durationMs?: number;
  warmupMs?: number;
}> &
  // exactly one: a closed loop of `op` on `workers` loops, or a driver that makes the load itself
  (Readonly<{ op: Operation; driver?: never }> | Readonly<{ driver: Driver; op?: never }>);

/** A fresh database cloned from the migrated template: es schema plus bench.raw_events, both empty. */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  /**
   * A pg pool of `max` connections opened up front (so the measurement never pays for a connect), made
   * with the application's createPool. `settings` go in the startup packet of every connection
   * (`-c name=value`, e.g. synchronous_commit).
   */
  connect(max: number, settings?: Readonly<Record<string, string>>): Promise<pg.Pool>;
  /** Connections the pools made by connect() have opened so far (pg-pool replaces a connection after a failed statement). */
  readonly connectionsOpened: number;
  /** The application's PostgreSQL adapter over that pool; closing the store ends the pool. */
  eventStore(pool: pg.Pool): PostgresEventStore;
  /** A statement on the harness's own control connection to this database (seeding, checks). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface BenchContext {
  readonly options: BenchOptions;
  /** A new database for this workload; the harness drops it (and ends its pools) when the workload ends. */
  freshDatabase(label: string): Promise<BenchDatabase>;
  /** Warm-up, then a closed loop of `workers` for the measurement duration. */
  measure(spec: MeasureSpec): Promise<Measurement>;
  /** Records one baseline-versus-variants comparison in the report. */
  compare(result: CaseResult): void;
  log(line: string): void;
}

/** A workload is one file under bench/workloads/ that calls registerWorkload with this. */
export type Workload = Readonly<{
  name: string;
  description: string;
  /**
   * Run after the workloads without it: for workloads that start the whole app (NestJS, TypeORM, every module,
   * the projections), whose heap stays partly in the process and would raise the peak RSS later workloads report.
   */
  runLast?: boolean;
  run(ctx: BenchContext): Promise<void>;
}>;
