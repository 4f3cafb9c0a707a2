import { readFileSync } from 'node:fs';
import { ratios, type RunReport } from './report.js';

/**
 * Issue 15: `--compare <report.json>` sets this run beside an earlier one. Figures from two runs are not
 * comparable in absolute terms (the machine's load differs), so the comparison is of each variant's ratio to the
 * baseline measured in its own run: "× base then" and "× base now", and now ÷ then.
 */
export function loadReport(file: string): RunReport {
  const report = JSON.parse(readFileSync(file, 'utf8')) as RunReport;
  if (!Array.isArray(report.workloads)) throw new Error(`${file} is not a bench report (no workloads)`);
  return report;
}

type Row = Readonly<{ key: string; workload: string; case: string; variant: string; throughput: number }>;

function rowsOf(report: RunReport): Row[] {
  return report.workloads.flatMap((w) =>
    w.cases.flatMap((c) =>
      c.variants.map((v) => ({
        key: `${w.name}\u0000${c.name}\u0000${v.label}`,
        workload: w.name,
        case: c.name,
        variant: v.label,
        throughput: ratios(v, c.baseline).throughput,
      })),
    ),
  );
}

const times = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** A Markdown table of every variant measured in both runs, and a line for those measured in only one. */
export function renderComparison(now: RunReport, then: RunReport, thenName: string): string {
  const earlier = new Map(rowsOf(then).map((r) => [r.key, r]));
  const current = rowsOf(now);
  const lines = [
    `## Compared with ${thenName} (${then.startedAt})`,
    '',
    '| Workload | Case | Variant | × base then | × base now | now ÷ then |',
    '|---|---|---|--:|--:|--:|',
  ];
  for (const row of current) {
    const old = earlier.get(row.key);
    if (!old) continue;
    lines.push(
      `| ${row.workload} | ${row.case} | ${row.variant} | ${times(old.throughput)} | ${times(row.throughput)} | ${times(row.throughput / old.throughput)} |`,
    );
  }
  const onlyNow = current.filter((r) => !earlier.has(r.key)).length;
  const currentKeys = new Set(current.map((r) => r.key));
  const onlyThen = [...earlier.keys()].filter((k) => !currentKeys.has(k)).length;
  lines.push('', `Measured in this run only: ${onlyNow}; in the earlier run only: ${onlyThen}.`, '');
  return `${lines.join('\n')}\n`;
}
