import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store/event-store.port.js';

/**
 * A read model kept in PostgreSQL. `apply` runs inside the transaction that also advances the checkpoint,
 * so a read model is never ahead of or behind its checkpoint. Projections never reject a fact: a throw
 * means a bug, and stops this projection at the event before.
 */
export type Projection = Readonly<{
  /** `<module>.<read-model>`, stable: it names the checkpoint */
  name: string;
  /** event types it reads ('all' for every event, as the audit ledger does); any other event only moves the checkpoint */
  handles: readonly string[] | 'all';
  /** tables it owns: emptied before a rebuild from zero */
  tables: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
  /**
   * Optional: applies a whole batch (the events it handles, in order) at once, for projections whose per-event
   * round trips dominate a rebuild. Must leave exactly what `apply` one event at a time would leave.
   */
  applyBatch?(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
  /**
   * Optional: the batch as one data-modifying statement, for the batches a read model can write so (undefined for
   * the others, which go through `applyBatch`). The runner adds the checkpoint's move to the statement and sends it
   * with no transaction around it (issue 15: `BEGIN`, the apply, the checkpoint and `COMMIT` were four round trips
   * for every batch of every read model). Must leave what `applyBatch` leaves for the same events. What it reads
   * through `db` to build the statement is read before it, outside any transaction: valid because a read model's
   * tables change only with its checkpoint, and the statement fails if the checkpoint moved meanwhile.
   */
  batchStatement?(
    events: readonly RecordedEvent[],
    db: ReadsOutsideTheBatch,
  ): BatchStatement | undefined | Promise<BatchStatement | undefined>;
}>;

/** What a read model may read its own tables through while it builds a batch statement. */
export type ReadsOutsideTheBatch = Readonly<{ query: (sql: string, parameters?: unknown[]) => Promise<unknown> }>;

/**
 * `WITH <ctes> <final>` with `params` as $1..$n: `ctes` are the WITH list's items (`name AS (...)`), `final` is an
 * INSERT, UPDATE or DELETE without RETURNING. Kept apart so that the runner can put it in a statement of its own.
 */
export type BatchStatement = Readonly<{ ctes: readonly string[]; final: string; params: readonly unknown[] }>;

/** Runs the statement on its own, as an `applyBatch` does inside the runner's transaction. */
export async function runBatchStatement(manager: EntityManager, statement: BatchStatement): Promise<void> {
  const text = statement.ctes.length > 0 ? `WITH ${statement.ctes.join(',\n')}\n${statement.final}` : statement.final;
  await manager.query(text, [...statement.params]);
}

/** Nest injection token for the list of projections the app runs. */
export const PROJECTIONS = Symbol('PROJECTIONS');
