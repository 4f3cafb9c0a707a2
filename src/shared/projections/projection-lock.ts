import type { DataSource, QueryRunner } from 'typeorm';

/**
 * One dedicated connection that holds the advisory locks of every projection this process runs: a runner is
 * active while its session-level lock is held. One connection for all of them, so the runners do not take a
 * pooled connection each away from the commands and queries.
 */
export class LockSession {
  private runner?: QueryRunner;
  private readonly held = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** when the connection last answered: every runner asks at each wake, one ping per interval serves them all */
  private answeredAt = 0;

  /**
   * @param checkEveryMs how long an answer of the connection stands for it (issue 15: forty runners woken by one
   * command each sent a `SELECT 1`). A connection lost meanwhile is noticed at the next check, or by TypeORM
   * releasing the runner; until then a runner that lost its lock still cannot commit, because each checkpoint
   * moves only from the position it was read at.
   */
  constructor(
    private readonly db: DataSource,
    private readonly checkEveryMs = 0,
  ) {}

  /** True when this process holds (or has just taken) the lock named `name`. */
  tryAcquire(name: string): Promise<boolean> {
    return this.serially(() => this.acquire(name));
  }

  release(name: string): Promise<void> {
    return this.serially(() => this.unlock(name));
  }

  /** One query at a time on the shared connection: the runners ask concurrently. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async acquire(name: string): Promise<boolean> {
    const runner = await this.connection();
    try {
      if (this.held.has(name)) {
        if (Date.now() - this.answeredAt >= this.checkEveryMs) {
          await runner.query('SELECT 1');
          this.answeredAt = Date.now();
        }
        return true;
      }
      const rows: Array<{ locked: boolean }> = await runner.query(
        `SELECT pg_try_advisory_lock(hashtext('projection'), hashtext($1)) AS locked`,
        [name],
      );
      this.answeredAt = Date.now();
      if (rows[0]?.locked) this.held.add(name);
      return this.held.has(name);
    } catch (error) {
      // A lost connection lost every lock with it; the runners take them again on their next turn.
      await this.reset();
      throw error;
    }
  }

  private async unlock(name: string): Promise<void> {
    if (!this.held.delete(name) || !this.runner) return;
    await this.runner
      .query(`SELECT pg_advisory_unlock(hashtext('projection'), hashtext($1))`, [name])
      .catch(() => undefined);
    if (this.held.size === 0) await this.reset();
  }

  private async connection(): Promise<QueryRunner> {
    // TypeORM releases a query runner whose connection failed while it was idle (PostgreSQL killed or restarted):
    // its locks went with that connection. Forget them and open another, rather than query a released runner.
    if (this.runner?.isReleased) {
      this.runner = undefined;
      this.held.clear();
      this.answeredAt = 0;
    }
    this.runner ??= this.db.createQueryRunner();
    return this.runner;
  }

  private async reset(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    this.held.clear();
    this.answeredAt = 0;
    await runner?.release().catch(() => undefined);
  }
}
