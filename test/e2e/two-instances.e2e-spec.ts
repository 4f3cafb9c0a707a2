import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { projectionList } from '../../src/app/persistence.js';
import { AUDIT_LEDGER } from '../../src/shared/audit/ledger/ledger.projection.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { type BuiltApp, roundRobin, startBuiltApp } from '../support/built-app.js';
import {
  type ElectionBodies,
  confirmCandidates,
  eligibleStudents,
  expectStatus,
  registerElectionBodies,
  sitWith,
} from '../support/elections.js';
import { eventually } from '../support/eventually.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import type { HttpClient } from '../support/test-app.js';
import { type TestDatabase, createEmptyDatabase } from '../support/test-database.js';

/**
 * Issue 16 item 5: two app processes (the built server, as `npm start` runs it) on one PostgreSQL database, behind
 * a client that spreads requests over both as a load balancer would. Both start at once on an empty database;
 * commands go through both; each projection has exactly one active runner, and the other instance takes over within
 * a bound when that one is killed; a query through either instance reads the writes made through the other; the
 * ballot box of one round is used through both.
 */
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 60, majors: ['软件技术'] },
];
const E = 'two-instances-2026';
const SCRUTINEER = 'two-scrutineer';
const POLL_MS = 50;
/** how long the standby may take to hold every projection once the active instance is gone */
const TAKEOVER_BOUND_MS = 5_000;

let database: TestDatabase;
let admin: pg.Client;
const apps: Record<'a' | 'b', BuiltApp | undefined> = { a: undefined, b: undefined };
let both: HttpClient;
let seated: SeatedCongress;
let bodies: ElectionBodies;

const instanceEnv = (name: string) => {
  // application_name names the instance in pg_stat_activity: how an operator (and this test) sees who holds a lock
  const url = new URL(database.url);
  url.searchParams.set('application_name', `charter-${name}`);
  return {
    DATABASE_URL: url.toString(),
    PROJECTION_POLL_MS: String(POLL_MS),
    READ_WAIT_TIMEOUT_MS: '30000',
    DB_POOL_SIZE: '8',
    RATE_LIMIT: 'off',
  };
};
const start = (name: 'a' | 'b') => startBuiltApp(instanceEnv(name)).then((app) => (apps[name] = app));
const school = () => `/api/v1/organisations/${seated.schoolId}`;

/** Every projection the app runs, the audit ledger's sealing among them. */
const PROJECTIONS = [...projectionList(loadConfig({})).map((p) => p.name), AUDIT_LEDGER];

/** Which instance holds each projection's advisory lock in this database, from PostgreSQL itself. */
async function lockHolders(): Promise<Record<string, string[]>> {
  const { rows } = await admin.query<{ name: string; holder: string | null }>(
    `SELECT n.name, a.application_name AS holder
       FROM unnest($1::text[]) AS n(name)
       LEFT JOIN pg_locks l
              ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
             AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND l.classid::bigint = (hashtext('projection')::bigint & 4294967295)
             AND l.objid::bigint = (hashtext(n.name)::bigint & 4294967295)
       LEFT JOIN pg_stat_activity a ON a.pid = l.pid`,
    [PROJECTIONS],
  );
  const holders: Record<string, string[]> = Object.fromEntries(PROJECTIONS.map((name) => [name, []]));
  for (const row of rows) if (row.holder) holders[row.name]!.push(row.holder);
  return holders;
}

/** True when every projection is held exactly once, and all by `instance` when one is named. */
const allHeldOnceBy = (holders: Record<string, string[]>, instance?: string) =>
  Object.values(holders).every((h) => h.length === 1 && (!instance || h[0] === instance));

beforeAll(async () => {
  database = await createEmptyDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  // both at once on an empty database, as `docker compose up --scale app=2` starts them: one migrates, the other waits
  await Promise.all([start('a'), start('b')]);
  both = roundRobin([apps.a!, apps.b!]);
  seated = await seatCongress(both, { colleges: COLLEGES, targetSeats: 24, congressId: 'congress-two' });
  bodies = await registerElectionBodies(both, seated);
}, 120_000);

