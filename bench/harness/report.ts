import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerInfo } from './database.js';
import type { MachineInfo } from './machine.js';
import type { BenchOptions, CaseResult, Measurement, WorkloadResult } from './types.js';

export type RunReport = Readonly<{
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  options: BenchOptions;
  machine: MachineInfo;
  postgres: ServerInfo;
  /** Peak RSS of this process over the whole run. */
  peakRssBytes: number;
  workloads: readonly WorkloadResult[];
}>;

/** Variant against its case's baseline: above 1 is faster for throughput, above 1 is slower for latency. */
export type Ratios = Readonly<{ throughput: number; p50: number; p99: number }>;

export function ratios(variant: Measurement, baseline: Measurement): Ratios {
  const div = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);
  return {
    throughput: div(variant.eventsPerSec, baseline.eventsPerSec),
    p50: div(variant.latencyMs.p50, baseline.latencyMs.p50),
    p99: div(variant.latencyMs.p99, baseline.latencyMs.p99),
  };
}

/** Writes <stamp>.json, <stamp>.md and latest.md under `dir`, each through a .tmp file and a rename. */
export async function writeReports(
  dir: string,
  report: RunReport,
): Promise<{ json: string; markdown: string; latest: string }> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
  const withRatios = {
    ...report,
    workloads: report.workloads.map((w) => ({
      ...w,
      cases: w.cases.map((c) => ({
        ...c,
        ratios: c.variants.map((v) => ({ label: v.label, ...ratios(v, c.baseline) })),
      })),
    })),
  };
  const markdown = renderMarkdown(report);
  const files = {
    json: join(dir, `${stamp}.json`),
    markdown: join(dir, `${stamp}.md`),
    latest: join(dir, 'latest.md'),
  };
  await atomicWrite(files.json, `${JSON.stringify(withRatios, null, 2)}\n`);
  await atomicWrite(files.markdown, markdown);
  await atomicWrite(files.latest, markdown);
  return files;
}

async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

