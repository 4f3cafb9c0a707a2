import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { generateRoll, rollToCsv } from '../../src/cli/demo/roll-generator.js';
import { ENTITIES, MIGRATIONS, projectionList } from '../../src/app/persistence.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import { createDataSource } from '../../src/shared/database/data-source.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { ProjectionService } from '../../src/shared/projections/projection-service.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { type BuiltApp, startBuiltApp, waitUntilReady } from '../support/built-app.js';
import { root } from '../support/built-server.js';
import { CommandLoad, type SentCommand, answeredOk, outcomeUnknown, replayAnswered } from '../support/command-load.js';
import { type DedicatedPostgres, startDedicatedPostgres } from '../support/dedicated-postgres.js';
import {
  type ElectionBodies,
  confirmCandidates,
  eligibleStudents,
  expectStatus,
  registerElectionBodies,
  sitWith,
} from '../support/elections.js';
import { settledLog } from '../support/events.js';
import { eventually } from '../support/eventually.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';

/**
 * Issue 16 item 1: the built server, in its own process on a PostgreSQL of its own, takes commands from several
 * clients at once (check-ins and check-outs, credentials and ballots in an open secret round, roll imports) and is
 * killed with SIGKILL in the middle; then PostgreSQL itself is killed with SIGKILL under the running server. After
 * each: what was answered 2xx is in the log, what was not is there whole or not at all, the answered keys replay,
 * and at the end every read model equals its rebuild, `audit verify` passes and the open round closes with
 * returned <= issued.
 */
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 60, majors: ['软件技术'] },
];
/** A college registered after the congress convened: its roll is re-imported under load, no delegate on it */
const EVENING = { collegeId: 'evening', name: '继续教育学院', students: 24, majors: ['行政管理'] };
const E = 'crash-2026';
const SCRUTINEER = 'crash-scrutineer';
const CHECK_IN_CLIENTS = 3;

let pg: DedicatedPostgres;
let app: BuiltApp;
let seated: SeatedCongress;
let bodies: ElectionBodies;
const everySent: SentCommand[] = [];
/** commands in flight (sent, never answered) when the server was killed */
let killedMidway = 0;
/** commands of unknown outcome sent again after a crash, and resolved */
let resentAfterCrash = 0;

const school = () => `/api/v1/organisations/${seated.schoolId}`;
const round = () => `${school()}/elections/${E}/rounds/1`;
const serverEnv = () => ({
  DATABASE_URL: pg.url,
  PROJECTION_POLL_MS: '50',
  READ_WAIT_TIMEOUT_MS: '30000',
  DB_POOL_SIZE: '12',
  RATE_LIMIT: 'off',
  // a claim its server died holding is taken over this soon (the default is minutes)
  IDEMPOTENCY_CLAIM_TIMEOUT_MS: '2000',
  // small blocks, so that the ledger sealed across the crashes is verified too
  LEDGER_BLOCK_EVENTS: '50',
});

/** The log, the read models and the ledger key as a separate process sees them, opened for one look. */
async function withDatabase<T>(work: (store: PostgresEventStore, db: DataSource) => Promise<T>): Promise<T> {
  const pool = createPool(pg.url, 2);
  const store = new PostgresEventStore(pool, { maxEventBytes: 1024 * 1024, pollIntervalMs: 50 });
  const db = createDataSource(pg.url, { entities: ENTITIES, migrations: MIGRATIONS }, 2);
  await db.initialize();
  try {
    return await work(store, db);
  } finally {
    await db.destroy();
    await pool.end();
  }
}

