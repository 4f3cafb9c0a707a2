import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../../src/shared/event-store/event-store.port.js';

export const BENCH_EVENT_TYPE = 'BenchEventHappened';

/** A sentence of payload so an event weighs what a small governance event does (about 0.6 kB stored). */
export const BENCH_NOTE = 'Motion carried: the committee approves the quarterly budget as amended.';

export type BenchEventData = { seq: number; memberId: string; amount: number; note: string };

/** The shape bulk seeding writes too (seed.ts builds the same objects in SQL). */
export function benchEvent(seq: number): NewEvent {
  const data: BenchEventData = { seq, memberId: randomUUID(), amount: seq % 1000, note: BENCH_NOTE };
  return { id: randomUUID(), type: BENCH_EVENT_TYPE, data, metadata: benchMetadata() };
}

export function benchMetadata(): EventMetadata {
  return {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actorId: 'bench',
    actorRole: 'admin',
    actorOrganisationId: 'bench-org',
    occurredAt: new Date().toISOString(),
    schemaVersion: '1',
    prevHash: '',
    hash: '',
  };
}

/** The column values es.append derives from one event, for the raw INSERT baselines. */
export function rawColumns(stream: string, revision: bigint, event: NewEvent): unknown[] {
  return [
    stream,
    revision.toString(),
    event.id,
    event.type,
    Number(event.metadata.schemaVersion),
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
    event.metadata.correlationId,
    event.metadata.causationId,
  ];
}

export const RAW_COLUMNS =
  'stream_id, revision, event_id, event_type, schema_version, data, metadata, correlation_id, causation_id';
export const RAW_COLUMN_COUNT = 9;
export const RAW_CASTS = ['text', 'bigint', 'uuid', 'text', 'int', 'jsonb', 'jsonb', 'text', 'text'];

/** "($1::text, $2::bigint, ...), (...)" for `rows` rows of the raw columns. */
export function rawValuesList(rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    tuples.push(`(${RAW_CASTS.map((cast, c) => `$${r * RAW_COLUMN_COUNT + c + 1}::${cast}`).join(', ')})`);
  }
  return tuples.join(', ');
}
