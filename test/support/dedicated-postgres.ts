import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/shared/database/embedded-postgres.js';
import { eventually } from './eventually.js';
import { freePort } from './free-port.js';

/**
 * A PostgreSQL cluster of its own (the embedded one, on its own port and data directory), for a test that kills the
 * database itself: the run's shared cluster must never be killed under the other test files.
 */
export type DedicatedPostgres = Readonly<{
  /** the `charter` database on it */
  url: string;
  port: number;
  /** SIGKILL of the postmaster, as a crash or the OOM killer would end it; resolves when it is gone */
  kill: () => Promise<void>;
  /** starts it again on the same port and data directory (crash recovery replays its WAL) */
  restart: (timeoutMs?: number) => Promise<void>;
  /** stops it and deletes its data directory */
  remove: () => Promise<void>;
}>;

export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'charter-dedicated-pg-'));
  const port = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir, port, persistent: true, database: 'charter' });
  let running: EmbeddedDatabase | undefined = await start();
  const url = running.url;
  const postmasterPid = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    url,
    port,
    kill: async () => {
      const pid = postmasterPid();
      process.kill(pid, 'SIGKILL');
      // its handle's stop() would wait for an exit already past: it is dropped, the next start makes a new one
      running = undefined;
      await eventually(async () => !alive(pid), 10_000, `postmaster ${pid} to be gone`);
    },
    restart: async (timeoutMs = 30_000) => {
      // The killed postmaster's backends notice its death and leave within moments; until they have, the new one
      // refuses the shared memory they still hold. Start again until it takes.
      await eventually(
        async () => {
          try {
            running = await start();
            return true;
          } catch {
            return false;
          }
        },
        timeoutMs,
        'the dedicated PostgreSQL to start again',
      );
    },
    remove: async () => {
      await running?.stop();
      running = undefined;
      if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
