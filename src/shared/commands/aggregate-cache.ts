import type { Revision } from '../event-store/event-store.port.js';

/** A stream's state as one decider folds it, at a revision, with the hash of its last event. */
export type LoadedAggregate<S> = { state: S; revision: Revision | 'no_stream'; headHash: string };

type Entry = { folder: object; loaded: LoadedAggregate<unknown> };

/**
 * The states this process last decided on, by stream, most recently used last (issue 15: a command read its whole
 * stream before every decision). An entry is only a starting point: the append's expected revision proves it
 * current, a conflict catches it up, and a refusal decided on it is checked against the stream's head before it
 * is given. Keyed by the decider too, since two deciders may fold one stream differently.
 */
export class AggregateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  get<S>(stream: string, folder: object): LoadedAggregate<S> | undefined {
    const entry = this.entries.get(stream);
    if (!entry || entry.folder !== folder) return undefined;
    this.entries.delete(stream);
    this.entries.set(stream, entry);
    return entry.loaded as LoadedAggregate<S>;
  }

  set<S>(stream: string, folder: object, loaded: LoadedAggregate<S>): void {
    if (this.capacity <= 0) return;
    this.entries.delete(stream);
    this.entries.set(stream, { folder, loaded });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }

  get size(): number {
    return this.entries.size;
  }
}
