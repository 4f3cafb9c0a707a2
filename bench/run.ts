import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchServer, type ManagedDatabase } from './harness/database.js';
import { machineInfo } from './harness/machine.js';
import { RssSampler, measure } from './harness/measure.js';
import { loadReport, renderComparison } from './harness/comparison.js';
import { countStatements } from './harness/statement-count.js';
import { USAGE, UsageError, parseOptions } from './harness/options.js';
import { loadWorkloads, selectWorkloads } from './harness/registry.js';
import { mib, ratios, renderMarkdown, writeReports, type RunReport } from './harness/report.js';
import type { BenchContext, BenchOptions, CaseResult, Workload, WorkloadResult } from './harness/types.js';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The repository root: the nearest directory above this module whose package.json is Charter's. */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'charter')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (package.json named "charter")');
    dir = parent;
  }
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function runWorkload(
  workload: Workload,
  options: BenchOptions,
  server: BenchServer,
  sampler: RssSampler,
): Promise<WorkloadResult> {
  const startedAt = new Date();
  const started = performance.now();
  const databases: ManagedDatabase[] = [];
  const cases: CaseResult[] = [];
  const prefix = `[${workload.name}]`;
  collectGarbage();
  const rss = sampler.window();
  const ctx: BenchContext = {
    options,
    freshDatabase: async (label) => {
      const db = await server.freshDatabase(`${workload.name}_${label}`);
      databases.push(db);
      return db;
    },
    measure: async (spec) => {
      const m = await measure(spec, options, sampler);
      log(
        `${prefix} ${spec.label} ×${spec.workers}: ${Math.round(m.opsPerSec)} ops/s, ${Math.round(m.eventsPerSec)} events/s, ` +
          `p50 ${m.latencyMs.p50.toFixed(2)} ms, p99 ${m.latencyMs.p99.toFixed(2)} ms` +
          Object.entries(m.counters)
            .map(([k, n]) => `, ${k} ${n}`)
            .join(''),
      );
      return m;
    },
    compare: (result) => {
      cases.push(result);
      const summary = result.variants
        .map((v) => `${v.label} ${ratios(v, result.baseline).throughput.toFixed(2)}×`)
        .join(', ');
      log(`${prefix} ${result.name}: ${summary} of ${result.baseline.label}`);
    },
    log: (line) => log(`${prefix} ${line}`),
  };
  let error: string | undefined;
  try {
    log(`${prefix} ${workload.description}`);
    await workload.run(ctx);
  } catch (e) {
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    log(`${prefix} FAILED: ${error}`);
    error = e instanceof Error ? e.message : String(e);
  } finally {
    for (const db of databases)
      await db.dispose().catch((e: unknown) => log(`${prefix} could not drop ${db.name}: ${String(e)}`));
  }
  const peakRssBytes = rss.close();
  return {
    name: workload.name,
    description: workload.description,
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - started,
    peakRssBytes,
    cases,
    ...(error ? { error } : {}),
  };
}

async function main(): Promise<number> {
  countStatements();
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      log(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (options === 'help') {
    log(USAGE);
    return 0;
  }
  // read the earlier report first: a wrong path should not cost a whole run
  const earlier = options.compare ? loadReport(options.compare) : undefined;
  const workloads = selectWorkloads(await loadWorkloads(), options.only);
  const root = repositoryRoot();
  const startedAt = new Date();
  const started = performance.now();
  const machine = machineInfo();
  const sampler = new RssSampler();
  const runRss = sampler.window();
  log(
    `Charter bench: ${workloads.map((w) => w.name).join(', ')}; ${options.durationMs / 1000} s per measurement, log of ${options.events} events.`,
  );
  const server = await BenchServer.start(log);
  const results: WorkloadResult[] = [];
  try {
    for (const workload of workloads) results.push(await runWorkload(workload, options, server, sampler));
  } finally {
    await server.stop();
  }
  const report: RunReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    options,
    machine,
    postgres: server.info,
    peakRssBytes: runRss.close(),
    workloads: results,
  };
  const files = await writeReports(join(root, 'bench', 'results'), report);
  process.stdout.write(renderMarkdown(report));
  if (earlier && options.compare)
    process.stdout.write(`\n${renderComparison(report, earlier, relative(process.cwd(), options.compare))}`);
  log(
    `\nWrote ${[files.json, files.markdown, files.latest].map((f) => relative(process.cwd(), f)).join(', ')} (run took ${(report.durationMs / 1000).toFixed(1)} s, peak RSS ${mib(report.peakRssBytes)} MiB).`,
  );
  return results.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
