import type { DataSource } from 'typeorm';
import { postgresError } from '../database/postgres-error.js';
import type { Position, RecordedEvent } from '../event-store/event-store.port.js';
import { CheckpointMoved, advanceCheckpoint, moveCheckpointSql } from './checkpoint-store.js';
import type { BatchStatement, Projection } from './projection.js';

/** SQLSTATE of projection_checkpoint_moved_by_this: the checkpoint was not where the batch began. */
const CHECKPOINT_MOVED_SQLSTATE = 'PC409';

/**
 * Applies the events of a batch a projection handles and moves its checkpoint from `from` to `to`, together: in one
 * statement when the projection writes the batch as one (`batchStatement`), else through `applyBatch` (or `apply`
 * event by event) in a transaction. Throws CheckpointMoved when another runner or a rebuild moved the checkpoint
 * first; nothing of the batch is then written. Answers which way it went.
 */
export async function applyBatchAndMoveCheckpoint(
  projection: Projection,
  db: DataSource,
  from: Position | null,
  to: Position,
  relevant: readonly RecordedEvent[],
): Promise<'one statement' | 'transaction'> {
  const statement = relevant.length > 0 ? await projection.batchStatement?.(relevant, db) : undefined;
  if (statement) {
    await applyInOneStatement(db, statement, { name: projection.name, from, to, applied: relevant.length });
    return 'one statement';
  }
  await db.transaction(async (manager) => {
    if (projection.applyBatch) {
      if (relevant.length > 0) await projection.applyBatch(relevant, manager);
    } else {
      for (const event of relevant) await projection.apply(event, manager);
    }
    await advanceCheckpoint(manager, projection.name, from, to, relevant.length);
  });
  return 'transaction';
}

/**
 * The batch's statement with the checkpoint's compare-and-set move in its WITH list, sent alone: one statement is one
 * transaction, so the read model and its checkpoint still move together, in one round trip instead of four (issue
 * 15). Data-modifying WITH items all run whatever the rest reads, so a checkpoint that did not move fails the
 * statement (projection_checkpoint_moved_by_this, SQLSTATE PC409), which undoes the batch too.
 */
async function applyInOneStatement(
  db: DataSource,
  statement: BatchStatement,
  checkpoint: Readonly<{ name: string; from: Position | null; to: Position; applied: number }>,
): Promise<void> {
  const n = statement.params.length;
  const [name, from, to, applied] = [n + 1, n + 2, n + 3, n + 4].map((i) => `$${i}`) as [
    string,
    string,
    string,
    string,
  ];
  const sql = `WITH projection_checkpoint_moved AS (${moveCheckpointSql({ name, from, to, applied })} RETURNING 1),
    ${statement.ctes.map((cte) => `${cte},\n`).join('')}projection_batch_applied AS (${statement.final})
    SELECT projection_checkpoint_moved_by_this(${name}, (SELECT count(*) FROM projection_checkpoint_moved))`;
  try {
    await db.query(sql, [...statement.params, checkpoint.name, checkpoint.from, checkpoint.to, checkpoint.applied]);
  } catch (error) {
    if (postgresError(error).code === CHECKPOINT_MOVED_SQLSTATE) throw new CheckpointMoved(checkpoint.name);
    throw error;
  }
}
