import type { DataSource, QueryRunner } from 'typeorm';

/**
 * At most one active runner per projection across processes: a session-level advisory lock held on a
 * dedicated connection for as long as the runner works.
 */
export class ProjectionLock {
  private runner?: QueryRunner;

  constructor(private readonly db: DataSource, private readonly name: string) {}

  async tryAcquire(): Promise<boolean> {
    if (this.runner) {
      // Still ours while the connection lives; a lost connection lost the lock with it.
      try {
        await this.runner.query('SELECT 1');
        return true;
      } catch {
        await this.release();
      }
    }
    const runner = this.db.createQueryRunner();
    try {
      const rows: Array<{ locked: boolean }> = await runner.query(
        `SELECT pg_try_advisory_lock(hashtext('projection'), hashtext($1)) AS locked`,
        [this.name],
      );
      if (rows[0]?.locked) {
        this.runner = runner;
        return true;
      }
      await runner.release();
      return false;
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
  }

  async release(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (!runner) return;
    await runner.query(`SELECT pg_advisory_unlock(hashtext('projection'), hashtext($1))`, [this.name]).catch(() => undefined);
    await runner.release().catch(() => undefined);
  }
}
