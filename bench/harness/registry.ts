import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Workload } from './types.js';

const workloads: Workload[] = [];

/** Called once, at module level, by every file under bench/workloads/. */
export function registerWorkload(workload: Workload): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(workload.name))
    throw new Error(`Workload name "${workload.name}" must be kebab-case`);
  if (workloads.some((w) => w.name === workload.name))
    throw new Error(`Workload "${workload.name}" is registered twice`);
  workloads.push(workload);
}

/**
 * Imports every module in bench/workloads/ (in file-name order without the extension, which is the run order: append before append-breakdown,
 * except that workloads marked runLast come after the others), so adding a workload is adding a file: nothing else lists them.
 */
export async function loadWorkloads(): Promise<readonly Workload[]> {
  const dir = fileURLToPath(new URL('../workloads/', import.meta.url));
  const base = (file: string): string => file.replace(/\.(js|ts)$/, '');
  const files = (await readdir(dir))
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0));
  for (const file of files) await import(pathToFileURL(join(dir, file)).href);
  // stable: file-name order within each group
  return [...workloads.filter((w) => !w.runLast), ...workloads.filter((w) => w.runLast)];
}

export function selectWorkloads(all: readonly Workload[], only: readonly string[]): readonly Workload[] {
  if (only.length === 0) return all;
  const unknown = only.filter((name) => !all.some((w) => w.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown workload(s): ${unknown.join(', ')}. Available: ${all.map((w) => w.name).join(', ')}`);
  }
  return all.filter((w) => only.includes(w.name));
}
