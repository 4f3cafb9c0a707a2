import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import {
  type Ballot,
  type ElectionBodies,
  type Mark,
  confirmCandidates,
  eligibleStudents,
  expectStatus,
  registerElectionBodies,
  sitWith,
} from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * architecture.md "Ballot secrecy": who voted and what was voted are never linked, not by a column, an id, a
 * timestamp or the order of events. A secret round is held over HTTP, then every table, every event, the order and
 * the times of events, and every log line are searched for a link between a delegate and a ballot.
 */
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 45, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 50, majors: ['软件技术'] },
  { collegeId: 'health', name: '健康学院', students: 45, majors: ['护理'] },
];
const E = 'secret-2026';
const CLIENT_CORRELATION = 'client-chosen-correlation-id';
const SCRUTINEER = 'scrutineer-staff-1';

let t: TestApp;
let seated: SeatedCongress;
let bodies: ElectionBodies;
let candidateIds: string[];
let castOrder: string[];
let castBallots: Ballot[];
const credentials: string[] = [];
let sealedIdsWhileOpen: string[] = [];
let counted: Array<{ ballotId: string; marks: Record<string, Mark>; writeIns: unknown[] }> = [];
let closedAt = '';

const round = () => `/api/v1/organisations/${bodies.schoolId}/elections/${E}/rounds/1`;
const castPath = `/api/v1/ballot-box/${E}/rounds/1/ballots`;
const key = (marks: Record<string, Mark>) => candidateIds.map((c) => marks[c] ?? '-').join('');

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000', DB_POOL_SIZE: '16' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 30, congressId: 'congress-secret' });
  bodies = await registerElectionBodies(t, seated);
  // Candidates and officers who are not delegates, so that every delegate id found anywhere can only be a voter's:
  // a candidate's id is a key of every ballot's marks, and the closing scrutineer is the actor of BallotsCounted.
  const candidates = await eligibleStudents(t, seated, 7, seated.delegateIds);
  candidateIds = candidates.map((c) => c.studentId);
  await confirmCandidates(t, bodies, E, seated.congressId, candidates);
  const base = `/api/v1/organisations/${bodies.schoolId}/elections/${E}`;
  const staff = { token: bodies.tokens.schoolStaff };
  await expectStatus(t.request('POST', `${base}/set-up`, staff), 201);
  await expectStatus(
    t.request('POST', `${base}/scrutineers`, { ...staff, body: { personId: SCRUTINEER, name: '周明' } }),
    200,
  );
  await expectStatus(
    t.request('POST', `${base}/tellers`, { ...staff, body: { personId: 'teller-staff-1', name: '吴刚' } }),
    200,
  );
  await sitWith(t, bodies, seated.congressId, 'secret-sitting', seated.delegateIds);
  await expectStatus(t.request('POST', `${base}/rounds`, { ...staff, body: { sittingId: 'secret-sitting' } }), 201);
  castOrder = [...seated.delegateIds];
  castBallots = distinguishableBallots(castOrder.length);
}, 240_000);
afterAll(() => t.close());

