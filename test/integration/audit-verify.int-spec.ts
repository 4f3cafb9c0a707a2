import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { auditVerify } from '../../src/cli/audit-verify.command.js';
import { organisationDecider, organisationStream } from '../../src/modules/organisations/domain/organisation.decide.js';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { chainHash } from '../../src/shared/audit/hash-chain.js';
import type { CommandContext } from '../../src/shared/commands/command-context.js';
import { handleCommand } from '../../src/shared/commands/handle-command.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { collect } from '../support/events.js';
import { tamperWithEvents } from '../support/tamper.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let store: PostgresEventStore;
let sql: pg.Client;

const actor = { id: 'staff-1', role: 'admin', organisationId: '*' };
const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actor,
});
const policy = {
  staff: { min: 0, max: 40 },
  presidiumSeats: 4,
  departments: 6,
  quorum: { numerator: 2, denominator: 3 },
  delegateShareMin: { numerator: 1, denominator: 100 },
  delegateMinPerCollege: 5,
  nonOfficerShareMin: { numerator: 3, denominator: 5 },
  staffEligibility: {
    politicalStatuses: ['CPC', 'CYL'] as ('CPC' | 'CYL')[],
    topPercentOfMajor: 30,
    maxFailedCourses: 0,
  },
};

/** A school union with four policy changes: five chained events in one stream. */
async function seedOrganisation(id: string): Promise<RecordedEvent[]> {
  const stream = organisationStream(id);
  const metadata = { now: '2026-09-01T08:00:00.000Z', actor };
  await handleCommand(
    store,
    stream,
    organisationDecider,
    {
      type: 'RegisterOrganisation',
      data: {
        organisationId: id,
        kind: 'school-union',
        name: `学生会 ${id}`,
        parent: null,
        defaultPolicy: policy,
        policyOverrides: {},
      },
      metadata,
    },
    context(),
    0,
  );
  for (let seats = 5; seats <= 8; seats++) {
    await handleCommand(
      store,
      stream,
      organisationDecider,
      {
        type: 'ChangePolicy',
        data: { organisationId: id, changes: { presidiumSeats: seats }, reason: `resolution ${seats}` },
        metadata,
      },
      context(),
      0,
    );
  }
  return collect(store.readStream(stream));
}

const tamper = (statement: string, params: unknown[]) => tamperWithEvents(sql, statement, params);

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore(createPool(database.url, 5), { maxEventBytes: 1 << 20, pollIntervalMs: 50 });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await store.close();
  await database.drop();
});

describe('audit verify', () => {
  it('accepts untouched chains and reports each stream head', async () => {
    const events = await seedOrganisation('intact');
    expect(events.map((e) => e.metadata.prevHash)).toEqual([
      '0'.repeat(64),
      events[0]!.metadata.hash,
      events[1]!.metadata.hash,
      events[2]!.metadata.hash,
      events[3]!.metadata.hash,
    ]);
    const report = await verifyChains(store);
    expect(report.ok).toBe(true);
    expect(report.heads['organisation-intact']).toEqual({ revision: '4', hash: events[4]!.metadata.hash });
  });

  it('names the event whose row was edited with SQL', async () => {
    const events = await seedOrganisation('altered');
    await tamper(
      `UPDATE es.events SET data = jsonb_set(data, '{reason}', '"nobody decided this"') WHERE event_id = $1`,
      [events[2]!.id],
    );
    const report = await verifyChains(store);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({
      stream: 'organisation-altered',
      revision: '2',
      eventId: events[2]!.id,
      problem: 'altered',
    });
  });

  it('names the gap a deleted event leaves', async () => {
    const events = await seedOrganisation('deleted');
    await tamper(`DELETE FROM es.events WHERE event_id = $1`, [events[1]!.id]);
    const report = await verifyChains(store);
    const found = report.breaks.find((b) => b.stream === 'organisation-deleted');
    expect(found).toMatchObject({ problem: 'deleted', revision: '2', eventId: events[2]!.id });
  });

  it('notices a deleted last event by the stream head', async () => {
    const events = await seedOrganisation('truncated');
    await tamper(`DELETE FROM es.events WHERE event_id = $1`, [events[4]!.id]);
    const found = (await verifyChains(store)).breaks.find((b) => b.stream === 'organisation-truncated');
    expect(found).toMatchObject({ problem: 'deleted', revision: '4' });
  });

  it('notices an event slipped in after the head, even with a correctly computed hash', async () => {
    const events = await seedOrganisation('forged');
    const last = events[4]!;
    const data = { organisationId: 'forged', name: 'forged name', renamedAt: '2026-09-02T00:00:00.000Z' };
    const metadata = { ...last.metadata, prevHash: last.metadata.hash, hash: '' };
    const id = '11111111-1111-4111-8111-111111111111';
    const hash = chainHash(last.metadata.hash, {
      stream: last.stream,
      revision: 5n,
      id,
      type: 'OrganisationRenamed',
      data,
      metadata,
    });
    await sql.query(
      `INSERT INTO es.events (stream_id, revision, event_id, event_type, data, metadata) VALUES ($1, 5, $2, 'OrganisationRenamed', $3, $4)`,
      [last.stream, id, data, { ...metadata, hash }],
    );
    const found = (await verifyChains(store)).breaks.find((b) => b.stream === 'organisation-forged');
    expect(found).toMatchObject({ problem: 'inserted', revision: '5' });
  });

  it('exits 1 from the CLI and prints the broken event', async () => {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    process.env.DATABASE_URL = database.url;
    try {
      const code = await auditVerify.run([]);
      expect(code).toBe(1);
    } finally {
      log.mockRestore();
      delete process.env.DATABASE_URL;
    }
    expect(lines[0]).toMatch(/^BROKEN: \d+ streams/);
    expect(lines.some((l) => l.includes('ALTERED organisation-altered at revision 2'))).toBe(true);
  });
});
