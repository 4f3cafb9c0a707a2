import type { EventFilter, EventStore, Position, RecordedEvent } from '../../shared/event-store/event-store.port.js';
import { isConfidentialStream } from './entity-streams.js';
import { belongsTo } from './history-scope.js';

/** What a search keeps (issue 13 item 1): every given condition must hold. */
export type LogFilter = Readonly<{
  types?: readonly string[];
  actorId?: string;
  organisationId?: string;
  correlationId?: string;
  /** `occurredAt` from (inclusive) and until (exclusive), ISO 8601 */
  since?: string;
  until?: string;
  /** leave out confidential streams (misconduct cases) for a reader whose scope does not admit them */
  hideConfidential?: boolean;
}>;

export type LogPage = Readonly<{
  events: RecordedEvent[];
  /** the position to continue from: the last event looked at, or where the page started */
  next: Position | null;
  /** false when the page reached the end of the log as it stood: later events are found from `next` */
  more: boolean;
}>;

/** Events read from the store at a time: the search's memory is a batch, whatever the log's size. */
export const SCAN_BATCH = 500;
/** Events one page looks at before it answers with what it found, so a rare match never makes a page slow. */
export const PAGE_SCAN_BUDGET = 10 * SCAN_BATCH;

const instant = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export function matchesFilter(event: RecordedEvent, filter: LogFilter): boolean {
  const m = event.metadata;
  if (filter.hideConfidential && isConfidentialStream(event.stream)) return false;
  if (filter.types && !filter.types.includes(event.type)) return false;
  if (filter.actorId !== undefined && m.actorId !== filter.actorId) return false;
  if (filter.correlationId !== undefined && m.correlationId !== filter.correlationId) return false;
  if (filter.organisationId !== undefined && !belongsTo(event, filter.organisationId)) return false;
  if (filter.since !== undefined || filter.until !== undefined) {
    const at = Date.parse(m.occurredAt ?? event.recordedAt.toISOString());
    if (filter.since !== undefined && at < instant(filter.since)!) return false;
    if (filter.until !== undefined && at >= instant(filter.until)!) return false;
  }
  return true;
}

/**
 * One page of matching events after `after`, in global order. Read with the store's 'safe' visibility, so a
 * page never passes an event that a slower, still open transaction commits later: continuing from `next`
 * under concurrent appends neither skips nor repeats an event.
 */
export async function searchLog(
  store: EventStore,
  options: Readonly<{ after?: Position; limit: number; filter: LogFilter; scanBudget?: number }>,
): Promise<LogPage> {
  const budget = options.scanBudget ?? PAGE_SCAN_BUDGET;
  const events: RecordedEvent[] = [];
  let cursor = options.after;
  let scanned = 0;
  while (scanned < budget) {
    const wanted = Math.min(SCAN_BATCH, budget - scanned);
    const batch = await store.readAll({ after: cursor, maxCount: wanted });
    for (const event of batch) {
      cursor = event.position;
      scanned++;
      if (!matchesFilter(event, options.filter)) continue;
      events.push(event);
      if (events.length === options.limit) return { events, next: cursor, more: true };
    }
    if (batch.length < wanted) return { events, next: cursor ?? null, more: false };
  }
  return { events, next: cursor ?? null, more: true };
}

/**
 * Every matching event after `after` up to the log's head as it stood when the scan began, a batch at a time:
 * what the NDJSON answer and the correlation view stream. Memory stays one batch.
 */
export async function* scanLog(
  store: EventStore,
  options: Readonly<{ after?: Position; filter: LogFilter; head: Position | null; storeFilter?: EventFilter }>,
): AsyncGenerator<RecordedEvent[], Position | null> {
  let cursor = options.after;
  const head = options.head;
  if (head === null) return cursor ?? null;
  for (;;) {
    const batch = await store.readAll({ after: cursor, maxCount: SCAN_BATCH, filter: options.storeFilter });
    const upToHead = batch.filter((e) => store.comparePositions(e.position, head) <= 0);
    if (upToHead.length > 0) cursor = upToHead.at(-1)!.position;
    const matching = upToHead.filter((e) => matchesFilter(e, options.filter));
    if (matching.length > 0) yield matching;
    if (batch.length < SCAN_BATCH || upToHead.length < batch.length) return cursor ?? null;
  }
}
