import { isExpectedVersionConflictError, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import type { NewEvent } from '../../src/shared/event-store/event-store.port.js';
import {
  appendOperation,
  Heads,
  STREAM_COUNT,
  streamChooser,
  streamName,
  type AppendRun,
  type Attempt,
  type ReadHead,
} from './appenders.js';
import { benchEvent } from './events.js';
import type { BenchContext, BenchDatabase, Measurement } from './types.js';

/**
 * Issue 15's peer: the Emmett PostgreSQL event store, written from its documented API
 * (getPostgreSQLEventStore, schema.migrate, appendToStream with expectedStreamVersion, readStream).
 * Emmett counts a stream's version as its number of events (a stream with one event is at 1n), Charter's
 * revision is 0-based, so the shared Heads keep Charter revisions and the peer adds one on the way in.
 */
type EmmettEvent = { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };

function toEmmett(event: NewEvent): EmmettEvent {
  return {
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { ...event.metadata, messageId: event.id },
  };
}

/** The peer's store over the harness's pool (so its statements are counted like the others'), schema created up front. */
export async function emmettStore(db: BenchDatabase, writers: number): Promise<PostgresEventStore> {
  const pool = await db.connect(writers);
  const store = getPostgreSQLEventStore(db.url, {
    connectionOptions: { pool },
    schema: { autoMigration: 'None' },
  });
  // set-up outside the measurement: the migration would otherwise run on first use
  await store.schema.migrate();
  return store;
}

/** Every stream starts with one event, as in es.events and bench.raw_events, written through the peer itself. */
export async function seedEmmettStreams(store: PostgresEventStore, writers: number): Promise<void> {
  let next = 0;
  const seedOne = async (): Promise<void> => {
    while (next < STREAM_COUNT) {
      const k = next++;
      await store.appendToStream(streamName(k), [toEmmett(benchEvent(k))], {
        expectedStreamVersion: STREAM_DOES_NOT_EXIST,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(writers, 4) }, seedOne));
}

export function emmettAttempt(store: PostgresEventStore): { attempt: Attempt; readHead: ReadHead } {
  return {
    attempt: async (_worker, stream, expected, events) => {
      try {
        const result = await store.appendToStream(stream, events.map(toEmmett), {
          expectedStreamVersion: expected + 1n,
        });
        return result.nextExpectedStreamVersion - 1n;
      } catch (error) {
        if (isExpectedVersionConflictError(error)) return 'conflict';
        throw error;
      }
    },
    // Emmett has no head-only read; a command handler would read the stream anyway
    readHead: async (_worker, stream) => (await store.readStream(stream)).currentStreamVersion - 1n,
  };
}

/** Measures the peer's appends over `writers` connections, on its own database copy with its own schema. */
export async function measureEmmettAppends(ctx: BenchContext, run: AppendRun): Promise<Measurement> {
  const store = await emmettStore(run.db, run.writers);
  try {
    await seedEmmettStreams(store, run.writers);
    const op = appendOperation({
      size: run.size,
      heads: new Heads(),
      choose: streamChooser(run.writers, run.uniform),
      ...emmettAttempt(store),
    });
    return await ctx.measure({ label: run.label, workers: run.writers, op, db: run.db });
  } finally {
    await store.close();
  }
}
