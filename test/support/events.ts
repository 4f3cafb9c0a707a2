import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../../src/shared/event-store/event-store.port.js';

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
