import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The repository root; the global set-up has built dist/ there (scripts/build-if-changed.mjs). */
export const root = join(import.meta.dirname, '..', '..');

export type BuiltServer = {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

/** `node dist/app/main.js` as `npm start` runs it, in its own process, with exactly the environment given. */
export function startBuiltServer(env: NodeJS.ProcessEnv, directory = root): BuiltServer {
  const child = spawn(process.execPath, [join(directory, 'dist', 'app', 'main.js')], {
    cwd: directory,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  return { child, output: () => output, exited, stop };
}
