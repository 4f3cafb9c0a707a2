import { describe, expect, it } from '@jest/globals';
import type { HistoryEntry } from './history-entry.js';
import { ndjsonAnswer } from './ndjson.js';

const entry = (n: number) => ({ position: `pg:1:${n}`, eventId: `e-${n}` }) as unknown as HistoryEntry;

describe('the NDJSON answer', () => {
  it('pulls batches only as the reader takes them: memory stays about one batch', async () => {
    let pulled = 0;
    async function* batches() {
      for (let b = 0; b < 1000; b++) {
        pulled++;
        yield Array.from({ length: 10 }, (_, i) => entry(b * 10 + i));
      }
    }
    const stream = ndjsonAnswer(batches(), undefined).getStream();
    const reader = stream[Symbol.asyncIterator]();
    const first = await reader.next();
    expect(String(first.value).split('\n')[0]).toBe(JSON.stringify(entry(0)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBeLessThanOrEqual(3);
    stream.destroy();
  });

  it('writes one entry per line and ends with the count and where to continue', async () => {
    async function* batches() {
      yield [entry(1), entry(2)];
      yield [entry(3)];
    }
    let text = '';
    for await (const chunk of ndjsonAnswer(batches(), 'pg:1:0', 2).getStream()) text += String(chunk);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([entry(1), entry(2), { end: true, count: 2, next: 'pg:1:2' }]);
  });
});
