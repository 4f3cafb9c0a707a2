import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { HistoryEntry } from './history-entry.js';

export const NDJSON = 'application/x-ndjson';

/**
 * Entries as NDJSON, one per line, pulled a batch at a time as the client reads (Readable.from keeps the
 * generator paused while the socket is full): memory stays one batch. The last line says where the answer
 * ended: `{"end":true,"count":n,"next":"<position>"}`, `next` to continue from later.
 */
export function ndjsonAnswer(batches: AsyncIterable<HistoryEntry[]>, from: string | undefined, limit?: number) {
  async function* lines(): AsyncGenerator<string> {
    let count = 0;
    let next = from ?? null;
    for await (const batch of batches) {
      const shown = limit === undefined ? batch : batch.slice(0, limit - count);
      if (shown.length > 0) {
        yield shown.map((entry) => `${JSON.stringify(entry)}\n`).join('');
        count += shown.length;
        next = shown.at(-1)!.position;
      }
      if (limit !== undefined && count >= limit) break;
    }
    yield `${JSON.stringify({ end: true, count, next })}\n`;
  }
  // one batch buffered at most: the generator runs on only when the socket has taken the last
  return new StreamableFile(Readable.from(lines(), { highWaterMark: 1 }), { type: `${NDJSON}; charset=utf-8` });
}
