import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { createDataSource } from '../../src/shared/database/data-source.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import type { Projection } from '../../src/shared/projections/projection.js';
import { readCheckpoint, resetForRebuild } from '../../src/shared/projections/checkpoint-store.js';
import { ProjectionService } from '../../src/shared/projections/projection-service.js';
import { ProjectionRunner } from '../../src/shared/projections/projection-runner.js';
import { LockSession } from '../../src/shared/projections/projection-lock.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { testEvent, uniqueStream } from '../support/events.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { eventually } from '../support/eventually.js';

let database: TestDatabase;
let store: PostgresEventStore;
let db: ReturnType<typeof createDataSource>;
const services: ProjectionService[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url, { entities: [], migrations: [] }, 10);
  await db.initialize();
  store = new PostgresEventStore(createPool(database.url, 10), { maxEventBytes: 1 << 20, pollIntervalMs: 20 });
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await store.close();
  await db.destroy();
  await database.drop();
});

/**
 * A tally per stream of this test's streams (the log is shared by the file's tests); throws on a 'Poison'
 * event while `poisoned` is set, after writing (the write must roll back).
 */
function tallyProjection(table: string, prefix: string, state = { poisoned: true }): Projection {
  return {
    name: `test.${table}`,
    handles: ['Counted', 'Poison'],
    tables: [table],
    async apply(event: RecordedEvent, manager: EntityManager) {
      if (!event.stream.startsWith(prefix)) return;
      await manager.query(
        `INSERT INTO ${table} (stream, count, last_revision) VALUES ($1, 1, $2)
         ON CONFLICT (stream) DO UPDATE SET count = ${table}.count + 1, last_revision = EXCLUDED.last_revision`,
        [event.stream, event.revision.toString()],
      );
      if (event.type === 'Poison' && state.poisoned) throw new Error('cannot digest Poison');
    },
  };
}

/**
 * The tally written as one statement per batch (batchStatement): a 'Poison' event makes its count NULL, which the
 * table refuses, so the statement fails as a whole.
 */
function statementTallyProjection(table: string, prefix: string): Projection {
  return {
    ...tallyProjection(table, prefix),
    batchStatement: (events) => ({
      ctes: [
        `input AS (
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::boolean[]) AS i(stream, revision, poison)
            WHERE stream LIKE $4 || '%'
         )`,
      ],
      final: `INSERT INTO ${table} (stream, count, last_revision)
              SELECT stream, CASE WHEN bool_or(poison) THEN NULL ELSE count(*) END, max(revision) FROM input GROUP BY stream
              ON CONFLICT (stream) DO UPDATE SET count = ${table}.count + EXCLUDED.count, last_revision = EXCLUDED.last_revision`,
      params: [
        events.map((e) => e.stream),
        events.map((e) => e.revision.toString()),
        events.map((e) => e.type === 'Poison'),
        prefix,
      ],
    }),
  };
}

