import { EventEmitter } from 'node:events';
import type { EventStore, ReadAllOptions, RecordedEvent } from '../event-store/event-store.port.js';
import { waitForWakeUp } from '../wait-for-wake-up.js';

/** One runner reading through SharedPages: the number of the page it last asked for, and when. */
type Reader = { page: number | undefined; askedAt: number };

/**
 * The log's pages as the projection runners read them, each full page read once for all of them (issue 15: every
 * read model re-reading the whole log made a rebuild cost one pass per projection). Only a full page is kept: the
 * first `maxCount` events after a position never change once visible (the store never shows an event before one
 * an older transaction could still precede), while a shorter page may still grow. Runners asking for the same
 * page at once share one read; the most recent `capacity` pages are kept.
 *
 * A runner reading through its own `reader()` is also paced (issue 15): pages are numbered from the start of the
 * log, and a reader about to read a page `capacity` or more ahead of the slowest reader still reading waits for it
 * (up to `staleMs`). Without it, the read models with nothing to do in a stretch of the log ran through it, their
 * pages were evicted before the busy ones got there and were read again, and a rebuild read the log several
 * times over and held far more of it in memory. A reader that has not asked for `staleMs` (it lost its lock, is
 * faulted, or follows the head) holds nobody back, and pages behind every reader still reading are dropped.
 */
export class SharedPages implements Pick<EventStore, 'readAll'> {
  private readonly pages = new Map<string, Promise<RecordedEvent[]>>();
  /** the number of each page known from a chain of full pages read from the start of the log */
  private readonly numbers = new Map<string, number>();
  private readonly readers = new Set<Reader>();
  private readonly asked = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly capacity = 8,
    private readonly staleMs = 1_000,
  ) {}

  /** A view for one runner: the same pages, paced against the other readers. */
  reader(): Pick<EventStore, 'readAll'> {
    const reader: Reader = { page: undefined, askedAt: 0 };
    this.readers.add(reader);
    return { readAll: (options) => this.readFor(reader, options) };
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (!shareable(options)) return this.store.readAll(options);
    const key = pageKey(options.after, options.maxCount);
    const known = this.pages.get(key);
    if (known) {
      // most recently used last: the map's order is the eviction order
      this.pages.delete(key);
      this.pages.set(key, known);
      return known;
    }
    const read = this.store.readAll(options);
    this.pages.set(key, read);
    read.then(
      (events) => {
        if (events.length < options.maxCount) return this.forget(key, read);
        const page = this.numbers.get(key);
        if (page !== undefined)
          this.numbers.set(pageKey(events[events.length - 1]!.position, options.maxCount), page + 1);
      },
      () => this.forget(key, read),
    );
    while (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value!);
    return read;
  }

  private async readFor(reader: Reader, options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (!shareable(options)) return this.store.readAll(options);
    const key = pageKey(options.after, options.maxCount);
    if (options.after === undefined) this.numbers.set(key, 0);
    const page = this.numbers.get(key);
    reader.page = page;
    reader.askedAt = Date.now();
    this.asked.emit('asked');
    if (page !== undefined) {
      if (!this.pages.has(key)) await this.pace(reader, page);
      this.dropBehind();
    }
    return this.readAll(options);
  }

  /** Waits, bounded, while reading `page` would leave a slower reader still reading `capacity` pages behind. */
  private async pace(reader: Reader, page: number): Promise<void> {
    const deadline = Date.now() + this.staleMs;
    for (;;) {
      const slowest = this.slowest(reader);
      const left = deadline - Date.now();
      if (slowest === undefined || page - slowest < this.capacity || left <= 0) return;
      await waitForWakeUp(this.asked, 'asked', left);
    }
  }

  /** The lowest page a reader other than `except` asked for within `staleMs`. */
  private slowest(except?: Reader): number | undefined {
    const now = Date.now();
    let lowest: number | undefined;
    for (const r of this.readers) {
      if (r === except || r.page === undefined || now - r.askedAt >= this.staleMs) continue;
      if (lowest === undefined || r.page < lowest) lowest = r.page;
    }
    return lowest;
  }

  /** Forgets the pages (and their numbers) behind every reader still reading: none of them will ask again. */
  private dropBehind(): void {
    const slowest = this.slowest();
    if (slowest === undefined) return;
    for (const [key, page] of this.numbers) {
      if (page >= slowest) continue;
      this.pages.delete(key);
      if (page > 0) this.numbers.delete(key);
    }
  }

  private forget(key: string, read: Promise<RecordedEvent[]>): void {
    if (this.pages.get(key) === read) this.pages.delete(key);
  }
}

function shareable(options: ReadAllOptions): boolean {
  return !options.filter && (options.visibility ?? 'safe') === 'safe';
}

function pageKey(after: string | undefined, maxCount: number): string {
  return `${after ?? ''}|${maxCount}`;
}