beforeAll(async () => {
  pg = await startDedicatedPostgres();
  app = await startBuiltApp(serverEnv());
  seated = await seatCongress(app, { colleges: COLLEGES, targetSeats: 24, congressId: 'congress-crash' });
  bodies = await registerElectionBodies(app, seated);
  await expectStatus(
    app.request('POST', '/api/v1/organisations', {
      token: seated.tokens.admin,
      body: { organisationId: EVENING.collegeId, kind: 'college-union', name: EVENING.name, parentId: seated.schoolId },
    }),
    201,
  );
  const candidates = await eligibleStudents(app, seated, 7, seated.delegateIds);
  await confirmCandidates(app, bodies, E, seated.congressId, candidates);
  const election = `${school()}/elections/${E}`;
  const staff = { token: bodies.tokens.schoolStaff };
  await expectStatus(app.request('POST', `${election}/set-up`, staff), 201);
  await expectStatus(
    app.request('POST', `${election}/scrutineers`, { ...staff, body: { personId: SCRUTINEER, name: '周明' } }),
    200,
  );
  await expectStatus(
    app.request('POST', `${election}/tellers`, { ...staff, body: { personId: 'crash-teller', name: '吴刚' } }),
    200,
  );
  await sitWith(app, bodies, seated.congressId, 'crash-vote', seated.delegateIds);
  await expectStatus(app.request('POST', `${election}/rounds`, { ...staff, body: { sittingId: 'crash-vote' } }), 201);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await pg?.remove();
});

/**
 * Starts the clients: check-in clients cycling their share of the delegates in and out of `sittingId`, two voters'
 * clients collecting a credential and casting for each of `voters`, one importer re-importing the evening college's
 * roll (a new version each time). Resolves when every client has stopped.
 */
function drive(load: CommandLoad, sittingId: string, voters: readonly string[]): Promise<void> {
  const staff = seated.tokens.schoolStaff;
  const checkIns = Array.from({ length: CHECK_IN_CLIENTS }, async (_, c) => {
    const mine = seated.delegateIds.filter((_, i) => i % CHECK_IN_CLIENTS === c);
    for (let cycle = 0; ; cycle++) {
      for (const delegateId of mine) {
        const step = cycle % 2 === 0 ? 'check-ins' : 'check-outs';
        const answer = await load.send(`checkin${c}`, 'POST', `${school()}/sittings/${sittingId}/${step}`, {
          token: staff,
          body: { delegateId },
        });
        if (!answer) return;
      }
    }
  });
  const queue = [...voters];
  const voting = Array.from({ length: 2 }, async (_, c) => {
    for (let delegateId = queue.shift(); delegateId; delegateId = queue.shift()) {
      // neither ballot route takes an Idempotency-Key (a kept answer would hold the credential)
      const issued = await load.send(`voter${c}`, 'POST', `${round()}/credential`, {
        token: bodies.tokens.delegate(delegateId),
        idempotent: false,
        about: delegateId,
      });
      if (!issued) return;
      const { credential, castPath } = issued.body as { credential: string; castPath: string };
      // the ballot box keeps no correlation: a cast is a credential and a ballot only
      const cast = await load.send(`voter${c}`, 'POST', castPath, {
        body: { credential, marks: {} },
        idempotent: false,
      });
      if (!cast) return;
    }
  });
  const importing = (async () => {
    for (let version = 1; ; version++) {
      const roll = generateRoll([...COLLEGES, EVENING], version).filter((s) => s.collegeId === EVENING.collegeId);
      const answer = await load.send('importer', 'POST', '/api/v1/students/imports', {
        token: staff,
        body: rollToCsv(roll),
        headers: { 'content-type': 'text/csv' },
      });
      if (!answer) return;
    }
  })();
  return Promise.all([...checkIns, ...voting, importing]).then(() => undefined);
}

/** Every event of the log by the correlation id of the request that caused it. */
async function eventsByCorrelation(): Promise<Map<string, RecordedEvent[]>> {
  const log = await withDatabase((store) => settledLog(store));
  const grouped = new Map<string, RecordedEvent[]>();
  for (const event of log) {
    const id = event.metadata.correlationId;
    grouped.set(id, [...(grouped.get(id) ?? []), event]);
  }
  return grouped;
}

