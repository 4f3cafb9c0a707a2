import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ENTITIES, MIGRATIONS } from '../../src/app/persistence.js';
import { createDataSource } from '../../src/shared/database/data-source.js';

export type TestDatabase = Readonly<{ url: string; name: string; drop: () => Promise<void> }>;

/** A fresh, migrated database for one test file, copied from the run's template in one statement. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.CHARTER_TEST_ADMIN_URL;
  const template = process.env.CHARTER_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Run tests through jest: global-setup provides the database');
  await ensureTemplate(adminUrl, template);
  const name = `charter_t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: () =>
      withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A database with nothing in it, not even the migrations: for what a first start on a new server must do itself. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.CHARTER_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run tests through jest: global-setup provides the database');
  const name = `charter_e_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: () =>
      withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The first worker to get here migrates the template; the others wait on the same advisory lock. */
async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(4242)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await client.query(`CREATE DATABASE ${template}_building`);
      const dataSource = createDataSource(
        databaseUrl(adminUrl, `${template}_building`),
        { entities: ENTITIES, migrations: MIGRATIONS },
        1,
      );
      await dataSource.initialize();
      await dataSource.runMigrations();
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${template}_building RENAME TO ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(4242)');
    }
  });
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
