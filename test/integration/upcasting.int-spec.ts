import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { handleCommand, loadAggregate } from '../../src/shared/commands/handle-command.js';
import { createDataSource } from '../../src/shared/database/data-source.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import type { Decider } from '../../src/shared/domain/decider.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { upcasterChain } from '../../src/shared/event-store/upcasting.js';
import { ProjectionService } from '../../src/shared/projections/projection-service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type Named = { type: 'Named'; data: { name: string } };
type Name = {
  type: 'Name';
  data: { name: string };
  metadata: { now: string; actor: { id: string; role: string; organisationId: string } };
};
const decider: Decider<{ name?: string }, Name, Named> = {
  initialState: () => ({}),
  evolve: (_, e) => ({ name: e.data.name }),
  decide: (c) => ({ type: 'Named', data: { name: c.data.name } }),
};
// Version 1 of Named carried `title`; version 2 calls it `name`.
const upcast = upcasterChain([{ type: 'Named', fromVersion: 1, upcast: (d) => ({ name: d.title }) }]);

let database: TestDatabase;
let store: PostgresEventStore;
const stream = `named-${randomUUID()}`;

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore(createPool(database.url, 4), { maxEventBytes: 1 << 20, pollIntervalMs: 20 });
  const context = {
    commandId: randomUUID(),
    correlationId: 'c',
    causationId: 'c',
    actor: { id: 'a', role: 'admin', organisationId: '*' },
  };
  // Write an event the way an older release did: same chain, data in the version-1 shape.
  await handleCommand(
    store,
    stream,
    { ...decider, decide: () => ({ type: 'Named', data: { title: '旧名称' } }) as unknown as Named },
    {
      type: 'Name',
      data: { name: 'ignored' },
      metadata: { now: '2026-01-01T00:00:00.000Z', actor: context.actor },
    },
    context,
    0,
  );
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

describe('reading old event versions', () => {
  it('folds an aggregate from upcast events, leaving the stored event and its chain as they were', async () => {
    expect((await loadAggregate(store, stream, decider)).state).toEqual({ name: undefined });
    expect((await loadAggregate(store, stream, decider, upcast)).state).toEqual({ name: '旧名称' });
    expect((await verifyChains(store)).ok).toBe(true);
  });

  it('hands projections the upcast event', async () => {
    const db = createDataSource(database.url, { entities: [], migrations: [] }, 4);
    await db.initialize();
    await db.query(`CREATE TABLE names (stream text PRIMARY KEY, name text, version text)`);
    const service = new ProjectionService(
      [
        {
          name: 'test.names',
          handles: ['Named'],
          tables: ['names'],
          apply: async (e: RecordedEvent, m: EntityManager) =>
            void (await m.query(`INSERT INTO names VALUES ($1, $2, $3)`, [
              e.stream,
              e.data.name,
              e.metadata.schemaVersion,
            ])),
        },
      ],
      store,
      db,
      { batchSize: 10, pollMs: 20, upcast },
    );
    service.start();
    try {
      const [head] = await collectHead();
      await service.waitFor(head!.position, ['test.names'], 10_000);
      expect(await db.query(`SELECT name, version FROM names WHERE stream = $1`, [stream])).toEqual([
        { name: '旧名称', version: '2' },
      ]);
    } finally {
      await service.stop();
      await db.destroy();
    }
  });
});

async function collectHead(): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of store.readStream(stream, { direction: 'backwards', maxCount: 1 })) events.push(e);
  return events;
}
