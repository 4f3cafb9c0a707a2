import type { Position } from '../event-store/event-store.port.js';
import type { BatchStatement } from './projection.js';

/** SQLSTATE of projection_checkpoint_moved_by_this: the checkpoint was not where the batch began. */
export const CHECKPOINT_MOVED_SQLSTATE = 'PC409';

/**
 * A read model's batch statement with the checkpoint's compare-and-set move in its WITH list, to be sent alone: one
 * statement is one transaction, so the read model and its checkpoint still move together, in one round trip instead
 * of four (issue 15). Data-modifying WITH items all run whatever the rest reads, so a checkpoint that did not move
 * fails the statement (projection_checkpoint_moved_by_this, SQLSTATE PC409), which undoes the batch too.
 */
export function oneStatementBatch(
  statement: BatchStatement,
  checkpoint: Readonly<{ name: string; from: Position | null; to: Position; applied: number }>,
): { sql: string; params: unknown[] } {
  const n = statement.params.length;
  const [name, at, next, count] = [n + 1, n + 2, n + 3, n + 4].map((i) => `$${i}`);
  const sql = `WITH projection_checkpoint_moved AS (
      UPDATE projection_checkpoints SET position = ${next}, events_applied = events_applied + ${count}, updated_at = now()
       WHERE name = ${name} AND position IS NOT DISTINCT FROM ${at} AND status = 'running' RETURNING 1
    ),
    ${statement.ctes.map((cte) => `${cte},\n`).join('')}projection_batch_applied AS (${statement.final})
    SELECT projection_checkpoint_moved_by_this(${name}, (SELECT count(*) FROM projection_checkpoint_moved))`;
  return { sql, params: [...statement.params, checkpoint.name, checkpoint.from, checkpoint.to, checkpoint.applied] };
}