const isImport = (c: SentCommand) => c.path === '/api/v1/students/imports';
const isCast = (c: SentCommand) => c.path.includes('/ballot-box/');
const isCredential = (c: SentCommand) => c.path.endsWith('/credential');
const txOf = (event: RecordedEvent) => event.position.split(':')[1];

/** Sends a command again exactly as it was (same key, same correlation id), once its dead claim may be taken over. */
function sendAgain(command: SentCommand) {
  return eventually(
    async () => {
      const r = await app.request<Record<string, unknown>>(command.method, command.path, {
        token: command.token,
        body: command.body,
        headers: command.headers,
      });
      return r.status === 409 && (r.body as { code?: string }).code === 'IDEMPOTENCY.IN_PROGRESS' ? false : r;
    },
    20_000,
    `${command.correlationId} sent again to be taken up`,
  );
}

/**
 * What the log must show after a crash. First, as the crash left it: each answered command's events as it answered
 * them, each refused one nothing, each of unknown outcome whole or absent (its events one append: one stream, one
 * transaction). Then each command of unknown outcome is sent again with its key, as its client would: it must be
 * resolved, never 5xx or "in progress" for ever. An import (one command per student, then its record) must then
 * finish, every row recorded and the import once; any other command either runs now (it had left nothing) or is
 * refused by the rules (it had been done whole).
 */
async function expectCommandsWholeOrAbsent(sent: readonly SentCommand[]): Promise<void> {
  const problems: string[] = [];
  const before = await eventsByCorrelation();
  // A credential's request gets a fresh correlation id (the roll must not be linked to the ballot box's requests):
  // its one event is found by the delegate it was issued to.
  const issuedTo = [...before.values()]
    .flat()
    .filter((e) => e.type === 'BallotIssued' && e.stream === `election-${E}`)
    .map((e) => (e.data as { delegateId: string }).delegateId);
  for (const command of sent.filter(isCredential)) {
    const issues = issuedTo.filter((d) => d === command.about).length;
    if (issues > 1 || (answeredOk(command) && issues !== 1))
      problems.push(`${command.correlationId}: ${command.about} was issued ${issues} ballots`);
  }
  const keyed = sent.filter((c) => !isCast(c) && !isCredential(c));
  for (const command of keyed) {
    const events = before.get(command.correlationId) ?? [];
    const types = events.map((e) => e.type);
    if (answeredOk(command)) {
      const body = command.answer!.body as { events: string[]; importId?: string };
      const own = isImport(command) ? events.filter((e) => e.stream === `student-import-${body.importId}`) : events;
      if (JSON.stringify(own.map((e) => e.type)) !== JSON.stringify(body.events))
        problems.push(`${command.correlationId}: answered ${body.events.join(',')}, log has ${types.join(',')}`);
    } else if (!outcomeUnknown(command)) {
      if (events.length > 0)
        problems.push(`${command.correlationId}: refused with ${command.answer!.status}, yet wrote ${types.join(',')}`);
    } else if (
      !isImport(command) &&
      (new Set(events.map((e) => e.stream)).size > 1 || new Set(events.map(txOf)).size > 1)
    ) {
      problems.push(`${command.correlationId}: ${types.join(',')} written in more than one append`);
    }
  }
  const unknown = keyed.filter(outcomeUnknown);
  const retries = new Map<SentCommand, Awaited<ReturnType<typeof sendAgain>>>();
  for (const command of unknown) retries.set(command, await sendAgain(command));
  const after = await eventsByCorrelation();
  for (const [command, retry] of retries) {
    const left = before.get(command.correlationId) ?? [];
    const now = after.get(command.correlationId) ?? [];
    const body = retry.body as { events?: string[]; importId?: string; code?: string } & Record<string, number>;
    if (isImport(command)) {
      const recorded = now.filter((e) => e.type === 'StudentRollImported');
      if (
        retry.status !== 200 ||
        recorded.length !== 1 ||
        body.enrolled + body.updated + body.unchanged !== EVENING.students
      )
        problems.push(
          `${command.correlationId}: import sent again → ${retry.status}, recorded ${recorded.length} times`,
        );
    } else if (retry.status < 300) {
      // a replay: it had finished and kept its answer, which never reached the client; else it had left nothing
      const replayed = retry.headers.get('idempotent-replayed') === 'true';
      if (
        (replayed ? now.length !== left.length : left.length > 0) ||
        JSON.stringify(now.map((e) => e.type)) !== JSON.stringify(body.events)
      )
        problems.push(`${command.correlationId}: ran again over ${left.map((e) => e.type).join(',')}`);
    } else if (retry.status >= 500 || left.length === 0 || now.length !== left.length) {
      problems.push(
        `${command.correlationId}: sent again → ${retry.status} ${body.code}, having left ${left.length} events`,
      );
    }
    // the client now knows the outcome: an answered retry replays like any other answer
    if (retry.status < 300) command.answer = retry;
  }
  expect(problems).toEqual([]);
  resentAfterCrash += retries.size;
}

