import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Histogram } from 'prom-client';
import { AggregateCache } from '../../src/shared/commands/aggregate-cache.js';
import type { AnswerSlot } from '../../src/shared/commands/command-context.js';
import { handleCommand } from '../../src/shared/commands/handle-command.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import type { Decider } from '../../src/shared/domain/decider.js';
import { WrongExpectedVersionError } from '../../src/shared/event-store/event-store.errors.js';
import type { EventStore } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { CharterMetrics } from '../../src/shared/metrics/charter-metrics.js';
import { observeCommand } from '../../src/shared/metrics/observe-command.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type Counted = { type: 'Counted'; data: { n: number } };
type Count = {
  type: 'Count';
  data: object;
  metadata: { now: string; actor: { id: string; role: string; organisationId: string } };
};
const counter: Decider<{ n: number }, Count, Counted> = {
  initialState: () => ({ n: 0 }),
  evolve: (s) => ({ n: s.n + 1 }),
  decide: (_, s) => ({ type: 'Counted', data: { n: s.n + 1 } }),
};
const actor = { id: 'tester', role: 'admin', organisationId: '*' };
const count: Count = { type: 'Count', data: {}, metadata: { now: '2026-01-01T00:00:00.000Z', actor } };
const context = () => ({ commandId: randomUUID(), correlationId: 'c', causationId: 'c', actor });

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore(createPool(database.url, 4), { maxEventBytes: 1 << 20, pollIntervalMs: 20 });
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

/**
 * The real store, except that before each of the first `rivals` appends another command on the same stream
 * lands first: the interleaving two concurrent requests produce, made deterministic.
 */
function withRivals(rivals: number): EventStore {
  let left = rivals;
  return Object.create(store, {
    appendToStream: {
      value: async (...args: Parameters<EventStore['appendToStream']>) => {
        if (left-- > 0) await handleCommand(store, args[0], counter, count, context(), 0);
        return store.appendToStream(...args);
      },
    },
  }) as EventStore;
}

/** A counter's value, or a histogram's count of observations, for one label set. */
async function sample(metrics: CharterMetrics, name: string, labels: Record<string, string>): Promise<number> {
  const collector = metrics.registry.getSingleMetric(name)!;
  const metric = await collector.get();
  const series = collector instanceof Histogram ? `${name}_count` : name;
  const found = metric.values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? name) === series &&
      Object.entries(labels).every(([key, value]) => v.labels[key] === value),
  );
  return found?.value ?? 0;
}

// A runtime with no projections: the command metrics are the subject here.
const noProjections = { status: async () => [] };

describe('command metrics', () => {
  it('count the conflict and the retry of a command that another writer beat once, and time it as ok', async () => {
    const metrics = new CharterMetrics(noProjections);
    const stream = `counter-${randomUUID()}`;
    const result = await observeCommand(metrics, 'Count', (observer) =>
      handleCommand(withRivals(1), stream, counter, count, context(), 3, undefined, observer),
    );
    expect(result.streamRevision).toBe('1');
    expect(await sample(metrics, 'charter_append_conflicts_total', { command: 'Count' })).toBe(1);
    expect(await sample(metrics, 'charter_command_retries_total', { command: 'Count' })).toBe(1);
    expect(await sample(metrics, 'charter_command_duration_seconds', { command: 'Count', outcome: 'ok' })).toBe(1);
  });

  it('label a command that loses every attempt as a conflict, counting each conflict but only the retries made', async () => {
    const metrics = new CharterMetrics(noProjections);
    const stream = `counter-${randomUUID()}`;
    await expect(
      observeCommand(metrics, 'Count', (observer) =>
        handleCommand(withRivals(3), stream, counter, count, context(), 2, undefined, observer),
      ),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await sample(metrics, 'charter_append_conflicts_total', { command: 'Count' })).toBe(3);
    expect(await sample(metrics, 'charter_command_retries_total', { command: 'Count' })).toBe(2);
    expect(await sample(metrics, 'charter_command_duration_seconds', { command: 'Count', outcome: 'conflict' })).toBe(
      1,
    );
    expect(await sample(metrics, 'charter_command_duration_seconds', { command: 'Count', outcome: 'ok' })).toBe(0);
  });
});

/** The counter's values as its stream holds them. */
async function countsIn(stream: string): Promise<number[]> {
  const counted: number[] = [];
  for await (const event of store.readStream(stream)) counted.push((event.data as { n: number }).n);
  return counted;
}

/** The store, recording the revision each read of the stream started from (undefined: from the start). */
function recordingReads(inner: EventStore, froms: Array<bigint | undefined>): EventStore {
  return Object.create(inner, {
    readStream: {
      value: (stream: string, options?: Parameters<EventStore['readStream']>[1]) => {
        froms.push(options?.from);
        return inner.readStream(stream, options);
      },
    },
  }) as EventStore;
}

