import type { DataSource, Migration } from 'typeorm';

/**
 * Runs the pending migrations while holding a PostgreSQL advisory lock, on a connection of its own. Several instances
 * started at once on a new database (a deployment of two, a restart of all) would otherwise each find the same
 * migrations pending and run them together, and all but one would stop on a duplicate table or type. The others
 * wait here, then find nothing left to run.
 */
export async function runMigrationsExclusively(db: DataSource): Promise<Migration[]> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('charter:migrations'))`);
    try {
      return await db.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext('charter:migrations'))`);
    }
  } finally {
    await runner.release();
  }
}