/** The file's DataSource, telling `onQuery` of every query and `onTransaction` of every transaction begun. */
function watchedDataSource(watch: { onQuery?: (sql: string) => unknown; onTransaction?: () => unknown }): typeof db {
  return new Proxy(db, {
    get(target, key) {
      if (key === 'query')
        return (sql: string, params?: unknown[]) => {
          watch.onQuery?.(sql);
          return target.query(sql, params);
        };
      if (key === 'transaction') watch.onTransaction?.();
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function createTable(table: string) {
  await db.query(`CREATE TABLE ${table} (stream text PRIMARY KEY, count int NOT NULL, last_revision bigint NOT NULL)`);
}

function service(...projections: Projection[]) {
  return serviceWithPoll(20, ...projections);
}

function serviceWithPoll(pollMs: number, ...projections: Projection[]) {
  const s = new ProjectionService(projections, store, db, { batchSize: 7, pollMs });
  services.push(s);
  return s;
}

async function append(stream: string, count: number, type = 'Counted') {
  for (let i = 0; i < count; i++) await store.appendToStream(stream, [testEvent(type, { i })], { expected: 'any' });
}

const rows = (table: string) => db.query(`SELECT stream, count, last_revision FROM ${table} ORDER BY stream`);

describe('projection runner', () => {
  it('builds the same read model from zero on rebuild as it built live', async () => {
    await createTable('tally_a');
    const prefix = uniqueStream('x').split('-')[0]!;
    const projection = tallyProjection('tally_a', prefix);
    const live = service(projection);
    live.start();
    await Promise.all([append(`${prefix}-1`, 12), append(`${prefix}-2`, 9), append(`${prefix}-3`, 4)]);
    await waitUntilCaughtUp(live, [projection.name], 10_000);
    const builtLive = await rows('tally_a');
    expect(
      builtLive.filter((r: { stream: string }) => r.stream.startsWith(prefix)).map((r: { count: number }) => r.count),
    ).toEqual([12, 9, 4]);

    await live.rebuild([projection.name]);
    const [status] = await waitUntilCaughtUp(live, [projection.name], 10_000);
    expect(status!.rebuiltAt).not.toBeNull();
    expect(await rows('tally_a')).toEqual(builtLive);
  });

  it('stops a projection at a failing event, keeps its checkpoint, and writes nothing of that event', async () => {
    await createTable('tally_b');
    const state = { poisoned: true };
    const stream = uniqueStream('poison');
    const projection = tallyProjection('tally_b', stream, state);
    const s = service(projection);
    await append(stream, 3);
    await store.appendToStream(stream, [testEvent('Poison')], { expected: 2n });
    await append(stream, 2);
    s.start();
    const [faulted] = await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(faulted!.status).toBe('faulted');
    expect(faulted!.error).toContain('cannot digest Poison');
    const [poison] = await collectType(stream, 'Poison');
    expect(faulted!.failedEventId).toBe(poison!.id);
    expect(await rows('tally_b')).toEqual([{ stream, count: 3, last_revision: '2' }]);

    state.poisoned = false;
    await s.resume([projection.name]);
    const [resumed] = await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(resumed!.status).toBe('running');
    expect(await rows('tally_b')).toEqual([{ stream, count: 6, last_revision: '5' }]);
  });

  it('waits while faulted, however often it is poked, instead of asking for its checkpoint in a loop', async () => {
    await createTable('tally_i');
    const stream = uniqueStream('spin');
    const projection = tallyProjection('tally_i', stream);
    let queries = 0;
    const counting = watchedDataSource({ onQuery: () => queries++ });
    // no poll within the test: only the pokes could make it look again
    const s = new ProjectionService([projection], store, counting, { batchSize: 7, pollMs: 600_000 });
    services.push(s);
    await store.appendToStream(stream, [testEvent('Poison')], { expected: 'no_stream' });
    s.start();
    // poked while waiting: with no poll, an event held back by another worker's open transaction needs a poke
    await eventually(async () => {
      s.poke();
      return (await s.status()).find((p) => p.name === projection.name)?.status === 'faulted';
    });
    const before = queries;
    for (let i = 0; i < 5; i++) s.poke();
    // a spinning runner asks again within a millisecond or two; give it a bounded chance to show
    const spun = await eventually(async () => queries - before > 20, 300).catch(() => false);
    expect(spun).toBe(false);
    expect(queries - before).toBeLessThanOrEqual(10);
  });

  it('runs one active runner per projection and applies every event exactly once', async () => {
    await createTable('tally_c');
    const stream = uniqueStream('pair');
    const projection = tallyProjection('tally_c', stream);
    const first = service(projection);
    const second = service(projection);
    first.start();
    second.start();
    await append(stream, 40);
    await waitUntilCaughtUp(first, [projection.name], 10_000);
    expect(await rows('tally_c')).toEqual([{ stream, count: 40, last_revision: '39' }]);
    const locks = await db.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND objid::int = hashtext($1)`,
      [projection.name],
    );
    expect(locks[0].n).toBe(1);
  });

  it('lets a query wait for a position and answers when the read model has passed it', async () => {
    await createTable('tally_d');
    const stream = uniqueStream('ryw');
    const projection = tallyProjection('tally_d', stream);
    const s = service(projection);
    s.start();
    const { position } = await store.appendToStream(stream, [testEvent('Counted')], { expected: 'no_stream' });
    await s.waitFor(position, [projection.name], 5_000);
    expect(await rows('tally_d')).toEqual([{ stream, count: 1, last_revision: '0' }]);
  });

  it('skips events it does not handle without a checkpoint write per command, yet answers a wait for them at once', async () => {
    await createTable('tally_f');
    const projection = { ...tallyProjection('tally_f', 'none'), name: 'test.idle', handles: ['Never'] };
    // a poll interval far longer than the test: a span of skipped events is committed only when the runner stops
    const s = serviceWithPoll(600_000, projection);
    await append(uniqueStream('before'), 3);
    s.start();
    const stream = uniqueStream('skipped');
    for (let i = 0; i < 5; i++) {
      const { position } = await store.appendToStream(stream, [testEvent('Counted')], { expected: 'any' });
      s.poke();
      await s.waitFor(position, [projection.name], 5_000);
    }
    const { position: head } = await store.appendToStream(stream, [testEvent('Counted')], { expected: 'any' });
    s.poke();
    await s.waitFor(head, [projection.name], 5_000);
    expect(await s.caughtUp([projection.name])).toBe(true);
    expect((await readCheckpoint(db, projection.name)).position).toBeNull();
    await s.stop();
    // the stopping runner leaves its checkpoint where its read model is
    expect((await readCheckpoint(db, projection.name)).position).toBe(head);
  });

  it('stops at once when stopped in the middle of a read, though its next wait would be a long poll', async () => {
    await createTable('tally_s');
    const stream = uniqueStream('stopping');
    const projection = tallyProjection('tally_s', stream);
    let stopping: Promise<void> | undefined;
    const stopsDuringARead = Object.create(store, {
      readAll: {
        value: async (options: Parameters<typeof store.readAll>[0]) => {
          const events = await store.readAll(options);
          // the abort lands after the loop's last look at the signal and before it starts to wait (the log holds
          // the file's other tests' events too: stopped at the read that reaches this test's last one)
          if (events.some((e) => e.stream === stream && e.revision === 1n)) stopping ??= s.stop();
          return events;
        },
      },
    }) as PostgresEventStore;
    await append(stream, 2);
    // no poll within the test: a wait that missed the abort would sleep ten minutes and time the test out
    const s = new ProjectionService([projection], stopsDuringARead, db, { batchSize: 7, pollMs: 600_000 });
    services.push(s);
    s.start();
    // poked while waiting: with no poll, an event held back by another worker's open transaction needs a poke
    await eventually(async () => {
      s.poke();
      return stopping !== undefined;
    });
    await stopping;
    expect(await rows('tally_s')).toEqual([{ stream, count: 2, last_revision: '1' }]);
  });

  it('applies a batch written as one statement and moves its checkpoint in that statement, with no transaction', async () => {
    await createTable('tally_o');
    const stream = uniqueStream('one-statement');
    const projection = statementTallyProjection('tally_o', stream);
    let transactions = 0;
    let batches = 0;
    const counting = watchedDataSource({
      onQuery: (sql) => sql.includes('projection_checkpoint_moved_by_this') && batches++,
      onTransaction: () => transactions++,
    });
    await append(stream, 10);
    const s = new ProjectionService([projection], store, counting, { batchSize: 7, pollMs: 20 });
    services.push(s);
    s.start();
    await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(await rows('tally_o')).toEqual([{ stream, count: 10, last_revision: '9' }]);
    expect(batches).toBeGreaterThanOrEqual(2);
    expect(transactions).toBe(0);
  });

  it('undoes a one-statement batch whose checkpoint another runner moved first', async () => {
    await createTable('tally_m');
    const stream = uniqueStream('moved');
    const projection = { ...statementTallyProjection('tally_m', stream), name: 'test.moved' };
    await append(stream, 3);
    // a poll far longer than the test: the runner keeps the checkpoint it wrote in memory, as it does between wakes
    const runner = new ProjectionRunner(
      projection,
      store,
      db,
      { batchSize: 500, pollMs: 600_000 },
      new LockSession(db),
    );
    // caught up again until all three are visible: another test worker's open transaction can hold them back
    const applied = await eventually(async () => {
      expect(await runner.catchUp()).toBe('caught-up');
      const tally = await rows('tally_m');
      return (tally[0] as { count: number } | undefined)?.count === 3 && tally;
    });
    expect(applied).toEqual([{ stream, count: 3, last_revision: '2' }]);
    const [first] = await collectType(stream, 'Counted');
    await db.query(`UPDATE projection_checkpoints SET position = $2 WHERE name = $1`, [
      projection.name,
      first!.position,
    ]);
    await append(stream, 2);
    // 'caught-up' only while nothing new is visible yet: the first batch it applies finds its checkpoint moved
    await eventually(async () => (await runner.catchUp()) === 'moved');
    expect(await rows('tally_m')).toEqual(applied);
    expect((await readCheckpoint(db, projection.name)).position).toBe(first!.position);
  });

  it('stops a one-statement read model at its failing event and keeps every event before it', async () => {
    await createTable('tally_p');
    const stream = uniqueStream('poison-statement');
    const projection = { ...statementTallyProjection('tally_p', stream), name: 'test.poison-statement' };
    await append(stream, 2);
    await store.appendToStream(stream, [testEvent('Poison')], { expected: 1n });
    await append(stream, 1);
    const s = service(projection);
    s.start();
    const [faulted] = await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(faulted!.status).toBe('faulted');
    const [poison] = await collectType(stream, 'Poison');
    expect(faulted!.failedEventId).toBe(poison!.id);
    expect(await rows('tally_p')).toEqual([{ stream, count: 2, last_revision: '1' }]);
  });

  it('reads the log once per wake when the read reaches the head, and misses no append poked during a read', async () => {
    await createTable('tally_h');
    const stream = uniqueStream('wake');
    const projection = tallyProjection('tally_h', stream);
    let reads = 0;
    let duringRead: (() => Promise<void>) | undefined;
    const counting = Object.create(store, {
      readAll: {
        value: async (options: Parameters<typeof store.readAll>[0]) => {
          reads++;
          const events = await store.readAll(options);
          const append = duringRead;
          duringRead = undefined;
          await append?.();
          return events;
        },
      },
    }) as PostgresEventStore;
    // no poll within the test: only pokes wake the runner, so a missed one would hang it
    const s = new ProjectionService([projection], counting, db, { batchSize: 7, pollMs: 600_000 });
    services.push(s);
    s.start();
    // poked while waiting: with no poll, an event held back by another worker's open transaction needs a poke
    await eventually(async () => {
      s.poke();
      return s.caughtUp([projection.name]);
    });
    const count = async () => ((await rows('tally_h'))[0] as { count: number } | undefined)?.count ?? 0;
    // each command: one poke; a retry pokes again only while the event is still behind the visibility frontier
    let pokes = 0;
    const before = reads;
    for (let i = 1; i <= 5; i++) {
      await append(stream, 1);
      await eventually(async () => {
        s.poke();
        pokes++;
        return (await count()) === i;
      });
    }
    // the trailing read that found nothing made it two reads per wake
    expect(reads - before).toBeLessThanOrEqual(pokes);
    // an append made and poked while a read is on its way is read next, not left for the poll
    // each append waited for until a runner's read would see it, so only a lost poke could leave it unread
    const appendVisible = async () => {
      const { position } = await store.appendToStream(stream, [testEvent('Counted')], { expected: 'any' });
      await eventually(async () =>
        (await store.readAll({ maxCount: 100_000 })).some((event) => event.position === position),
      );
    };
    duringRead = async () => {
      await appendVisible();
      s.poke();
    };
    await appendVisible();
    s.poke();
    await eventually(async () => (await count()) === 7, 10_000, 'both appends applied without a further poke');
  });

  it('replays a read model whose checkpoint another process reset, though its runner keeps the checkpoint in memory', async () => {
    await createTable('tally_g');
    const stream = uniqueStream('reset');
    const projection = tallyProjection('tally_g', stream);
    const s = service(projection);
    s.start();
    await append(stream, 4);
    await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(await rows('tally_g')).toEqual([{ stream, count: 4, last_revision: '3' }]);
    // as `projections rebuild` from the CLI does, in its own process, while this one holds the lock
    await resetForRebuild(db, projection.name, projection.tables);
    await waitUntilCaughtUp(s, [projection.name], 10_000);
    expect(await rows('tally_g')).toEqual([{ stream, count: 4, last_revision: '3' }]);
  });

  it('gives up waiting, bounded, when the read model cannot get there', async () => {
    await createTable('tally_e');
    const projection = tallyProjection('tally_e', 'none');
    const s = service(projection); // never started
    const { position } = await store.appendToStream(uniqueStream('late'), [testEvent('Counted')], {
      expected: 'no_stream',
    });
    await expect(s.waitFor(position, [projection.name], 50)).rejects.toThrow(/not yet reached/);
  });
});

async function collectType(stream: string, type: string) {
  const found: RecordedEvent[] = [];
  for await (const e of store.readStream(stream)) if (e.type === type) found.push(e);
  return found;
}
