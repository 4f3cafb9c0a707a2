import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createPool } from '../../src/shared/database/create-pool.js';
import { WrongExpectedVersionError } from '../../src/shared/event-store/event-store.errors.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { testEvents, uniqueStream } from '../support/events.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { eventStoreContract, readEverything } from './event-store.contract.js';

const MAX_EVENT_BYTES = 64 * 1024;
let database: TestDatabase;

async function openStore(): Promise<PostgresEventStore> {
  return new PostgresEventStore(createPool(database.url, 12), { maxEventBytes: MAX_EVENT_BYTES, pollIntervalMs: 50 });
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

eventStoreContract('PostgreSQL', async () => {
  // through a proxy the suite can cut, so a subscription's dropped connection is tested too
  const url = new URL(database.url);
  const proxy = new TcpProxy(Number(url.port));
  await proxy.start();
  url.port = String(proxy.port);
  const store = new PostgresEventStore(createPool(url.toString(), 12), {
    maxEventBytes: MAX_EVENT_BYTES,
    pollIntervalMs: 50,
  });
  return {
    store,
    maxEventBytes: MAX_EVENT_BYTES,
    teardown: async () => {
      await store.close();
      await proxy.cut();
    },
    // down until the store has tried to reconnect twice (a subscription's read among them), then back
    disrupt: () => proxy.outage(2, 10_000),
  };
});

describe('PostgreSQL event store: the visibility frontier', () => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await openStore();
  });
  afterAll(() => store.close());

  it('holds back events committed after an open transaction, then delivers all of them in order', async () => {
    const prefix = uniqueStream('x').split('-')[0]!;
    const filter = { streamPrefixes: [`${prefix}-`] };
    const slow = new pg.Client({ connectionString: database.url });
    await slow.connect();
    try {
      // A slow writer takes its transaction id (and global_seq) first but commits last.
      await slow.query('BEGIN');
      await slow.query(
        `SELECT * FROM es.append($1, 'no_stream', NULL, ARRAY[gen_random_uuid()], ARRAY['Slow'], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
        [`${prefix}-slow`],
      );
      await store.appendToStream(`${prefix}-fast`, testEvents(3), { expected: 'no_stream' });

      const whileOpen = await readEverything(store, filter);
      expect(whileOpen).toEqual([]);

      await slow.query('COMMIT');
      // Other test files' transactions on the shared cluster may hold the frontier a moment longer.
      const afterCommit = await readEverything(store, filter, undefined, 4);
      expect(afterCommit.map((e) => e.stream)).toEqual([
        `${prefix}-slow`,
        `${prefix}-fast`,
        `${prefix}-fast`,
        `${prefix}-fast`,
      ]);
    } finally {
      await slow.end();
    }
  });

  it('reports the head by transaction id as a number, across a power of ten (no text ordering)', async () => {
    await store.appendToStream(uniqueStream('head'), testEvents(1), { expected: 'no_stream' });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Each block with an exception handler is a subtransaction, and its insert takes an xid of its own:
      // enough of them move the cluster's next xid past the next power of ten.
      const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      const burn = 10 ** rows[0]!.xid.length - Number(rows[0]!.xid) + 1;
      await client.query('CREATE TEMP TABLE burn (n int)');
      await client.query(
        `DO $$ BEGIN FOR i IN 1..${burn} LOOP BEGIN INSERT INTO burn VALUES (i); EXCEPTION WHEN others THEN NULL; END; END LOOP; END $$`,
      );
    } finally {
      await client.end();
    }
    const last = await store.appendToStream(uniqueStream('head'), testEvents(1), { expected: 'no_stream' });
    expect(await store.headPosition()).toBe(last.position);
  });

  it('appends within a caller’s transaction: rolled back with it, committed with it, conflicts named', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const within = { query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows };
    try {
      const stream = uniqueStream('uow');
      await client.query('BEGIN');
      await store.appendToStream(stream, testEvents(2), { expected: 'no_stream', within });
      await client.query('ROLLBACK');
      expect(await store.getStreamRevision(stream)).toBe('no_stream');

      await client.query('BEGIN');
      const appended = await store.appendToStream(stream, testEvents(2), { expected: 'no_stream', within });
      expect(await store.getStreamRevision(stream)).toBe('no_stream'); // not visible before the caller commits
      await client.query('COMMIT');
      expect(await store.getStreamRevision(stream)).toBe(1n);
      expect(appended.nextExpectedRevision).toBe(1n);

      await client.query('BEGIN');
      await expect(store.appendToStream(stream, testEvents(1), { expected: 0n, within })).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('refuses to update or delete a stored event', async () => {
    const stream = uniqueStream();
    await store.appendToStream(stream, testEvents(1), { expected: 'no_stream' });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE es.events SET data = '{}' WHERE stream_id = $1`, [stream])).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query(`DELETE FROM es.events WHERE stream_id = $1`, [stream])).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