describe('the command loop after a conflict', () => {
  it('decides again on the events that beat it, reading only those, not the whole stream', async () => {
    const stream = `counter-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await handleCommand(store, stream, counter, count, context(), 0);
    const froms: Array<bigint | undefined> = [];
    const result = await handleCommand(recordingReads(withRivals(2), froms), stream, counter, count, context(), 5);
    // loaded at revision 2; rivals landed at 3 and 4; each retry reads from just after what it had folded
    expect(froms).toEqual([undefined, 3n, 4n]);
    expect(result.streamRevision).toBe('5');
    expect(await countsIn(stream)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

type Switched = { type: 'SwitchedOn' | 'SwitchedOff'; data: object };
type Switch = { type: 'SwitchOn' | 'SwitchOff'; data: object; metadata: Count['metadata'] };
class AlreadyOn extends Error {}
/** Refuses to switch on what is on: a refusal decided on the state, which no append would check. */
const switcher: Decider<{ on: boolean }, Switch, Switched> = {
  initialState: () => ({ on: false }),
  evolve: (_, e) => ({ on: e.type === 'SwitchedOn' }),
  decide: (c, s) => {
    if (c.type === 'SwitchOn' && s.on) throw new AlreadyOn('already on');
    return c.type === 'SwitchOn' ? { type: 'SwitchedOn', data: {} } : s.on ? { type: 'SwitchedOff', data: {} } : [];
  },
};
const switchCommand = (type: Switch['type']): Switch => ({ type, data: {}, metadata: count.metadata });
/** One switch command on `stream`, through `cache` when given (another instance, without it). */
const flip = (stream: string, type: Switch['type'], cache?: AggregateCache) =>
  handleCommand(store, stream, switcher, switchCommand(type), context(), 5, undefined, {}, cache);

describe('the command loop with the states it decided on kept', () => {
  it('appends the next command on a stream without reading the stream again', async () => {
    const stream = `counter-${randomUUID()}`;
    const cache = new AggregateCache(10);
    const froms: Array<bigint | undefined> = [];
    const reading = recordingReads(store, froms);
    for (let i = 0; i < 3; i++)
      await handleCommand(reading, stream, counter, count, context(), 5, undefined, {}, cache);
    expect(froms).toEqual([undefined]);
    expect(await countsIn(stream)).toEqual([1, 2, 3]);
  });

  it('catches a kept state up when another instance wrote meanwhile: the append conflicts, nothing is lost', async () => {
    const stream = `counter-${randomUUID()}`;
    const cache = new AggregateCache(10);
    await handleCommand(store, stream, counter, count, context(), 5, undefined, {}, cache);
    await handleCommand(store, stream, counter, count, context(), 5); // another instance: not through this cache
    const froms: Array<bigint | undefined> = [];
    const result = await handleCommand(
      recordingReads(store, froms),
      stream,
      counter,
      count,
      context(),
      5,
      undefined,
      {},
      cache,
    );
    expect(froms).toEqual([1n]);
    expect(result.streamRevision).toBe('2');
    expect(await countsIn(stream)).toEqual([1, 2, 3]);
  });

  it('never refuses on a kept state the stream has moved past: it decides again on the stream as it is', async () => {
    const stream = `switch-${randomUUID()}`;
    const cache = new AggregateCache(10);
    await flip(stream, 'SwitchOn', cache);
    await flip(stream, 'SwitchOff'); // elsewhere
    const result = await flip(stream, 'SwitchOn', cache);
    expect(result.events).toEqual(['SwitchedOn']);
    // and a refusal the stream itself supports still stands
    await expect(flip(stream, 'SwitchOn', cache)).rejects.toBeInstanceOf(AlreadyOn);
  });

  it('does nothing only when the stream, not just the kept state, says there is nothing to do', async () => {
    const stream = `switch-${randomUUID()}`;
    const cache = new AggregateCache(10);
    await flip(stream, 'SwitchOn', cache);
    await flip(stream, 'SwitchOff', cache);
    await flip(stream, 'SwitchOn'); // elsewhere
    const result = await flip(stream, 'SwitchOff', cache);
    expect(result.events).toEqual(['SwitchedOff']);
  });
});

describe('the idempotency answer written with the append (issue 15)', () => {
  const pool = () => createPool(database.url, 1);
  const claim = async (key: string) => {
    const db = pool();
    await db.query(`INSERT INTO http_idempotency (actor_id, key, request_hash) VALUES ('tester', $1, 'h')`, [key]);
    return db;
  };
  const record = async (db: ReturnType<typeof pool>, key: string) =>
    (await db.query(`SELECT status_code, response FROM http_idempotency WHERE key = $1`, [key])).rows[0] as {
      status_code: number | null;
      response: unknown;
    };
  const slotFor = (key: string): AnswerSlot => ({ actorId: 'tester', key, statusCode: 200, appends: 0 });

  it('answers the claimed key in the append, exactly as the command answers', async () => {
    const key = randomUUID();
    const db = await claim(key);
    const stream = `answered-${randomUUID()}`;
    const slot = slotFor(key);
    const result = await handleCommand(store, stream, counter, count, { ...context(), answer: slot }, 0);
    expect(slot).toMatchObject({ appends: 1 });
    expect(slot.answered).toBe(result);
    expect(await record(db, key)).toEqual({ status_code: 200, response: result });
    await db.end();
  });

  it('answers only with the first append of a request, and nothing when the append loses its race', async () => {
    const key = randomUUID();
    const db = await claim(key);
    const stream = `unanswered-${randomUUID()}`;
    const slot = slotFor(key);
    // another writer lands first on every try: the append never commits, so neither does an answer
    await expect(
      handleCommand(withRivals(5), stream, counter, count, { ...context(), answer: slot }, 0),
    ).rejects.toThrow(WrongExpectedVersionError);
    expect(slot).toMatchObject({ appends: 0 });
    expect(await record(db, key)).toEqual({ status_code: null, response: null });
    const first = await handleCommand(store, stream, counter, count, { ...context(), answer: slot }, 0);
    const second = await handleCommand(store, stream, counter, count, { ...context(), answer: slot }, 0);
    expect(slot.appends).toBe(2);
    // the second append did not answer: the HTTP layer sees that the answer kept is not the one it sends
    expect(slot.answered).toBe(first);
    expect((await record(db, key)).response).toEqual(first);
    expect(second.streamRevision).toBe('2');
    await db.end();
  });
});