describe('a crash under load', () => {
  it('the server killed with SIGKILL mid-load: answered commands are in the log, the others whole or absent, the keys replay', async () => {
    const staff = { token: seated.tokens.schoolStaff };
    await expectStatus(
      app.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'crash-1', title: '全体会议' },
      }),
      201,
    );
    const load = new CommandLoad(app, 'kill1');
    const clients = drive(load, 'crash-1', seated.delegateIds.slice(0, 12));
    await load.answeredAtLeast(60);
    // killed while a roll import is under way: its students are written one command each, its record last
    await eventually(
      async () => load.sent.some((c) => isImport(c) && !c.answer && !c.failure),
      20_000,
      'an import in flight',
    );
    await app.kill();
    await clients;
    killedMidway = load.sent.filter((c) => c.answer === undefined).length;
    everySent.push(...load.sent);
    console.log(
      `server killed: ${load.sent.length} commands sent, ${load.sent.filter(answeredOk).length} answered 2xx, ${killedMidway} in flight`,
    );
    expect(killedMidway).toBeGreaterThan(0);

    app = await startBuiltApp(serverEnv(), { port: app.port });
    await expectCommandsWholeOrAbsent(load.sent);
    expect(await replayAnswered(app, load.sent)).toEqual([]);
  }, 90_000);

  it('PostgreSQL killed with SIGKILL under the running server: it recovers by itself, nothing answered is lost', async () => {
    const staff = { token: seated.tokens.schoolStaff };
    await expectStatus(
      app.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'crash-2', title: '全体会议' },
      }),
      201,
    );
    const load = new CommandLoad(app, 'kill2');
    const clients = drive(load, 'crash-2', seated.delegateIds.slice(12));
    await load.answeredAtLeast(60);
    await eventually(async () => load.sent.some((c) => isImport(c) && !c.answer), 20_000, 'an import in flight');
    await pg.kill();
    await clients;
    const refused = load.sent.filter((c) => c.answer && c.answer.status >= 500);
    // what the outage refused was answered as the API answers: 503 problem+json saying the database is away
    expect(
      refused
        .map((c) => `${c.answer!.status} ${c.answer!.headers.get('content-type')} ${String(c.answer!.body.code)}`)
        .filter(
          (a) => !/^503 application\/problem\+json.* (SERVICE\.DATABASE_UNAVAILABLE|EVENT_STORE\.UNAVAILABLE)$/.test(a),
        ),
    ).toEqual([]);
    console.log(
      `PostgreSQL killed: ${load.sent.length} commands sent, ${load.sent.filter(answeredOk).length} answered 2xx, ${refused.length} answered 5xx, ${load.sent.filter((c) => !c.answer).length} unanswered`,
    );
    expect(app.server.child.exitCode).toBeNull();

    await pg.restart();
    await waitUntilReady(app, 30_000);
    // commands and read-your-writes work again: the pools and the projection runners found the database again
    await expectStatus(
      app.request('POST', `${school()}/congresses/${seated.congressId}/sittings`, {
        ...staff,
        body: { sittingId: 'after-restart', title: '全体会议' },
      }),
      201,
    );
    const checkedIn = await expectStatus(
      app.request<{ position: string }>('POST', `${school()}/sittings/after-restart/check-ins`, {
        ...staff,
        body: { delegateId: seated.delegateIds[0] },
      }),
      200,
    );
    const sitting = await expectStatus(
      app.request<{ presentDelegates: string[] }>('GET', '/api/v1/sittings/after-restart', {
        ...staff,
        headers: { 'x-read-after': checkedIn.position },
      }),
      200,
    );
    expect(sitting.presentDelegates).toEqual([seated.delegateIds[0]]);
    everySent.push(...load.sent);
    await expectCommandsWholeOrAbsent(load.sent);
    expect(await replayAnswered(app, load.sent)).toEqual([]);
  }, 90_000);

  it('after both: every read model equals its rebuild, audit verify passes, the round closes with returned <= issued', async () => {
    // the round closes through the recovered server; the voters whose cast was answered are all in the count
    const closed = await expectStatus(
      app.request<{ events: string[]; position: string }>('POST', `${round()}/closure`, {
        token: bodies.tokens.scrutineer(SCRUTINEER),
      }),
      200,
    );
    const casts = everySent.filter(isCast);
    const accepted = casts.filter(answeredOk).length;
    const log = await withDatabase((store) => settledLog(store));
    const close = log.find(
      (e) => (e.type === 'RoundClosed' || e.type === 'RoundVoided') && e.stream === `election-${E}`,
    )!;
    const { issued, returned, received } = close.data as { issued: number; returned: number; received: number };
    expect(returned).toBeLessThanOrEqual(issued);
    expect(received).toBe(returned);
    expect(received).toBeGreaterThanOrEqual(accepted);
    expect(received).toBeLessThanOrEqual(accepted + casts.filter(outcomeUnknown).length);
    expect(closed.events).toContain(close.type);

    // every read model, caught up, equals a replay of the whole log from the first event
    await withDatabase(async (store, db) => {
      const projections = projectionList(loadConfig({ DATABASE_URL: pg.url }));
      const service = new ProjectionService(projections, store, db, { batchSize: 500, pollMs: 50 });
      const names = projections.map((p) => p.name);
      const tables = projections.flatMap((p) => p.tables);
      const dump = async () =>
        Object.fromEntries(
          await Promise.all(
            tables.map(async (table) => [
              table,
              (await db.query(`SELECT row_to_json(x)::text AS row FROM "${table}" x ORDER BY 1`)).map(
                (r: { row: string }) => r.row,
              ),
            ]),
          ),
        );
      await waitUntilCaughtUp(service, names, 30_000);
      const live = await dump();
      expect(Object.values(live).flat().length).toBeGreaterThan(100);
      // the running server's runners replay them: they hold the projections' locks
      await service.rebuild(names);
      const statuses = await waitUntilCaughtUp(service, names, 45_000);
      expect(statuses.filter((s) => s.status !== 'running')).toEqual([]);
      expect(await dump()).toEqual(live);
    });

    // the operator's own check, as the CLI runs it, over the log the two crashes left
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist', 'cli.js'), 'audit', 'verify'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: pg.url, LOG_LEVEL: 'warn' },
    });
    expect(stdout).toMatch(/^OK: \d+ streams, \d+ events checked/);
    console.log(
      `after the crashes: ${stdout.split('\n')[0]}; ${killedMidway} commands killed mid-way by SIGKILL, ${resentAfterCrash} of unknown outcome sent again and resolved`,
    );
  }, 90_000);
});
