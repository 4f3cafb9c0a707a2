import { describe, expect, it } from '@jest/globals';
import type { Position, ReadAllOptions, RecordedEvent } from '../event-store/event-store.port.js';
import { SharedPages } from './shared-pages.js';

/** A log of `length` events whose visible end can move, counting the reads it answers. */
function log(length: number) {
  const events = Array.from({ length }, (_, i) => ({ id: `e${i}`, position: `${i}` as Position }) as RecordedEvent);
  const state = { visible: length, reads: 0, fail: false };
  const store = {
    readAll: async ({ after, maxCount }: ReadAllOptions) => {
      state.reads++;
      if (state.fail) throw new Error('down');
      const from = after === undefined ? 0 : Number(after) + 1;
      return events.slice(from, Math.min(from + maxCount, state.visible));
    },
  };
  return { store, state };
}

describe('shared pages of the log (issue 15)', () => {
  it('reads a full page once for every runner, at once or later', async () => {
    const { store, state } = log(10);
    const pages = new SharedPages(store);
    const first = await Promise.all([1, 2, 3].map(() => pages.readAll({ maxCount: 4 })));
    const again = await pages.readAll({ maxCount: 4 });
    const next = await pages.readAll({ after: '3' as Position, maxCount: 4 });
    expect(first.map((p) => p.map((e) => e.id))).toEqual(Array(3).fill(['e0', 'e1', 'e2', 'e3']));
    expect(again).toBe(first[0]);
    expect(next.map((e) => e.id)).toEqual(['e4', 'e5', 'e6', 'e7']);
    expect(state.reads).toBe(2);
  });

  it('reads a short page afresh each time, so it can grow', async () => {
    const { store, state } = log(10);
    state.visible = 6;
    const pages = new SharedPages(store);
    expect((await pages.readAll({ after: '3' as Position, maxCount: 4 })).map((e) => e.id)).toEqual(['e4', 'e5']);
    state.visible = 10;
    expect((await pages.readAll({ after: '3' as Position, maxCount: 4 })).map((e) => e.id)).toEqual([
      'e4',
      'e5',
      'e6',
      'e7',
    ]);
    expect(state.reads).toBe(2);
  });

  it('keeps no failed read, nor more pages than its capacity, and passes filtered reads through', async () => {
    const { store, state } = log(20);
    const pages = new SharedPages(store, 2);
    state.fail = true;
    await expect(pages.readAll({ maxCount: 2 })).rejects.toThrow('down');
    state.fail = false;
    await pages.readAll({ maxCount: 2 });
    await pages.readAll({ after: '1' as Position, maxCount: 2 });
    await pages.readAll({ after: '3' as Position, maxCount: 2 });
    const reads = state.reads;
    await pages.readAll({ maxCount: 2 }); // evicted: the capacity is two pages
    await pages.readAll({ maxCount: 2, filter: { streamPrefixes: ['x-'] } });
    expect(state.reads).toBe(reads + 2);
  });

  it("paces a runner's reader to the slowest one still reading, so no page is read twice", async () => {
    const { store, state } = log(40);
    const pages = new SharedPages(store, 2, 60_000);
    const [fast, slow] = [pages.reader(), pages.reader()];
    await fast.readAll({ maxCount: 2 });
    await slow.readAll({ maxCount: 2 });
    await fast.readAll({ after: '1' as Position, maxCount: 2 });
    let third: string[] | undefined;
    const waiting = fast.readAll({ after: '3' as Position, maxCount: 2 }).then((p) => (third = p.map((e) => e.id)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBeUndefined(); // two pages ahead of the slow reader: it waits
    await slow.readAll({ after: '1' as Position, maxCount: 2 });
    await waiting;
    expect(third).toEqual(['e4', 'e5']);
    expect(state.reads).toBe(3);
  });

  it('drops the pages every reader still reading has passed', async () => {
    const { store, state } = log(40);
    const pages = new SharedPages(store, 8, 60_000);
    const [a, b] = [pages.reader(), pages.reader()];
    for (const reader of [a, b]) {
      await reader.readAll({ maxCount: 2 });
      await reader.readAll({ after: '1' as Position, maxCount: 2 });
    }
    const reads = state.reads;
    await pages.readAll({ maxCount: 2 }); // page 0 is behind both: read again
    await pages.readAll({ after: '1' as Position, maxCount: 2 }); // page 1 is still kept
    expect(state.reads).toBe(reads + 1);
  });
});
