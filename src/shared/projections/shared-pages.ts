import type { EventStore, ReadAllOptions, RecordedEvent } from '../event-store/event-store.port.js';

/**
 * The log's pages as the projection runners read them, each full page read once for all of them (issue 15: every
 * read model re-reading the whole log made a rebuild cost one pass per projection). Only a full page is kept: the
 * first `maxCount` events after a position never change once visible (the store never shows an event before one
 * an older transaction could still precede), while a shorter page may still grow. Runners asking for the same
 * page at once share one read; the most recent `capacity` pages are kept.
 */
export class SharedPages implements Pick<EventStore, 'readAll'> {
  private readonly pages = new Map<string, Promise<RecordedEvent[]>>();

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly capacity = 32,
  ) {}

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (options.filter || (options.visibility ?? 'safe') !== 'safe') return this.store.readAll(options);
    const key = `${options.after ?? ''}|${options.maxCount}`;
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
        if (events.length < options.maxCount) this.forget(key, read);
      },
      () => this.forget(key, read),
    );
    while (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value!);
    return read;
  }

  private forget(key: string, read: Promise<RecordedEvent[]>): void {
    if (this.pages.get(key) === read) this.pages.delete(key);
  }
}
