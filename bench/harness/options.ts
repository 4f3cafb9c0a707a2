import type { BenchOptions } from './types.js';

export const USAGE = `Usage: npm run bench -- [--quick] [--duration <s>] [--events <n>] [--only <name,...>] [--command <name>]

  --quick           short measurements and small logs: the whole run takes under two minutes
  --duration <s>    seconds per measurement (default 10, quick 2); a warm-up of a fifth of it
                    (between 0.5 and 2 s) runs first and is not counted
  --events <n>      events in the log that read-all seeds (default 1000000, quick 100000);
                    projection-catch-up and audit-verify seed n/10 and n (quick: n/500 and n/50)
  --only <names>    comma-separated workload names to run (default: all)
  --command <name>  the command the HTTP workloads drive: check-in (default) or rename
  --compare <file>  after the run, print each variant's ratio to its baseline beside the same
                    ratio in an earlier report (bench/results/<stamp>.json)
  --help            this text

DATABASE_URL      use that server instead of an embedded PostgreSQL (the user must be allowed to
                  CREATE DATABASE; the benchmark databases are dropped afterwards)`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  let quick = false;
  let duration: number | undefined;
  let events: number | undefined;
  let only: string[] = [];
  let command: string | undefined;
  let compare: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--duration':
        duration = positiveNumber(flag, value());
        break;
      case '--events':
        events = Math.round(positiveNumber(flag, value()));
        break;
      case '--only':
        only = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case '--command':
        command = value();
        break;
      case '--compare':
        compare = value();
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new UsageError(`Unknown option ${arg}`);
    }
  }
  const durationMs = Math.round((duration ?? (quick ? 2 : 10)) * 1000);
  return {
    quick,
    durationMs,
    warmupMs: Math.min(2000, Math.max(500, Math.round(durationMs / 5))),
    events: events ?? (quick ? 100_000 : 1_000_000),
    only,
    ...(command ? { command } : {}),
    ...(compare ? { compare } : {}),
  };
}

function positiveNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, got "${text}"`);
  return n;
}
