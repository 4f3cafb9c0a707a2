import { EmptyAppendError, EventTooLargeError } from './event-store.errors.js';
import type { NewEvent } from './event-store.port.js';

/** Checks both adapters make before touching their back end (contract cases 9 and 11). */
export function guardAppend(stream: string, events: readonly NewEvent[], maxEventBytes: number): void {
  if (events.length === 0) throw new EmptyAppendError(stream);
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata));
    if (bytes > maxEventBytes) throw new EventTooLargeError(event.id, bytes, maxEventBytes);
  }
}

/** The text before the first '-' of a stream name: 'organisation-42' is in category 'organisation'. */
export function categoryOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
}

export function matchesFilter(
  event: { stream: string; type: string },
  filter?: { streamPrefixes?: readonly string[]; eventTypePrefixes?: readonly string[] },
): boolean {
  if (!filter) return true;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((p) => event.stream.startsWith(p))) return false;
  if (filter.eventTypePrefixes && !filter.eventTypePrefixes.some((p) => event.type.startsWith(p))) return false;
  return true;
}
