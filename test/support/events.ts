import { randomUUID } from 'node:crypto';
import type {
  EventMetadata,
  EventStore,
  NewEvent,
  Position,
  RecordedEvent,
} from '../../src/shared/event-store/event-store.port.js';
import { eventually } from './eventually.js';

/** A stream name no other test uses: 't<hex>-<suffix>' keeps a per-test category for filters. */
export function uniqueStream(suffix = 'stream'): string {
  return `t${randomUUID().replaceAll('-', '')}-${suffix}`;
}

export function testMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actorId: 'tester',
    actorRole: 'admin',
    actorOrganisationId: '*',
    occurredAt: new Date().toISOString(),
    schemaVersion: '1',
    prevHash: '',
    hash: '',
    ...overrides,
  };
}

export function testEvent(
  type = 'Happened',
  data: Record<string, unknown> = {},
  metadata: Partial<EventMetadata> = {},
): NewEvent {
  return { id: randomUUID(), type, data, metadata: testMetadata(metadata) };
}

export function testEvents(count: number, type = 'Happened'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => testEvent(type, { i }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Every event in the log, read a batch at a time, as seen under `visibility`. */
export async function wholeLog(
  store: EventStore,
  visibility: 'committed' | 'safe' = 'committed',
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: Position | undefined;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 500, visibility });
    events.push(...batch);
    if (batch.length < 500) return events;
    after = batch.at(-1)!.position;
  }
}

/**
 * The log once a checkpointing reader can see all of it: such reads stop at the visibility frontier, which open
 * transactions on the cluster (projection runners, other test files) hold back for a moment.
 */
export function settledLog(store: EventStore, timeoutMs = 20_000): Promise<RecordedEvent[]> {
  return eventually(
    async () => {
      const [committed, safe] = [await wholeLog(store, 'committed'), await wholeLog(store, 'safe')];
      return committed.length === safe.length && committed;
    },
    timeoutMs,
    'the visibility frontier to pass the log',
  );
}
