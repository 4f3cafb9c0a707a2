import { describe, expect, it } from '@jest/globals';
import type { EventStore, Position, ReadAllOptions, RecordedEvent } from '../../shared/event-store/event-store.port.js';
import { SCAN_BATCH, matchesFilter, scanLog, searchLog } from './log-search.js';

const at = (n: number) => `pg:1:${n}` as Position;
const seq = (p: Position) => Number(p.split(':')[2]);

function event(n: number, overrides: Partial<RecordedEvent['metadata']> = {}, type = 'Happened'): RecordedEvent {
  return {
    id: `id-${n}`,
    stream: `s-${n % 3}`,
    revision: BigInt(n),
    position: at(n),
    recordedAt: new Date(Date.UTC(2026, 10, 27, 9, 0, n)),
    type,
    data: { organisationId: n % 2 === 0 ? 'school' : 'arts' },
    metadata: {
      commandId: `c-${n}`,
      correlationId: `k-${Math.floor(n / 10)}`,
      causationId: `c-${n}`,
      actorId: n % 5 === 0 ? 'staff-5' : 'staff-1',
      actorRole: 'union-staff',
      actorOrganisationId: n % 2 === 0 ? 'school' : 'arts',
      occurredAt: new Date(Date.UTC(2026, 10, 27, 9, 0, n)).toISOString(),
      schemaVersion: '1',
      prevHash: '',
      hash: '',
      ...overrides,
    },
  };
}

/** A log in memory that records every read, so a spec sees how much was asked for at a time. */
function storeOf(log: RecordedEvent[]) {
  const reads: ReadAllOptions[] = [];
  const store = {
    kind: 'postgres',
    readAll: async (options: ReadAllOptions) => {
      reads.push(options);
      const after = options.after === undefined ? -1 : seq(options.after);
      return log.filter((e) => seq(e.position) > after).slice(0, options.maxCount);
    },
    comparePositions: (a: Position, b: Position) => Math.sign(seq(a) - seq(b)) as -1 | 0 | 1,
  } as unknown as EventStore;
  return { store, reads };
}

describe('searching the log', () => {
  it('keeps only what every condition allows', () => {
    const e = event(10);
    expect(matchesFilter(e, {})).toBe(true);
    expect(matchesFilter(e, { types: ['Other', 'Happened'], actorId: 'staff-5', organisationId: 'school' })).toBe(true);
    expect(matchesFilter(e, { organisationId: 'arts' })).toBe(false);
    expect(matchesFilter(e, { correlationId: 'k-1' })).toBe(true);
    expect(matchesFilter(e, { since: '2026-11-27T09:00:10Z', until: '2026-11-27T09:00:11Z' })).toBe(true);
    expect(matchesFilter(e, { until: '2026-11-27T09:00:10Z' })).toBe(false);
  });

  it('pages by position: continuing from next while events are appended neither skips nor repeats one', async () => {
    const log = Array.from({ length: 25 }, (_, i) => event(i));
    const { store } = storeOf(log);
    const seen: string[] = [];
    let next: Position | undefined;
    for (let page = 0; page < 20; page++) {
      const answer = await searchLog(store, { after: next, limit: 4, filter: { organisationId: 'school' } });
      seen.push(...answer.events.map((e) => e.id));
      next = answer.next ?? undefined;
      if (page === 1) log.push(...Array.from({ length: 10 }, (_, i) => event(25 + i)));
      if (!answer.more) break;
    }
    expect(seen).toEqual(log.filter((e) => e.data.organisationId === 'school').map((e) => e.id));
  });

  it('answers a rare match within its scan budget, saying where to go on', async () => {
    const { store } = storeOf(Array.from({ length: 50 }, (_, i) => event(i)));
    const answer = await searchLog(store, { limit: 10, filter: { actorId: 'nobody' }, scanBudget: 20 });
    expect(answer).toEqual({ events: [], next: at(19), more: true });
  });

  it('scans up to the head it was given, one batch of the store at a time', async () => {
    const { store, reads } = storeOf(Array.from({ length: 2 * SCAN_BATCH + 7 }, (_, i) => event(i)));
    const batches: RecordedEvent[][] = [];
    for await (const batch of scanLog(store, { filter: { correlationId: 'k-3' }, head: at(2 * SCAN_BATCH) })) {
      batches.push(batch);
    }
    expect(batches.flat().map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `id-${30 + i}`));
    expect(reads.every((r) => r.maxCount === SCAN_BATCH)).toBe(true);
    expect(reads).toHaveLength(3);
  });
});
