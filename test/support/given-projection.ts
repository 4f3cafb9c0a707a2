import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../../src/app/persistence.js';
import { createDataSource } from '../../src/shared/database/data-source.js';
import type { EventMetadata, Position, RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { upcasterChain } from '../../src/shared/event-store/upcasting.js';
import type { Projection } from '../../src/shared/projections/projection.js';
import { readCheckpoint } from '../../src/shared/projections/checkpoint-store.js';
import { applyBatchAndMoveCheckpoint } from '../../src/shared/projections/apply-batch.js';
import { EVENT_RENAMES, UPCASTER_LIST } from '../../src/app/persistence.js';
import { testMetadata } from './events.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** An event as a spec writes it: the stream defaults to one shared stream, the id to a fresh uuid, the metadata to a tester's. */
export type GivenEvent = Readonly<{
  id?: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  stream?: string;
  metadata?: Partial<EventMetadata>;
}>;

/** What the helper needs of a projection: a module's read-model part (no name) is enough. */
export type ProjectionUnderTest = Pick<Projection, 'handles' | 'tables' | 'apply' | 'applyBatch' | 'batchStatement'>;

export type ProjectionDatabase = Readonly<{ dataSource: () => DataSource }>;

const DEFAULT_STREAM = 'spec-stream';

/** The app's own chain: stored names are renamed and old shapes upcast exactly as the runner reads them. */
const upcast = upcasterChain(UPCASTER_LIST, EVENT_RENAMES);

/** A migrated database for this spec file, opened before its tests and dropped after them. */
export function projectionDatabase(): ProjectionDatabase {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { entities: ENTITIES, migrations: MIGRATIONS }, 2);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return {
    dataSource: () => {
      if (!dataSource) throw new Error('projectionDatabase() is used before its beforeAll ran');
      return dataSource;
    },
  };
}

/** The position of the i-th given event (0-based), in the PostgreSQL store's form. */
export const givenPosition = (i: number): Position => `pg:${1000 + i}:0` as Position;

/**
 * Turns spec events into recorded ones as the log would hand them out: a revision counted per stream from 0,
 * one increasing position each (givenPosition), recorded a millisecond apart from `recordedAt`, fresh ids and a
 * tester's metadata.
 */
export function recordEvents(
  events: readonly GivenEvent[],
  recordedAt = new Date('2026-03-01T08:00:00.000Z'),
): RecordedEvent[] {
  const revisions = new Map<string, bigint>();
  return events.map((event, i) => {
    const stream = event.stream ?? DEFAULT_STREAM;
    const revision = revisions.get(stream) ?? 0n;
    revisions.set(stream, revision + 1n);
    return {
      id: event.id ?? randomUUID(),
      type: event.type,
      data: event.data,
      metadata: testMetadata({ occurredAt: recordedAt.toISOString(), ...event.metadata }),
      stream,
      revision,
      position: givenPosition(i),
      recordedAt: new Date(recordedAt.getTime() + i),
    };
  });
}

/**
 * givenProjection(projection, db).given(...events).then(sql, rows): empties the projection's tables, applies the
 * events in one transaction as the runner does (renamed and upcast first, only the types it handles, through
 * applyBatch when it has one), then compares the rows the query returns, or what a module query answers.
 */
export function givenProjection(projection: ProjectionUnderTest, db: ProjectionDatabase) {
  return {
    given: (...events: GivenEvent[]) => {
      const run = async (): Promise<DataSource> => {
        const dataSource = db.dataSource();
        const handled = projection.handles === 'all' ? undefined : new Set(projection.handles);
        const relevant = recordEvents(events)
          .map((event) => upcast(event))
          .filter((event) => !handled || handled.has(event.type));
        await dataSource.transaction(async (manager) => {
          if (projection.tables.length > 0)
            await manager.query(`TRUNCATE ${projection.tables.map((t) => `"${t}"`).join(', ')}`);
          if (projection.applyBatch) {
            if (relevant.length > 0) await projection.applyBatch(relevant, manager);
          } else {
            for (const event of relevant) await projection.apply(event, manager);
          }
        });
        return dataSource;
      };
      return {
        then: async (sql: string, expected: readonly Record<string, unknown>[], params: readonly unknown[] = []) => {
          const dataSource = await run();
          expect(await dataSource.query(sql, [...params])).toEqual(expected);
        },
        thenQuery: async <T>(query: (db: DataSource) => Promise<T>, expected: T) => {
          const dataSource = await run();
          expect(await query(dataSource)).toEqual(expected);
        },
      };
    },
  };
}

/**
 * Applies the batches twice from empty tables, once event by event through `apply` and once batch by batch through
 * `applyBatch` (and a third time as the runner sends them, when some go as one statement), and expects the same
 * rows from `sql` every time; answers them for the spec's own checks. A batch may
 * repeat events of the one before it, as a restart after a crash does.
 */
export async function expectBatchesEqualOneByOne(
  projection: ProjectionUnderTest,
  db: ProjectionDatabase,
  batches: readonly (readonly RecordedEvent[])[],
  sql: string,
): Promise<Record<string, unknown>[]> {
  const applyBatch = projection.applyBatch;
  if (!applyBatch) throw new Error('the projection has no applyBatch to compare');
  const dataSource = db.dataSource();
  const handled = projection.handles === 'all' ? undefined : new Set(projection.handles);
  const relevant = batches.map((batch) => batch.filter((event) => !handled || handled.has(event.type)));
  const emptied = `TRUNCATE ${projection.tables.map((t) => `"${t}"`).join(', ')}`;
  await dataSource.transaction(async (manager) => {
    await manager.query(emptied);
    for (const batch of relevant) for (const event of batch) await projection.apply(event, manager);
  });
  const oneByOne: Record<string, unknown>[] = await dataSource.query(sql);
  await dataSource.transaction(async (manager) => {
    await manager.query(emptied);
    for (const batch of relevant) if (batch.length > 0) await applyBatch(batch, manager);
  });
  expect(await dataSource.query(sql)).toEqual(oneByOne);
  if (projection.batchStatement) {
    expect(await asTheRunnerSendsThem(projection, dataSource, relevant, emptied)).toBeGreaterThan(0);
    expect(await dataSource.query(sql)).toEqual(oneByOne);
  }
  return oneByOne;
}

/**
 * Applies the batches through the runner's own applyBatchAndMoveCheckpoint, with a checkpoint of the spec's own: a
 * batch the projection writes as one statement goes as one, with the checkpoint's move in it, the others through
 * applyBatch in a transaction. Answers how many went as one statement.
 */
async function asTheRunnerSendsThem(
  projection: ProjectionUnderTest,
  dataSource: DataSource,
  batches: readonly (readonly RecordedEvent[])[],
  emptied: string,
): Promise<number> {
  await dataSource.query(emptied);
  const name = `spec.one-statement.${randomUUID()}`;
  await dataSource.query(`INSERT INTO projection_checkpoints (name) VALUES ($1)`, [name]);
  let from: Position | null = null;
  let statements = 0;
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const to = batch[batch.length - 1]!.position;
    if ((await applyBatchAndMoveCheckpoint({ ...projection, name }, dataSource, from, to, batch)) === 'one statement')
      statements++;
    from = to;
  }
  expect((await readCheckpoint(dataSource, name)).position).toBe(from);
  return statements;
}