afterAll(async () => {
  await apps.a?.stop();
  await apps.b?.stop();
  await admin?.end();
  await database?.drop();
});

describe('two instances on one database', () => {
  it('both started at once on an empty database: every migration ran exactly once', async () => {
    const { rows } = await admin.query<{ name: string; runs: number }>(
      `SELECT name, count(*)::int AS runs FROM schema_migrations GROUP BY name`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.runs !== 1)).toEqual([]);
  });

  it('takes commands through both and reads each write through the other (read your writes)', async () => {
    const staff = { token: seated.tokens.schoolStaff };
    await expectStatus(
      both.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'two-1', title: '全体会议' },
      }),
      201,
    );
    const pairs = [
      [apps.a!, apps.b!],
      [apps.b!, apps.a!],
    ] as const;
    for (const [i, delegateId] of seated.delegateIds.slice(0, 12).entries()) {
      const [writer, reader] = pairs[i % 2]!;
      const written = await expectStatus(
        writer.request<{ position: string }>('POST', `${school()}/sittings/two-1/check-ins`, {
          ...staff,
          body: { delegateId },
        }),
        200,
      );
      const read = await expectStatus(
        reader.request<{ presentDelegates: string[] }>('GET', '/api/v1/sittings/two-1', {
          ...staff,
          headers: { 'x-read-after': written.position },
        }),
        200,
      );
      expect(read.presentDelegates).toContain(delegateId);
      expect(read.presentDelegates).toHaveLength(i + 1);
    }
  });

  it('many writers on one stream through both instances: all accepted, one event per revision', async () => {
    const staff = { token: seated.tokens.schoolStaff };
    await expectStatus(
      both.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'two-crowded', title: '全体会议' },
      }),
      201,
    );
    const answers = await Promise.all(
      seated.delegateIds.map((delegateId) =>
        both.request<{ events: string[] }>('POST', `${school()}/sittings/two-crowded/check-ins`, {
          ...staff,
          body: { delegateId },
        }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
    const { rows } = await admin.query<{ revision: string; type: string; present: number }>(
      `SELECT revision, event_type AS type, (data->>'present')::int AS present FROM es.events
        WHERE stream_id = 'sitting-two-crowded' ORDER BY revision`,
    );
    expect(rows.map((r) => Number(r.revision))).toEqual(rows.map((_, i) => i));
    const checkIns = rows.filter((r) => r.type === 'DelegateCheckedIn');
    expect(checkIns.map((r) => r.present)).toEqual(seated.delegateIds.map((_, i) => i + 1));
    expect(rows.filter((r) => r.type === 'QuorumReached')).toHaveLength(1);
  });

  it('uses the ballot box of one round through both: credentials from one, casts through the other, one count', async () => {
    const candidates = await eligibleStudents(both, seated, 7, seated.delegateIds);
    await confirmCandidates(both, bodies, E, seated.congressId, candidates);
    const election = `${school()}/elections/${E}`;
    const staff = { token: bodies.tokens.schoolStaff };
    await expectStatus(both.request('POST', `${election}/set-up`, staff), 201);
    for (const [path, personId] of [
      ['scrutineers', SCRUTINEER],
      ['tellers', 'two-teller'],
    ] as const)
      await expectStatus(
        both.request('POST', `${election}/${path}`, { ...staff, body: { personId, name: '周明' } }),
        200,
      );
    await sitWith(both, bodies, seated.congressId, 'two-vote', seated.delegateIds);
    await expectStatus(both.request('POST', `${election}/rounds`, { ...staff, body: { sittingId: 'two-vote' } }), 201);

    const voters = seated.delegateIds;
    const instance = (i: number) => (i % 2 === 0 ? apps.a! : apps.b!);
    // each voter collects through one instance and casts through the other, all voters at once
    const credentials = await Promise.all(
      voters.map(async (delegateId, i) => {
        const issued = await expectStatus(
          instance(i).request<{ credential: string; castPath: string }>('POST', `${election}/rounds/1/credential`, {
            token: bodies.tokens.delegate(delegateId),
          }),
          201,
        );
        await expectStatus(
          instance(i + 1).request('POST', issued.castPath, {
            body: { credential: issued.credential, marks: { [candidates[i % 7]!.studentId]: 'for' } },
          }),
          202,
        );
        return issued;
      }),
    );
    // a credential spent through one instance is spent through the other
    const again = await apps.a!.request<{ code: string }>('POST', credentials[1]!.castPath, {
      body: { credential: credentials[1]!.credential, marks: {} },
    });
    expect(again.body.code).toBe('BALLOT.CREDENTIAL_SPENT');

    const closed = await expectStatus(
      apps.b!.request<{ events: string[] }>('POST', `${election}/rounds/1/closure`, {
        token: bodies.tokens.scrutineer(SCRUTINEER),
      }),
      200,
    );
    expect(closed.events.filter((e) => e === 'BallotReturned')).toHaveLength(voters.length);
    const { rows } = await admin.query<{ type: string; data: Record<string, unknown> }>(
      `SELECT event_type AS type, data FROM es.events WHERE stream_id = $1 AND event_type IN ('RoundClosed', 'BallotsCounted')`,
      [`election-${E}`],
    );
    const close = rows.find((r) => r.type === 'RoundClosed')!.data as { issued: number; returned: number };
    expect(close).toMatchObject({ issued: voters.length, returned: voters.length, received: voters.length });
    expect((rows.find((r) => r.type === 'BallotsCounted')!.data.ballots as unknown[]).length).toBe(voters.length);
  });

  it('runs each projection in exactly one instance; the other takes over within a bound when it is killed', async () => {
    const holders = await eventually(
      async () => {
        const now = await lockHolders();
        return allHeldOnceBy(now) && now;
      },
      10_000,
      'every projection held by one runner',
    );
    // the instance holding the most goes; the other must then hold every one
    const counts = { 'charter-a': 0, 'charter-b': 0 } as Record<string, number>;
    for (const [holder] of Object.values(holders)) counts[holder!]!++;
    const [victimName, survivorName]: Array<'a' | 'b'> =
      counts['charter-a']! >= counts['charter-b']! ? ['a', 'b'] : ['b', 'a'];
    const survivor = apps[survivorName]!;
    console.log(`projection locks before the kill: a ${counts['charter-a']}, b ${counts['charter-b']}`);

    const killedAt = Date.now();
    await apps[victimName]!.kill();
    apps[victimName] = undefined;
    await eventually(
      async () => allHeldOnceBy(await lockHolders(), `charter-${survivorName}`),
      TAKEOVER_BOUND_MS,
      `every projection held by charter-${survivorName}`,
    );
    const takeoverMs = Date.now() - killedAt;
    console.log(`every projection taken over by the survivor ${takeoverMs} ms after the SIGKILL`);
    expect(takeoverMs).toBeLessThan(TAKEOVER_BOUND_MS);

    // the survivor's runners now keep the read models: a write through it is read through it
    const staff = { token: seated.tokens.schoolStaff };
    await expectStatus(
      survivor.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'two-after', title: '全体会议' },
      }),
      201,
    );
    const written = await expectStatus(
      survivor.request<{ position: string }>('POST', `${school()}/sittings/two-after/check-ins`, {
        ...staff,
        body: { delegateId: seated.delegateIds[0] },
      }),
      200,
    );
    const read = await expectStatus(
      survivor.request<{ presentDelegates: string[] }>('GET', '/api/v1/sittings/two-after', {
        ...staff,
        headers: { 'x-read-after': written.position },
      }),
      200,
    );
    expect(read.presentDelegates).toEqual([seated.delegateIds[0]]);

    // started again, the killed one stands by: still exactly one runner per projection, all in the survivor
    const restarted = await start(victimName);
    expect(allHeldOnceBy(await lockHolders(), `charter-${survivorName}`)).toBe(true);
    const readThroughRestarted = await expectStatus(
      restarted.request<{ presentDelegates: string[] }>('GET', '/api/v1/sittings/two-after', {
        ...staff,
        headers: { 'x-read-after': written.position },
      }),
      200,
    );
    expect(readThroughRestarted.presentDelegates).toEqual([seated.delegateIds[0]]);
  });
});
