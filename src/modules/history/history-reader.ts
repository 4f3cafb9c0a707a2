import { Inject, Injectable } from '@nestjs/common';
import { StreamNotFoundError } from '../../shared/event-store/event-store.errors.js';
import {
  EVENT_STORE,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '../../shared/event-store/event-store.port.js';
import type { UpcasterChain } from '../../shared/event-store/upcasting.js';
import type { Language } from '../../shared/i18n/language.js';
import { RequestInvalid } from '../../shared/http/request-validation.js';
import { UPCASTER_CHAIN } from '../../shared/tokens.js';
import { isConfidentialStream } from './entity-streams.js';
import { HistoryContext } from './history-context.js';
import { type HistoryEntry, historyEntries } from './history-entry.js';
import { HistoryNotFound } from './history.errors.js';
import { type HistoryScope, heldToScope } from './history-scope.js';
import { type LogFilter, type LogPage, scanLog, searchLog } from './log-search.js';

export type EntryPage = Readonly<{ items: HistoryEntry[]; next: string | null; more: boolean }>;
export type StreamsHistory = Readonly<{ streams: string[]; items: HistoryEntry[]; nextRevision: string | null }>;

/** The most events the correlation view gathers into one answer; a longer workflow continues from `next`. */
export const CORRELATION_LIMIT = 5000;

/**
 * Reads history from the event store through its port (never an adapter, never a read model) and shows it as
 * entries within the reader's scope.
 */
@Injectable()
export class HistoryReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTER_CHAIN) private readonly upcast: UpcasterChain,
  ) {}

  /** A fresh context per answer: names, policies and erasures are read once for it. */
  context(): HistoryContext {
    return new HistoryContext(this.store);
  }

  entries(events: readonly RecordedEvent[], language: Language, context = this.context()): Promise<HistoryEntry[]> {
    return historyEntries(events, context, this.upcast, language);
  }

  /** A position from this store, or a 400 naming `from` (a KurrentDB position means nothing to PostgreSQL). */
  position(from: string | undefined): Position | undefined {
    if (from === undefined) return undefined;
    const kind = this.store.kind === 'postgres' ? 'pg' : 'kdb';
    if (!from.startsWith(`${kind}:`)) {
      throw new RequestInvalid([
        { field: 'from', rule: 'matches', ownMessage: `from must be a position of this event store (${kind}:...)` },
      ]);
    }
    return from as Position;
  }

  /**
   * One or more streams in global order, held to the reader's scope. A stream with no event is 404; streams whose
   * events all belong to other organisations are 403 for staff, so that they are told rather than shown nothing.
   */
  async streams(
    streams: readonly string[],
    scope: HistoryScope,
    language: Language,
    page: Readonly<{ fromRevision?: number; limit?: number }> = {},
  ): Promise<StreamsHistory> {
    // a confidential stream does not exist for a reader it is not shown to: 404, as for a stream with no event
    if (!scope.confidential && streams.some(isConfidentialStream))
      throw new HistoryNotFound(`No event is stored in ${streams.join(', ')}`);
    const single = streams.length === 1;
    const limit = single ? (page.limit ?? 500) : Number.MAX_SAFE_INTEGER;
    const read = await Promise.all(
      streams.map((s) =>
        this.readStream(s, single ? BigInt(page.fromRevision ?? 0) : 0n, single ? limit + 1 : undefined),
      ),
    );
    const found = read.flat();
    if (found.length === 0 && (!single || !(await this.exists(streams[0]!)))) {
      throw new HistoryNotFound(`No event is stored in ${streams.join(', ')}`);
    }
    const shown = found.slice(0, limit);
    const nextRevision = single && found.length > limit ? (shown.at(-1)!.revision + 1n).toString() : null;
    shown.sort((a, b) => this.store.comparePositions(a.position, b.position));
    const inScope = heldToScope(shown, scope, streams.join(', '));
    return { streams: [...streams], items: await this.entries(inScope, language), nextRevision };
  }

  async search(after: Position | undefined, limit: number, filter: LogFilter, language: Language): Promise<EntryPage> {
    const page: LogPage = await searchLog(this.store, { after, limit, filter });
    return { items: await this.entries(page.events, language), next: page.next, more: page.more };
  }

  /** Every matching event up to the head as it stood when asked, entries a batch at a time. */
  async *scan(after: Position | undefined, filter: LogFilter, language: Language): AsyncGenerator<HistoryEntry[]> {
    const context = this.context();
    const scan = scanLog(this.store, { after, filter, head: await this.store.headPosition() });
    for await (const batch of scan) yield await this.entries(batch, language, context);
  }

  /** Everything one request or workflow caused, in global order (a scan of the log: no index by correlation). */
  async correlation(correlationId: string, scope: HistoryScope, language: Language): Promise<EntryPage> {
    const filter: LogFilter = {
      correlationId,
      hideConfidential: !scope.confidential,
      ...(scope.organisationId === null ? {} : { organisationId: scope.organisationId }),
    };
    const items: HistoryEntry[] = [];
    let next: string | null = null;
    for await (const batch of this.scan(undefined, filter, language)) {
      items.push(...batch);
      next = batch.at(-1)!.position;
      if (items.length >= CORRELATION_LIMIT) return { items, next, more: true };
    }
    if (items.length === 0) throw new HistoryNotFound(`No event in scope carries correlation id ${correlationId}`);
    return { items, next, more: false };
  }

  private async readStream(stream: string, from: bigint, maxCount: number | undefined): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const event of this.store.readStream(stream, maxCount === undefined ? { from } : { from, maxCount }))
        events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }

  private async exists(stream: string): Promise<boolean> {
    return (await this.store.getStreamRevision(stream)) !== 'no_stream';
  }
}
