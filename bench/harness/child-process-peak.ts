import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export type ChildRun = Readonly<{ elapsedMs: number; peakRssBytes: number; output: string }>;

/**
 * Runs a Node script in a process of its own and reports its wall time and its peak resident set (VmHWM, read from
 * /proc every 20 ms while it runs: the kernel's high-water mark, so a late read loses nothing but the last 20 ms).
 * For what an operator runs as its own process, such as `npm run cli -- projections rebuild`, whose memory the
 * harness's own process (which has already run other workloads) would hide. Fails when the process does.
 */
export async function runChildNode(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (kib) peak = Math.max(peak, Number(kib[1]) * 1024);
  };
  const timer = setInterval(() => void sample(), 20);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  }).finally(() => clearInterval(timer));
  const elapsedMs = performance.now() - started;
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`);
  if (peak === 0) throw new Error(`no /proc/${child.pid}/status was read: peak RSS of a child needs Linux`);
  return { elapsedMs, peakRssBytes: peak, output };
}
