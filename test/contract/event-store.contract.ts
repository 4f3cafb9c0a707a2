import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EmptyAppendError,
  EventTooLargeError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '../../src/shared/event-store/event-store.errors.js';
import type {
  EventStore,
  Position,
  RecordedEvent,
  SubscriptionItem,
} from '../../src/shared/event-store/event-store.port.js';
import { collect, testEvent, testEvents, uniqueStream } from '../support/events.js';
import { eventually } from '../support/eventually.js';

export type StoreFixture = Readonly<{
  store: EventStore;
  maxEventBytes: number;
  teardown: () => Promise<void>;
  /** Resets every open connection to the server and lets new ones through again (a proxy in front of it). */
  disrupt?: () => Promise<void>;
}>;

/**
 * The behaviour every EventStore adapter must have (research/event-store.md §7.6, cases 1-23).
 * Adapter-specific cases (PostgreSQL's open-transaction frontier) live beside the adapter's spec.
 */
export function eventStoreContract(name: string, setup: () => Promise<StoreFixture>): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: EventStore;
    beforeAll(async () => {
      fixture = await setup();
      store = fixture.store;
    });
    afterAll(() => fixture.teardown());

    const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
      promise.then(
        () => undefined,
        (e: unknown) => e,
      );

    describe('append and expected state', () => {
      it('creates a stream with no_stream and numbers revisions from 0', async () => {
        const stream = uniqueStream();
        const result = await store.appendToStream(stream, testEvents(3), { expected: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(2n);
        expect((await collect(store.readStream(stream))).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      });

      it('refuses no_stream on an existing stream and reports its revision', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(2), { expected: 'no_stream' });
        const error = await rejection(store.appendToStream(stream, testEvents(1), { expected: 'no_stream' }));
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect((error as WrongExpectedVersionError).actual).toBe(1n);
      });

      it('refuses stream_exists on a missing stream and accepts it on an existing one', async () => {
        const stream = uniqueStream();
        const error = await rejection(store.appendToStream(stream, testEvents(1), { expected: 'stream_exists' }));
        expect((error as WrongExpectedVersionError).actual).toBe('no_stream');
        await store.appendToStream(stream, testEvents(1), { expected: 'no_stream' });
        const result = await store.appendToStream(stream, testEvents(1), { expected: 'stream_exists' });
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('accepts the exact revision and refuses a stale one, naming both', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(2), { expected: 'no_stream' });
        expect((await store.appendToStream(stream, testEvents(1), { expected: 1n })).nextExpectedRevision).toBe(2n);
        const error = (await rejection(
          store.appendToStream(stream, testEvents(1), { expected: 1n }),
        )) as WrongExpectedVersionError;
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error.expected).toBe(1n);
        expect(error.actual).toBe(2n);
      });

      it('refuses an exact revision on a missing stream', async () => {
        const error = (await rejection(
          store.appendToStream(uniqueStream(), testEvents(1), { expected: 0n }),
        )) as WrongExpectedVersionError;
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error.actual).toBe('no_stream');
      });

      it('appends with any whether or not the stream exists', async () => {
        const stream = uniqueStream();
        expect((await store.appendToStream(stream, testEvents(1), { expected: 'any' })).nextExpectedRevision).toBe(0n);
        expect((await store.appendToStream(stream, testEvents(2), { expected: 'any' })).nextExpectedRevision).toBe(2n);
      });

      it('writes nothing of a multi-event append that fails', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(1), { expected: 'no_stream' });
        await rejection(store.appendToStream(stream, testEvents(5), { expected: 7n }));
        expect(await collect(store.readStream(stream))).toHaveLength(1);
        expect(await store.getStreamRevision(stream)).toBe(0n);
      });

      it('lets exactly one of many concurrent writers win each revision', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(1), { expected: 'no_stream' });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, () => store.appendToStream(stream, testEvents(2), { expected: 0n })),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((o) => o.reason instanceof WrongExpectedVersionError)).toBe(true);
        expect(await store.getStreamRevision(stream)).toBe(2n);
      });

      it('refuses an empty append before reaching the back end', async () => {
        const stream = uniqueStream();
        expect(await rejection(store.appendToStream(stream, [], { expected: 'any' }))).toBeInstanceOf(EmptyAppendError);
        expect(await store.getStreamRevision(stream)).toBe('no_stream');
      });

      it('answers a retried append of the same event ids as it did the first time', async () => {
        const stream = uniqueStream();
        const events = testEvents(3);
        const first = await store.appendToStream(stream, events, { expected: 'no_stream' });
        const again = await store.appendToStream(stream, events, { expected: 'no_stream' });
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await collect(store.readStream(stream))).toHaveLength(3);
      });

      it('refuses an event over the size limit', async () => {
        const stream = uniqueStream();
        const big = testEvent('Big', { blob: 'x'.repeat(fixture.maxEventBytes + 1) });
        expect(await rejection(store.appendToStream(stream, [big], { expected: 'any' }))).toBeInstanceOf(
          EventTooLargeError,
        );
        expect(await store.getStreamRevision(stream)).toBe('no_stream');
      });

      it('round-trips type, nested data, every metadata key and the event id', async () => {
        const stream = uniqueStream();
        const event = testEvent(
          'DelegateNominated',
          {
            name: '张三丰',
            tags: ['学生会', null, 3],
            nested: { deep: { ok: true, none: null } },
            count: 42,
          },
          { correlationId: 'corr-1', causationId: 'cause-1', schemaVersion: '2' },
        );
        const before = Date.now();
        await store.appendToStream(stream, [event], { expected: 'no_stream' });
        const [read] = await collect(store.readStream(stream));
        expect(read).toMatchObject({
          id: event.id,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
          stream,
          revision: 0n,
        });
        expect(Math.abs(read!.recordedAt.getTime() - before)).toBeLessThan(60_000);
      });
    });

    describe('reading a stream', () => {
      it('reads forwards from the start, from a revision, and up to a count', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(5), { expected: 'no_stream' });
        expect((await collect(store.readStream(stream))).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect((await collect(store.readStream(stream, { from: 2n }))).map((e) => e.revision)).toEqual([2n, 3n, 4n]);
        expect((await collect(store.readStream(stream, { from: 1n, maxCount: 2 }))).map((e) => e.revision)).toEqual([
          1n,
          2n,
        ]);
      });

      it('reads backwards from the head', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, testEvents(4), { expected: 'no_stream' });
        const events = await collect(store.readStream(stream, { direction: 'backwards', maxCount: 2 }));
        expect(events.map((e) => e.revision)).toEqual([3n, 2n]);
      });

      it('throws StreamNotFoundError for a missing stream and reports no_stream', async () => {
        const stream = uniqueStream();
        expect(await rejection(collect(store.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
        expect(await store.getStreamRevision(stream)).toBe('no_stream');
      });

      it('takes the category from the text before the first dash, and ids may contain dashes', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        const stream = `${prefix}-a-b-c`;
        await store.appendToStream(stream, testEvents(1), { expected: 'no_stream' });
        const all = await readEverything(store, { streamPrefixes: [`${prefix}-`] }, undefined, 1);
        expect(all.map((e) => e.stream)).toEqual([stream]);
      });
    });

    describe('global order and subscriptions', () => {
      it('keeps each stream in revision order, positions strictly increasing and round-trippable', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        for (let i = 0; i < 3; i++) {
          await store.appendToStream(`${prefix}-a`, testEvents(2), { expected: 'any' });
          await store.appendToStream(`${prefix}-b`, testEvents(1), { expected: 'any' });
        }
        const all = await readEverything(store, { streamPrefixes: [`${prefix}-`] }, undefined, 9);
        expect(all).toHaveLength(9);
        for (let i = 1; i < all.length; i++) {
          expect(store.comparePositions(all[i - 1]!.position, all[i]!.position)).toBe(-1);
          expect(store.comparePositions(all[i]!.position, String(all[i]!.position) as Position)).toBe(0);
        }
        expect(all.filter((e) => e.stream === `${prefix}-a`).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
      });

      it('reports the head of the log: the position of the newest application event', async () => {
        const first = await store.appendToStream(uniqueStream('head'), testEvents(2), { expected: 'no_stream' });
        const head = await store.headPosition();
        expect(head).not.toBeNull();
        expect(store.comparePositions(head!, first.position)).toBe(0);
        const second = await store.appendToStream(uniqueStream('head'), testEvents(1), { expected: 'no_stream' });
        expect(store.comparePositions((await store.headPosition())!, second.position)).toBe(0);
        expect(store.comparePositions(second.position, first.position)).toBe(1);
      });

      it('resumes exactly after a delivered position', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        await store.appendToStream(`${prefix}-a`, testEvents(5), { expected: 'no_stream' });
        const all = await readEverything(store, { streamPrefixes: [`${prefix}-`] }, undefined, 5);
        const rest = await readEverything(store, { streamPrefixes: [`${prefix}-`] }, all[1]!.position, 3);
        expect(rest.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
      });

      it('starts a subscription strictly after the given position, as a read of $all does', async () => {
        // KurrentDB's own $all read includes its start position while its subscription excludes it
        // (research/answers-reviews-replay.md §3): the port means "after" for both.
        const prefix = uniqueStream('x').split('-')[0]!;
        const filter = { streamPrefixes: [`${prefix}-`] };
        await store.appendToStream(`${prefix}-a`, testEvents(4), { expected: 'no_stream' });
        const all = await readEverything(store, filter, undefined, 4);
        const read = await store.readAll({ after: all[1]!.position, maxCount: 10, filter });
        const controller = new AbortController();
        const delivered: bigint[] = [];
        for await (const item of store.subscribeToAll({ after: all[1]!.position, filter, signal: controller.signal })) {
          if (item.kind === 'event') delivered.push(item.event.revision);
          if (delivered.length === 2) controller.abort();
        }
        expect([read.map((e) => e.revision), delivered]).toEqual([
          [2n, 3n],
          [2n, 3n],
        ]);
      });

      it('resubscribes after its connection drops, from the last event delivered: nothing missed or repeated', async () => {
        if (!fixture.disrupt) throw new Error('the fixture names no way to drop the connection');
        const disrupt = fixture.disrupt;
        const prefix = uniqueStream('x').split('-')[0]!;
        const filter = { streamPrefixes: [`${prefix}-`] };
        const appended = testEvents(6);
        await store.appendToStream(`${prefix}-a`, appended.slice(0, 3), { expected: 'no_stream' });
        const controller = new AbortController();
        const delivered: string[] = [];
        let recovery: Promise<unknown> = Promise.resolve();
        for await (const item of store.subscribeToAll({ filter, signal: controller.signal })) {
          if (item.kind !== 'event') continue;
          delivered.push(item.event.id);
          // the drop runs beside the subscription, which keeps reading (and failing) meanwhile
          if (delivered.length === 3)
            recovery = (async () => {
              await disrupt();
              // the store may answer unavailable until it reconnects; a retried append of the same ids is one append
              await eventually(
                () => store.appendToStream(`${prefix}-a`, appended.slice(3), { expected: 2n }).catch(() => undefined),
                30_000,
                'an append after the drop',
              );
            })();
          if (delivered.length === 6) controller.abort();
        }
        await recovery;
        expect(delivered).toEqual(appended.map((e) => e.id));
      }, 60_000);

      it('delivers history, says it caught up, then delivers live events', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        await store.appendToStream(`${prefix}-a`, testEvents(2), { expected: 'no_stream' });
        await readEverything(store, { streamPrefixes: [`${prefix}-`] }, undefined, 2);
        const controller = new AbortController();
        const seen: SubscriptionItem[] = [];
        const done = (async () => {
          for await (const item of store.subscribeToAll({
            filter: { streamPrefixes: [`${prefix}-`] },
            signal: controller.signal,
          })) {
            seen.push(item);
            if (item.kind === 'caughtUp') await store.appendToStream(`${prefix}-a`, testEvents(1), { expected: 1n });
            if (seen.filter((s) => s.kind === 'event').length === 3) controller.abort();
          }
        })();
        await done;
        const kinds = seen.map((s) => s.kind).filter((k) => k !== 'checkpoint');
        expect(kinds).toEqual(['event', 'event', 'caughtUp', 'event']);
      });

      it('filters by stream prefix and by event-type prefix', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        await store.appendToStream(`${prefix}-a`, [testEvent('VoteCast'), testEvent('Other')], {
          expected: 'no_stream',
        });
        await store.appendToStream(`${prefix}x-b`, [testEvent('VoteCast')], { expected: 'no_stream' });
        await readEverything(store, { streamPrefixes: [prefix] }, undefined, 3);
        const byStream = await readEverything(store, { streamPrefixes: [`${prefix}-`] });
        expect(byStream.map((e) => e.type)).toEqual(['VoteCast', 'Other']);
        const byType = await readEverything(store, { streamPrefixes: [prefix], eventTypePrefixes: ['Vote'] });
        expect(byType.map((e) => e.stream)).toEqual([`${prefix}-a`, `${prefix}x-b`]);
      });

      it('never delivers system ($-prefixed) events', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        await store.appendToStream(`${prefix}-a`, testEvents(1), { expected: 'no_stream' });
        await readEverything(store, { streamPrefixes: [`${prefix}-`] }, undefined, 1);
        const everything = await readEverything(store);
        expect(everything.some((e) => e.type.startsWith('$'))).toBe(false);
        expect(everything.some((e) => e.stream === `${prefix}-a`)).toBe(true);
      });

      it('loses nothing with concurrent writers and a subscriber restarted from its checkpoint', async () => {
        const prefix = uniqueStream('x').split('-')[0]!;
        const filter = { streamPrefixes: [`${prefix}-`] };
        const appended: string[] = [];
        const writers = Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 10; i++) {
            const event = testEvent('Written', { w, i });
            appended.push(event.id);
            await store.appendToStream(`${prefix}-w${w}`, [event], { expected: i === 0 ? 'no_stream' : BigInt(i - 1) });
          }
        });
        const delivered: RecordedEvent[] = [];
        let checkpoint: Position | undefined;
        const subscribe = async (stopAfter: number) => {
          const controller = new AbortController();
          for await (const item of store.subscribeToAll({ after: checkpoint, filter, signal: controller.signal })) {
            if (item.kind !== 'event') continue;
            delivered.push(item.event);
            checkpoint = item.event.position;
            if (delivered.length >= stopAfter) controller.abort();
          }
        };
        await subscribe(15);
        await Promise.all(writers);
        await subscribe(40);
        expect(delivered.map((e) => e.id).sort()).toEqual([...appended].sort());
        for (let w = 0; w < 4; w++) {
          expect(delivered.filter((e) => e.stream === `${prefix}-w${w}`).map((e) => e.revision)).toEqual(
            Array.from({ length: 10 }, (_, i) => BigInt(i)),
          );
        }
      });

      it('ends a subscription on abort', async () => {
        const controller = new AbortController();
        const iteration = collect(
          store.subscribeToAll({ filter: { streamPrefixes: [`${uniqueStream('x')}`] }, signal: controller.signal }),
        );
        controller.abort();
        expect(Array.isArray(await iteration)).toBe(true);
      });
    });
  });
}

/**
 * Everything visible after a position, read in pages through readAll; with `atLeast`, waits until that many
 * events are visible (the frontier may hold back the newest for a moment).
 */
export async function readEverything(
  store: EventStore,
  filter?: { streamPrefixes?: string[]; eventTypePrefixes?: string[] },
  after?: Position,
  atLeast = 0,
): Promise<RecordedEvent[]> {
  if (atLeast > 0) {
    return eventually(
      async () => {
        const all = await readEverything(store, filter, after);
        return all.length >= atLeast ? all : undefined;
      },
      10_000,
      `${atLeast} visible events`,
    );
  }
  const all: RecordedEvent[] = [];
  let position = after;
  for (;;) {
    const page = await store.readAll({ after: position, maxCount: 200, filter });
    all.push(...page);
    if (page.length < 200) return all;
    position = page[page.length - 1]!.position;
  }
}