describe('a secret round over HTTP leaves no link between a delegate and a ballot', () => {
  it('casts with a credential alone: no token, no Idempotency-Key, a fresh correlation id, nothing on the roll yet', async () => {
    for (const [i, delegateId] of castOrder.entries()) {
      const issued = await expectStatus(
        t.request<{ credential: string }>('POST', `${round()}/credential`, {
          token: bodies.tokens.delegate(delegateId),
        }),
        201,
      );
      credentials.push(issued.credential);
      if (i === 0) {
        const keyed = await t.request<{ code: string }>('POST', castPath, {
          body: { credential: issued.credential, ...castBallots[0] },
          headers: { 'idempotency-key': 'cast-attempt-0001' },
        });
        expect(keyed.body.code).toBe('BALLOT.IDEMPOTENCY_KEY_NOT_ACCEPTED');
      }
      const cast = await t.request('POST', castPath, {
        body: { credential: issued.credential, ...castBallots[i] },
        headers: { 'x-correlation-id': CLIENT_CORRELATION },
      });
      expect(cast.status).toBe(202);
      expect(cast.body).toEqual({ accepted: true });
      expect(cast.headers.get('x-correlation-id')).not.toBe(CLIENT_CORRELATION);
      if (i === 14) await inspectWhileOpen(15);
    }
    expect(
      (await t.request<{ code: string }>('POST', castPath, { body: { credential: credentials[3], ...castBallots[3] } }))
        .body.code,
    ).toBe('BALLOT.CREDENTIAL_SPENT');
    expect(
      (
        await t.request<{ code: string }>('POST', castPath, {
          body: { credential: `${credentials[3]!.slice(0, -4)}AAAA`, ...castBallots[3] },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.request<{ code: string }>('POST', `/api/v1/ballot-box/other-election/rounds/1/ballots`, {
          body: { credential: credentials[4], ...castBallots[4] },
        })
      ).body.code,
    ).toBe('BALLOT.CREDENTIAL_NOT_VALID');
    const again = await t.request<{ code: string }>('POST', `${round()}/credential`, {
      token: bodies.tokens.delegate(castOrder[0]!),
    });
    expect(again.body.code).toBe('BALLOT.ALREADY_CAST');
  });

  it('closes the round as one batch: returns sorted at the close, the box emptied, ballots shuffled under fresh ids', async () => {
    const closed = await expectStatus(
      t.request<{ events: string[] }>('POST', `${round()}/closure`, { token: bodies.tokens.scrutineer(SCRUTINEER) }),
      200,
    );
    expect(closed.events.slice(0, castOrder.length + 2)).toEqual([
      ...castOrder.map(() => 'BallotReturned'),
      'RoundClosed',
      'BallotsCounted',
    ]);
    for (const table of ['election_sealed_ballots', 'election_ballot_credentials', 'election_ballot_holders']) {
      expect(await t.runtime.dataSource.query(`SELECT * FROM ${table}`)).toEqual([]);
    }
    const events = await electionEvents();
    const close = events.filter(
      (e) => e.metadata.commandId === events.find((x) => x.type === 'RoundClosed')!.metadata.commandId,
    );
    const returns = close
      .filter((e) => e.type === 'BallotReturned')
      .map((e) => e.data as { delegateId: string; returnedAt: string });
    closedAt = (close.find((e) => e.type === 'RoundClosed')!.data as { closedAt: string }).closedAt;
    // Every return is written by the close, in one append, sorted by delegate id, all with the close's time.
    expect(returns.map((r) => r.delegateId)).toEqual([...castOrder].sort());
    expect(returns.map((r) => r.delegateId)).not.toEqual(castOrder);
    expect(new Set(returns.map((r) => r.returnedAt))).toEqual(new Set([closedAt]));
    expect(new Set(close.map((e) => e.recordedAt.toISOString())).size).toBe(1);
    expect(events.filter((e) => e.type === 'BallotReturned')).toHaveLength(castOrder.length);

    counted = (close.find((e) => e.type === 'BallotsCounted')!.data as { ballots: typeof counted }).ballots;
    expect(counted).toHaveLength(castOrder.length);
    for (const b of counted) {
      expect(Object.keys(b).sort()).toEqual(['ballotId', 'invalidReason', 'marks', 'valid', 'writeIns']);
      expect(b.ballotId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(sealedIdsWhileOpen).not.toContain(b.ballotId);
    }
  });

  it('counts the ballots in an order independent of the casting order', () => {
    const castIndex = new Map(castBallots.map((b, i) => [key(b.marks), i]));
    const permutation = counted.map((b) => castIndex.get(key(b.marks))!);
    expect([...permutation].sort((a, b) => a - b)).toEqual(castBallots.map((_, i) => i));
    const identity = permutation.map((_, i) => i);
    expect(permutation).not.toEqual(identity);
    expect(permutation).not.toEqual([...identity].reverse());
    // Spearman's rank correlation of counted position against casting position: insertion order would give 1.
    // For 30 random orders its spread is 1/sqrt(29) = 0.19, so |rho| > 0.85 happens by chance about once in 200,000 runs.
    const n = permutation.length;
    const rho = 1 - (6 * permutation.reduce((s, p, i) => s + (p - i) ** 2, 0)) / (n * (n * n - 1));
    expect(Math.abs(rho)).toBeLessThan(0.85);
  });

  it('stores no row, in any table of the public and es schemas, holding both a delegate and a ballot', async () => {
    const ballotIds = counted.map((b) => b.ballotId);
    const delegates = seated.delegateIds;
    const tables: Array<{ table_schema: string; table_name: string }> = await t.runtime.dataSource.query(
      `SELECT DISTINCT table_schema, table_name FROM information_schema.columns WHERE table_schema IN ('public', 'es') ORDER BY 1, 2`,
    );
    expect(tables.length).toBeGreaterThan(10);
    const holdingBallots: string[] = [];
    for (const { table_schema: schema, table_name: name } of tables) {
      const rows: Array<{ row: string }> = await t.runtime.dataSource.query(
        `SELECT row_to_json(x)::text AS row FROM "${schema}"."${name}" x`,
      );
      for (const { row } of rows) {
        const ballot = ballotIds.some((id) => row.includes(id));
        const delegate = delegates.some((id) => row.includes(id));
        expect(ballot && delegate).toBe(false);
        if (ballot) holdingBallots.push(`${schema}.${name}`);
        for (const id of sealedIdsWhileOpen) expect(row).not.toContain(id);
        for (const credential of credentials) expect(row).not.toContain(credential);
      }
    }
    // The ballots exist in exactly one place: the BallotsCounted event.
    expect(holdingBallots).toEqual(['es.events']);
    expect(await t.runtime.dataSource.query(`SELECT * FROM http_idempotency WHERE actor_id = 'anonymous'`)).toEqual([]);
  });

  it('writes no event whose data or metadata names a delegate and a ballot, and times no ballot', async () => {
    const ballotIds = counted.map((b) => b.ballotId);
    for (const e of await allEvents()) {
      const text = JSON.stringify({ data: e.data, metadata: e.metadata });
      expect(ballotIds.some((id) => text.includes(id)) && seated.delegateIds.some((id) => text.includes(id))).toBe(
        false,
      );
    }
    const columns: Array<{ data_type: string }> = await t.runtime.dataSource.query(
      `SELECT data_type FROM information_schema.columns WHERE table_name IN ('election_sealed_ballots', 'election_ballot_credentials', 'election_ballot_holders')`,
    );
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
  });

  it("shows the election's history with no link between a delegate and a ballot: ballots only as the close's shuffled batch", async () => {
    type Entry = {
      stream: string;
      type: string;
      commandId: string;
      recordedAt: string;
      data: Record<string, unknown>;
      description: string;
    };
    const history = await t.request<{ streams: string[]; items: Entry[] }>('GET', `/api/v1/history/elections/${E}`, {
      token: bodies.tokens.supervisor,
    });
    expect(history.status).toBe(200);
    expect(history.body.streams).toEqual([`candidates-${E}`, `election-${E}`, `result-${E}`]);
    const items = history.body.items;
    expect(new Set(items.map((e) => e.stream))).toEqual(new Set([`candidates-${E}`, `election-${E}`]));
    const ballotIds = counted.map((b) => b.ballotId);
    const holding = items.filter((e) => ballotIds.some((id) => JSON.stringify(e).includes(id)));
    expect(holding.map((e) => e.type)).toEqual(['BallotsCounted']);
    expect((holding[0]!.data.ballots as Array<{ ballotId: string }>).map((b) => b.ballotId)).toEqual(ballotIds);
    expect(holding[0]!.description).toContain('顺序已打乱，不含投票人');
    for (const entry of items) {
      const text = JSON.stringify(entry);
      expect(ballotIds.some((id) => text.includes(id)) && seated.delegateIds.some((id) => text.includes(id))).toBe(
        false,
      );
      for (const secret of [...credentials, ...sealedIdsWhileOpen, CLIENT_CORRELATION])
        expect(text).not.toContain(secret);
    }
    // Returns are shown as the close wrote them: one command, one time, sorted by delegate, not in casting order.
    const closing = items.find((e) => e.type === 'RoundClosed')!;
    const returns = items.filter((e) => e.type === 'BallotReturned');
    expect(returns.map((e) => e.data.delegateId)).toEqual([...castOrder].sort());
    expect(new Set(returns.map((e) => e.commandId))).toEqual(new Set([closing.commandId]));
    expect(new Set(returns.map((e) => e.recordedAt))).toEqual(new Set([closing.recordedAt]));
    const ndjson = await fetch(`${t.baseUrl}/api/v1/history/events?type=BallotsCounted,BallotReturned,BallotIssued`, {
      headers: { authorization: `Bearer ${bodies.tokens.supervisor}`, accept: 'application/x-ndjson' },
    });
    for (const line of (await ndjson.text()).trimEnd().split('\n'))
      expect(ballotIds.some((id) => line.includes(id)) && seated.delegateIds.some((id) => line.includes(id))).toBe(
        false,
      );
    for (const [path, type] of [
      [`congresses/${seated.congressId}`, 'CongressConvened'],
      ['sittings/secret-sitting', 'DelegateCheckedIn'],
    ]) {
      const entity = await t.request<{ items: Entry[] }>('GET', `/api/v1/history/${path}`, {
        token: bodies.tokens.supervisor,
      });
      expect([path, entity.status, entity.body.items.some((e) => e.type === type)]).toEqual([path, 200, true]);
    }
  });

  it('exports in an audit bundle exactly the events the log holds, so no line links a delegate and a ballot', async () => {
    const response = await fetch(`${t.baseUrl}/api/v1/audit/bundles`, {
      headers: { authorization: `Bearer ${bodies.tokens.supervisor}` },
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const lines = strFromU8(files['events.jsonl']!).trimEnd().split('\n');
    const stored = new Map((await allEvents()).map((e) => [e.id, e]));
    const ballotIds = counted.map((b) => b.ballotId);
    expect(lines.some((line) => line.includes(ballotIds[0]!))).toBe(true);
    for (const line of lines) {
      const event = JSON.parse(line) as { id: string; data: unknown; metadata: unknown };
      expect([event.data, event.metadata]).toEqual([stored.get(event.id)?.data, stored.get(event.id)?.metadata]);
      expect(ballotIds.some((id) => line.includes(id)) && seated.delegateIds.some((id) => line.includes(id))).toBe(
        false,
      );
      for (const secret of [...credentials, ...sealedIdsWhileOpen, CLIENT_CORRELATION])
        expect(line).not.toContain(secret);
    }
  });

  it('logs no credential, ballot or ballot id, and never the correlation id the casting client chose', () => {
    expect(t.logLines.length).toBeGreaterThan(castOrder.length);
    const ballotIds = counted.map((b) => b.ballotId);
    for (const line of t.logLines) {
      for (const secret of [...credentials, ...ballotIds, ...sealedIdsWhileOpen, CLIENT_CORRELATION, '"marks"'])
        expect(line).not.toContain(secret);
    }
    const casts = t.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request' && String(l.path).includes('/ballot-box/'));
    expect(casts.length).toBeGreaterThanOrEqual(castOrder.length);
    for (const c of casts)
      expect(Object.keys(c).sort()).toEqual([
        'correlationId',
        'level',
        'method',
        'ms',
        'msg',
        'path',
        'status',
        'time',
      ]);
  });

  it('still shows supervisors who was issued a ballot and who returned one, and the count', async () => {
    const turnout = await t.request<Array<{ issued: number; returned: number; returnedBy: string[] }>>(
      'GET',
      `/api/v1/elections/${E}/turnout`,
      {
        token: bodies.tokens.supervisor,
        headers: { 'x-read-after': (await electionEvents()).at(-1)!.position },
      },
    );
    expect(turnout.body[0]).toMatchObject({ issued: 30, returned: 30, returnedBy: [...castOrder].sort() });
    const election = await t.request<{ rounds: Array<{ received: number; validBallots: number }> }>(
      'GET',
      `/api/v1/elections/${E}`,
      { token: bodies.tokens.supervisor },
    );
    expect(election.body.rounds[0]).toMatchObject({ received: 30, validBallots: 30 });
    expect(JSON.stringify(election.body)).not.toContain(counted[0]!.ballotId);
  });
});

/** Half way through the vote: the box holds sealed ciphertext under random ids, and the roll shows no return yet. */
async function inspectWhileOpen(cast: number): Promise<void> {
  const db = t.runtime.dataSource;
  const columns: Array<{ column_name: string; data_type: string }> = await db.query(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'election_sealed_ballots' ORDER BY ordinal_position`,
  );
  expect(columns.map((c) => c.column_name)).toEqual(['sealed_id', 'election_id', 'round_number', 'sealed']);
  const rows: Array<{ sealed_id: string; sealed: Buffer }> = await db.query(
    `SELECT sealed_id, sealed FROM election_sealed_ballots WHERE election_id = $1`,
    [E],
  );
  expect(rows).toHaveLength(cast);
  sealedIdsWhileOpen = rows.map((r) => r.sealed_id);
  for (const r of rows)
    for (const id of [...candidateIds, ...seated.delegateIds, '"for"', '"against"'])
      expect(r.sealed.includes(Buffer.from(id))).toBe(false);
  const credentialColumns: Array<{ column_name: string }> = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'election_ballot_credentials'`,
  );
  expect(credentialColumns.map((c) => c.column_name).sort()).toEqual([
    'credential_hash',
    'election_id',
    'round_number',
  ]);
  const events = await electionEvents();
  expect(events.filter((e) => e.type === 'BallotIssued')).toHaveLength(cast);
  expect(events.filter((e) => e.type === 'BallotReturned')).toHaveLength(0);
}

async function electionEvents(): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of t.runtime.store.readStream(`election-${E}`)) events.push(e);
  return events;
}

async function allEvents(): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let batch = await t.runtime.store.readAll({ maxCount: 1000, visibility: 'committed' }); batch.length > 0;) {
    events.push(...batch);
    batch = await t.runtime.store.readAll({ after: batch.at(-1)!.position, maxCount: 1000, visibility: 'committed' });
  }
  return events;
}

/** `n` valid ballots, no two alike: every candidate marked for, against or abstain, at most 4 "for" (4 seats). */
function distinguishableBallots(n: number): Ballot[] {
  const marks: Mark[] = ['for', 'against', 'abstain'];
  const ballots: Ballot[] = [];
  for (let code = 0; ballots.length < n; code += 37) {
    const pattern = candidateIds.map((_, i) => marks[Math.floor(code / 3 ** i) % 3]!);
    if (pattern.filter((m) => m === 'for').length > 4) continue;
    const ballot = { marks: Object.fromEntries(candidateIds.map((c, i) => [c, pattern[i]!])) };
    if (!ballots.some((b) => key(b.marks) === key(ballot.marks))) ballots.push(ballot);
  }
  return ballots;
}
