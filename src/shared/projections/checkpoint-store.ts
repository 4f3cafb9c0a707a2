import type { DataSource, EntityManager } from 'typeorm';
import type { Position } from '../event-store/event-store.port.js';

export type CheckpointRow = Readonly<{
  name: string;
  position: Position | null;
  status: 'running' | 'faulted';
  eventsApplied: number;
  failedEventId: string | null;
  error: string | null;
  rebuiltAt: Date | null;
  updatedAt: Date;
}>;

/** Another runner moved the checkpoint since this one read it: the batch is abandoned and re-read. */
export class CheckpointMoved extends Error {
  constructor(name: string) {
    super(`Checkpoint of ${name} moved under this runner`);
    this.name = 'CheckpointMoved';
  }
}

type Row = {
  name: string;
  position: string | null;
  status: 'running' | 'faulted';
  events_applied: string;
  failed_event_id: string | null;
  error: string | null;
  rebuilt_at: Date | null;
  updated_at: Date;
};

function toCheckpoint(row: Row): CheckpointRow {
  return {
    name: row.name,
    position: row.position as Position | null,
    status: row.status,
    eventsApplied: Number(row.events_applied),
    failedEventId: row.failed_event_id,
    error: row.error,
    rebuiltAt: row.rebuilt_at,
    updatedAt: row.updated_at,
  };
}

/** The projection's checkpoint, created at the start of the log the first time it is asked for. */
export async function readCheckpoint(db: DataSource | EntityManager, name: string): Promise<CheckpointRow> {
  const [found]: Row[] = await db.query(`SELECT * FROM projection_checkpoints WHERE name = $1`, [name]);
  if (found) return toCheckpoint(found);
  await db.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
  const rows: Row[] = await db.query(`SELECT * FROM projection_checkpoints WHERE name = $1`, [name]);
  return toCheckpoint(rows[0]!);
}

export async function readAllCheckpoints(db: DataSource): Promise<CheckpointRow[]> {
  const rows: Row[] = await db.query(`SELECT * FROM projection_checkpoints ORDER BY name`);
  return rows.map(toCheckpoint);
}

/**
 * The compare-and-set move of a checkpoint, given the placeholders of its parameters: it moves only from the position
 * its runner read, and only while the projection is running.
 */
export function moveCheckpointSql(p: Readonly<{ name: string; from: string; to: string; applied: string }>): string {
  return `UPDATE projection_checkpoints SET position = ${p.to}, events_applied = events_applied + ${p.applied}, updated_at = now()
      WHERE name = ${p.name} AND position IS NOT DISTINCT FROM ${p.from} AND status = 'running'`;
}

/** Compare-and-set: moves the checkpoint only from the position this runner read. */
export async function advanceCheckpoint(
  manager: DataSource | EntityManager,
  name: string,
  from: Position | null,
  to: Position,
  applied: number,
): Promise<void> {
  const result: [unknown[], number] = await manager.query(
    moveCheckpointSql({ name: '$1', from: '$2', to: '$3', applied: '$4' }),
    [name, from, to, applied],
  );
  if (result[1] !== 1) throw new CheckpointMoved(name);
}

export async function markFaulted(db: DataSource, name: string, eventId: string, error: string): Promise<void> {
  await db.query(
    `UPDATE projection_checkpoints SET status = 'faulted', failed_event_id = $2, error = $3, updated_at = now() WHERE name = $1`,
    [name, eventId, error],
  );
}

/** Empties the read model and sends its checkpoint back to the start, in one transaction. */
export async function resetForRebuild(db: DataSource, name: string, tables: readonly string[]): Promise<void> {
  await db.transaction(async (manager) => {
    await readCheckpoint(manager, name);
    if (tables.length > 0) await manager.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`);
    await manager.query(
      `UPDATE projection_checkpoints SET position = NULL, status = 'running', events_applied = 0, failed_event_id = NULL,
              error = NULL, rebuilt_at = now(), updated_at = now() WHERE name = $1`,
      [name],
    );
  });
}

/** Lets a faulted projection go on from its checkpoint, once the bug that stopped it is fixed. */
export async function clearFault(db: DataSource, name: string): Promise<void> {
  await db.query(
    `UPDATE projection_checkpoints SET status = 'running', failed_event_id = NULL, error = NULL, updated_at = now() WHERE name = $1`,
    [name],
  );
}
