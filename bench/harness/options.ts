import type { BenchOptions } from './types.js';

export const USAGE = `Usage: npm run bench -- [--quick] [--duration <s>] [--events <n>] [--only <name,...>]

  --quick           short measurements and a small log: the whole run takes under two minutes
  --duration <s>    seconds per measurement (default 10, quick 2); a warm-up of a fifth of it
                    (between 0.5 and 2 s) runs first and is not counted
  --events <n>      events in the log that readAll seeds (default 1000000, quick 100000)
  --only <names>    comma-separated workload names to run (default: all)
  --help            this text

DATABASE_URL      use that server instead of an embedded PostgreSQL (the user must be allowed to
                  CREATE DATABASE; the benchmark databases are dropped afterwards)`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  let quick = false;
  let duration: number | undefined;
  let events: number | undefined;
  let only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
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
  };
}

function positiveNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, got "${text}"`);
  return n;
}
