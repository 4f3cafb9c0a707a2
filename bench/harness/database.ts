import { mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { ENTITIES, MIGRATIONS } from '../../src/app/persistence.js';
import { createDataSource } from '../../src/shared/database/data-source.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/shared/database/embedded-postgres.js';
import { DEFAULT_MAX_EVENT_BYTES } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { createRawEventsTable } from './seed.js';
import type { BenchDatabase } from './types.js';

export type ServerInfo = Readonly<{
  source: 'embedded' | 'DATABASE_URL';
  version: string;
  settings: Readonly<Record<string, string>>;
  /** Where the embedded server keeps its files and what file system that is (fsync cost depends on it). */
  dataDir?: string;
  dataDirFileSystem?: string;
}>;

/** Settings that decide what an append costs; reported with every run. */
const REPORTED_SETTINGS = [
  'synchronous_commit',
  'fsync',
  'wal_sync_method',
  'full_page_writes',
  'wal_level',
  'shared_buffers',
  'max_wal_size',
  'checkpoint_timeout',
  'commit_delay',
  'jit',
];

/** The PostgreSQL server of one run: the embedded one in a temp dir, or the one DATABASE_URL names. */
export class BenchServer {
  private readonly template = `charter_bench_template_${process.pid}`;
  private templateReady = false;
  private counter = 0;

  private constructor(
    private readonly adminUrl: string,
    private readonly embedded: EmbeddedDatabase | undefined,
    readonly info: ServerInfo,
  ) {}

  static async start(log: (line: string) => void): Promise<BenchServer> {
    const external = process.env.DATABASE_URL;
    let adminUrl: string;
    let embedded: EmbeddedDatabase | undefined;
    let dataDir: string | undefined;
    if (external) {
      adminUrl = external;
      log(`Using the server DATABASE_URL names (${new URL(external).host}).`);
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'charter-bench-pg-'));
      const port = await freePort();
      embedded = await startEmbeddedPostgres({ dataDir, port, persistent: false, database: 'postgres' });
      adminUrl = embedded.url;
      log(`Started an embedded PostgreSQL on port ${port} in ${dataDir}.`);
    }
    try {
      const info = await withClient(adminUrl, async (c) => {
        const version = (await c.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]!.v;
        const { rows } = await c.query<{ name: string; setting: string; unit: string | null }>(
          'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name',
          [REPORTED_SETTINGS],
        );
        const settings = Object.fromEntries(rows.map((r) => [r.name, withUnit(r.setting, r.unit)]));
        return { version, settings };
      });
      return new BenchServer(adminUrl, embedded, {
        source: external ? 'DATABASE_URL' : 'embedded',
        ...info,
        ...(dataDir ? { dataDir, dataDirFileSystem: fileSystemOf(dataDir) } : {}),
      });
    } catch (error) {
      await embedded?.stop();
      throw error;
    }
  }

  /** The es schema from the project's own migrations, plus bench.raw_events, in a template every workload clones. */
  private async ensureTemplate(): Promise<void> {
    if (this.templateReady) return;
    await withClient(this.adminUrl, (c) => c.query(`CREATE DATABASE ${this.template}`));
    const url = databaseUrl(this.adminUrl, this.template);
    const dataSource = createDataSource(url, { entities: ENTITIES, migrations: MIGRATIONS }, 1);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }
    await withClient(url, (c) => createRawEventsTable(c));
    this.templateReady = true;
  }

  async freshDatabase(label: string): Promise<ManagedDatabase> {
    await this.ensureTemplate();
    const name =
      `charter_bench_${process.pid}_${++this.counter}_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
    await withClient(this.adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${this.template}`));
    return new ManagedDatabase(name, databaseUrl(this.adminUrl, name), () =>
      withClient(this.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    );
  }

  async stop(): Promise<void> {
    try {
      if (this.templateReady)
        await withClient(this.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${this.template} WITH (FORCE)`));
    } finally {
      await this.embedded?.stop();
    }
  }
}

/** A workload's database: tracks the pools opened on it so that dispose() can end them and drop it. */
export class ManagedDatabase implements BenchDatabase {
  private readonly pools = new Set<pg.Pool>();
  private control: pg.Pool | undefined;
  private opened = 0;

  constructor(
    readonly name: string,
    readonly url: string,
    private readonly drop: () => Promise<void>,
  ) {}

  async connect(max: number, settings: Readonly<Record<string, string>> = {}): Promise<pg.Pool> {
    const url = new URL(this.url);
    const entries = Object.entries(settings);
    // Sent in the startup packet, so every connection has them before its first query.
    if (entries.length > 0)
      url.searchParams.set('options', entries.map(([name, value]) => `-c ${name}=${value}`).join(' '));
    const pool = createPool(url.toString(), max);
    this.pools.add(pool);
    pool.on('connect', () => this.opened++);
    const clients = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    await Promise.all(clients.map((c) => c.query('SELECT 1')));
    for (const c of clients) c.release();
    return pool;
  }

  get connectionsOpened(): number {
    return this.opened;
  }

  eventStore(pool: pg.Pool): PostgresEventStore {
    return new PostgresEventStore(pool, { maxEventBytes: DEFAULT_MAX_EVENT_BYTES, pollIntervalMs: 1000 });
  }

  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    this.control ??= createPool(this.url, 1);
    return this.control.query<R>(sql, params);
  }

  async dispose(): Promise<void> {
    const pools = [...this.pools, ...(this.control ? [this.control] : [])];
    await Promise.all(pools.filter((p) => !p.ended).map((p) => p.end().catch(() => undefined)));
    await this.drop();
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function withUnit(setting: string, unit: string | null): string {
  if (!unit) return setting;
  const match = /^(\d+)?(kB|MB|B|s|ms|min)$/.exec(unit);
  if (!match) return `${setting} ${unit}`;
  const factor = Number(match[1] ?? 1);
  const value = Number(setting) * factor;
  if (match[2] === 'kB') return value >= 1024 ? `${value / 1024} MB` : `${value} kB`;
  return `${value} ${match[2]}`;
}

const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext2/3/4',
  0x01021994: 'tmpfs',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlayfs',
};

function fileSystemOf(path: string): string {
  try {
    const type = statfsSync(path).type;
    return FILE_SYSTEMS[type] ?? `0x${type.toString(16)}`;
  } catch {
    return 'unknown';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