export function renderMarkdown(report: RunReport): string {
  const o = report.options;
  const m = report.machine;
  const pgInfo = report.postgres;
  const lines: string[] = [
    `# Charter benchmark, ${report.startedAt}`,
    '',
    `Options: ${o.quick ? '`--quick`, ' : ''}${fmtSeconds(o.durationMs)} per measurement after a ${fmtSeconds(o.warmupMs)} warm-up, ` +
      `log size ${o.events.toLocaleString('en-US')} events${o.only.length ? `, only ${o.only.join(', ')}` : ''}. ` +
      `Whole run ${fmtSeconds(report.durationMs)}, peak RSS ${mib(report.peakRssBytes)} MiB.`,
    '',
    `Machine: ${m.nproc} CPUs (nproc; ${m.cpuModel}), ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, ${m.os}, Node ${m.node}, ` +
      `PostgreSQL ${pgInfo.version} (${pgInfo.source}${pgInfo.dataDirFileSystem ? `, data on ${pgInfo.dataDirFileSystem}` : ''}). ` +
      `Load average at start: ${m.loadAverageAtStart.join(', ')}.`,
    '',
    `PostgreSQL settings: ${Object.entries(pgInfo.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`,
    '',
    'Each case: the baseline row, then the Charter path (first) and any diagnostic variants. ' +
      '"× base" columns: events/s relative to the baseline (above 1 is faster) and p50/p99 latency relative to it ' +
      '(above 1 is slower). CPU host: busy share of all cores (PostgreSQL and Node together on one machine; ' +
      '"io" is iowait, "st" steal). CPU node: this process, % of one core. ' +
      'WAL/ev: bytes of WAL per event written. PG backends: where the measured connections were, sampled from ' +
      'pg_stat_activity (CPU = running in PostgreSQL, Client = idle waiting for the next query from Node, ' +
      'otherwise the wait event). Counters: conflicts (a writer lost the race and retried) and new connections ' +
      'opened during the measurement (pg-pool closes a connection after any failed statement).',
    '',
    '| Workload | Case | Variant | ops/s | events/s | p50 ms | p95 ms | p99 ms | × base ev/s | × base p50 | × base p99 | CPU host % | CPU node % | WAL B/ev | PG backends | peak RSS MiB | counters |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|',
  ];
  for (const w of report.workloads) {
    if (w.error)
      lines.push(
        `| ${[w.name, '—', `**failed**: ${escapeCell(w.error)}`, ...Array<string>(14).fill('')].join(' | ')} |`,
      );
    for (const c of w.cases) {
      lines.push(row(w.name, c, c.baseline, 'baseline'));
      for (const v of c.variants) lines.push(row(w.name, c, v, ratios(v, c.baseline)));
    }
  }
  lines.push('', '| Workload | took (seeding included) | peak RSS MiB | result |', '|---|--:|--:|---|');
  for (const w of report.workloads) {
    lines.push(
      `| ${w.name} | ${fmtSeconds(w.durationMs)} | ${mib(w.peakRssBytes)} | ${w.error ? `failed: ${escapeCell(w.error)}` : `${w.cases.length} case(s)`} |`,
    );
  }
  lines.push('');
  for (const w of report.workloads) {
    lines.push(
      `## ${w.name}`,
      '',
      w.description,
      '',
      `Took ${fmtSeconds(w.durationMs)} with seeding; peak RSS ${mib(w.peakRssBytes)} MiB.`,
    );
    if (w.error) lines.push('', `**Failed:** ${w.error}`);
    const notes = w.cases.filter((c) => c.notes).map((c) => `- ${c.name}: ${c.notes}`);
    if (notes.length) lines.push('', ...notes);
    const wal = w.cases.flatMap((c) => [c.baseline, ...c.variants].map((v) => walLine(c, v))).filter(Boolean);
    if (wal.length) lines.push('', 'WAL per event by part (harness/wal-parts.ts):', '', ...wal);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function row(workload: string, c: CaseResult, v: Measurement, r: Ratios | 'baseline'): string {
  const walPerEvent = v.walBytes !== null && v.events > 0 ? v.walBytes / v.events : null;
  const counters = [
    ...Object.entries(v.counters).map(
      ([k, n]) =>
        `${k} ${n.toLocaleString('en-US')}${v.ops > 0 && k === 'conflicts' ? ` (${((n / v.ops) * 100).toFixed(1)}% of ops)` : ''}`,
    ),
    ...(v.connectionsOpened ? [`new connections ${v.connectionsOpened.toLocaleString('en-US')}`] : []),
    ...(v.ops > 0 && v.statements > 0 ? [`SQL/op ${(v.statements / v.ops).toFixed(1)}`] : []),
  ].join(', ');
  const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
  return `| ${[
    workload,
    c.name,
    r === 'baseline' ? `*${v.label}* (baseline)` : v.label,
    num(v.opsPerSec),
    num(v.eventsPerSec),
    ms(v.latencyMs.p50),
    ms(v.latencyMs.p95),
    ms(v.latencyMs.p99),
    r === 'baseline' ? '1.00×' : ratio(r.throughput),
    r === 'baseline' ? '1.00×' : ratio(r.p50),
    r === 'baseline' ? '1.00×' : ratio(r.p99),
    hostCpu(v),
    v.nodeCpuPercent.toFixed(0),
    walPerEvent === null ? '—' : num(walPerEvent),
    backends(v),
    mib(v.peakRssBytes),
    counters,
  ].join(' | ')} |`;
}

/** "- case, variant: es.events 800 B, es.events (full-page images) 300 B, ..." for the parts of 1% or more. */
function walLine(c: CaseResult, v: Measurement): string {
  // a read's WAL (hint bits, the harness's own statements) is noise, not a part of its cost
  if (!v.walParts || !v.walBytes || v.events === 0 || v.walBytes < v.events) return '';
  const parts = Object.entries(v.walParts)
    .filter(([, bytes]) => bytes >= v.walBytes! / 100)
    .map(([part, bytes]) => `${part} ${num(bytes / v.events)} B`);
  return `- ${c.name}, ${v.label}: ${num(v.walBytes / v.events)} B = ${parts.join(', ')}`;
}

function hostCpu(v: Measurement): string {
  const extra = [
    v.hostIowaitPercent >= 1 ? `io ${v.hostIowaitPercent.toFixed(0)}` : '',
    v.hostStealPercent >= 1 ? `st ${v.hostStealPercent.toFixed(0)}` : '',
  ].filter(Boolean);
  return `${v.hostCpuPercent.toFixed(0)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** The three most sampled backend states, e.g. "CPU 55%, Client 30%, Lock:transactionid 10%". */
function backends(v: Measurement): string {
  if (!v.backends) return '—';
  return Object.entries(v.backends)
    .slice(0, 3)
    .map(([k, pct]) => `${k} ${pct.toFixed(0)}%`)
    .join(', ');
}

function num(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

function fmtSeconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(msValue < 10_000 ? 1 : 0)} s`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
