import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type CurrentStreamState,
  type Filter,
  type Position as ClientPosition,
} from '@kurrent/kurrentdb-client';
import type { EventFilter, EventMetadata, Position, RecordedEvent, Revision } from '../event-store.port.js';
import { fromClientPosition } from './kurrentdb-position.js';

/**
 * Metadata keys we copy into KurrentDB's reserved names so its projections ($by_correlation_id) see them.
 * Every key starting with '$' belongs to KurrentDB (the OpenTelemetry instrumentation adds $traceId and
 * $spanId too) and is removed again on read, so the application gets back exactly what it wrote.
 */
const RESERVED_COPIES = { correlationId: '$correlationId', causationId: '$causationId' } as const;

/** The shape of one record as the client hands it over, whether it came through gRPC or the Rust bridge. */
export type ClientRecord = Readonly<{
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: ClientPosition;
}>;

export function serverFilter(
  filter: EventFilter | undefined,
  checkpointReached: NonNullable<Filter['checkpointReached']>,
): Filter {
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  }
  if (filter?.eventTypePrefixes && filter.eventTypePrefixes.length > 0) {
    return eventTypeFilter({ prefixes: [...filter.eventTypePrefixes], checkpointReached });
  }
  return excludeSystemEvents({ checkpointReached });
}

export function isApplicationEvent(record: Pick<ClientRecord, 'streamId' | 'type'>): boolean {
  return !record.type.startsWith('$') && !record.streamId.startsWith('$');
}

export function toStoredMetadata(metadata: EventMetadata): Record<string, string> {
  return {
    ...metadata,
    [RESERVED_COPIES.correlationId]: metadata.correlationId,
    [RESERVED_COPIES.causationId]: metadata.causationId,
  };
}

function fromStoredMetadata(stored: unknown): EventMetadata {
  const metadata: Record<string, string> = {};
  if (stored && typeof stored === 'object' && !(stored instanceof Uint8Array) && !Array.isArray(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      if (key.startsWith('$')) continue;
      metadata[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  return metadata as EventMetadata;
}

function fromStoredData(record: ClientRecord): Record<string, unknown> {
  let data = record.data;
  if (data instanceof Uint8Array) {
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  // Our own events are always JSON objects; anything else (written by another tool) is wrapped.
  if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  return { value: data };
}

export function recordPosition(record: ClientRecord): Position {
  if (!record.position) {
    throw new Error(
      `KurrentDB returned ${record.streamId}@${record.revision} without its log position (server 22.10 or later required)`,
    );
  }
  return fromClientPosition(record.position);
}

export function toRecorded(record: ClientRecord): RecordedEvent {
  return {
    id: record.id,
    type: record.type,
    data: fromStoredData(record),
    metadata: fromStoredMetadata(record.metadata),
    stream: record.streamId,
    revision: record.revision,
    position: recordPosition(record),
    recordedAt: record.created,
  };
}

/** The client reports a missing stream as -1 in some paths. */
export function toActual(state: CurrentStreamState): Revision | 'no_stream' {
  return typeof state === 'bigint' && state >= 0n ? state : 'no_stream';
}
