import type { DataSource, EntityManager } from 'typeorm';
import type { EventStore, Position, RecordedEvent } from '../event-store/event-store.port.js';
import { type UpcasterChain, noUpcasting } from '../event-store/upcasting.js';
import type { Projection } from './projection.js';

/** Where a state is wanted: at (and including) a global position, as the log stood at a time, or now. */
export type AsOf = Readonly<{ position: Position }> | Readonly<{ time: Date }> | Readonly<{ head: true }>;

/** The last event a past state includes: the state is exact at this position (null: no event yet). */
export type ExactAt = Readonly<{ position: Position; recordedAt: Date }> | null;

/**
 * True once `event` lies past the moment asked for. A time means the log as it stood then: every event recorded
 * up to it, as a prefix of the global order (the first event recorded later ends it), so the answer is exact at
 * one position.
 */
export function pastMoment(store: EventStore, event: RecordedEvent, asOf: AsOf): boolean {
  if ('position' in asOf) return store.comparePositions(event.position, asOf.position) > 0;
  if ('time' in asOf) return event.recordedAt.getTime() > asOf.time.getTime();
  return false;
}

const REPLAY_BATCH = 1000;

/**
 * Issue 13 item 2: a read model's rows as of a past moment, without touching its live tables. Inside one
 * transaction that is always rolled back, a temporary table shadows each of the projection's tables (PostgreSQL
 * looks in the session's temporary schema first, and the projections name their tables unqualified), the log is
 * replayed from the first event to the moment, and `read` sees the rows the projection would have held then.
 * Costs one pass over the log up to the moment; memory is one batch of events plus the scratch rows.
 */
export async function replayAsOf<T>(
  args: Readonly<{
    store: EventStore;
    db: DataSource;
    projection: Projection;
    asOf: AsOf;
    upcast?: UpcasterChain;
    read: (manager: EntityManager, exactAt: ExactAt) => Promise<T>;
  }>,
): Promise<T> {
  const { store, db, projection, asOf } = args;
  const upcast = args.upcast ?? noUpcasting;
  const handled = projection.handles === 'all' ? undefined : new Set(projection.handles);
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const manager = runner.manager;
    const [{ schema }]: Array<{ schema: string }> = await manager.query(`SELECT current_schema() AS schema`);
    for (const table of projection.tables) {
      // LIKE copies columns, defaults, checks and indexes (so upserts find their unique keys); not foreign keys.
      await manager.query(
        `CREATE TEMPORARY TABLE ${quoteName(table)} (LIKE ${quoteName(schema)}.${quoteName(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES) ON COMMIT DROP`,
      );
    }
    let after: Position | undefined;
    let exactAt: ExactAt = null;
    for (let done = false; !done;) {
      const batch = await store.readAll({ after, maxCount: REPLAY_BATCH, visibility: 'committed' });
      if (batch.length < REPLAY_BATCH) done = true;
      const cut = batch.findIndex((event) => pastMoment(store, event, asOf));
      const taken = cut === -1 ? batch : batch.slice(0, cut);
      if (cut !== -1) done = true;
      if (taken.length === 0) break;
      const relevant = taken.map((event) => upcast(event)).filter((event) => !handled || handled.has(event.type));
      if (projection.applyBatch) {
        if (relevant.length > 0) await projection.applyBatch(relevant, manager);
      } else {
        for (const event of relevant) await projection.apply(event, manager);
      }
      const last = taken[taken.length - 1]!;
      exactAt = { position: last.position, recordedAt: last.recordedAt };
      after = last.position;
    }
    return await args.read(manager, exactAt);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Table names come from the projections' own declarations; quoted all the same. */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
