import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { type ElectionBodies, expectStatus, registerElectionBodies } from '../support/elections.js';
import { collect } from '../support/events.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 16 item 4: many people issuing commands on one stream at once through the HTTP API. The server takes the
 * conflicts on itself: every command is answered 2xx, exactly one event per revision, nothing lost or doubled.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 120, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 100, majors: ['环境艺术设计'] },
];
const WRITERS = 32;

let t: TestApp;
let seated: SeatedCongress;
let bodies: ElectionBodies;
/** credentials the round issued, with the path each is cast at */
let handedOut: Array<{ credential: string; castPath: string }> = [];

const streamEvents = async (stream: string): Promise<RecordedEvent[]> => collect(t.runtime.store.readStream(stream));

beforeAll(async () => {
  // a window longer than the run, so the guesser's budget cannot refill while it guesses; the API's is ample
  t = await startTestApp({ RATE_LIMIT_WINDOW_MS: '3600000', RATE_LIMIT_MAX: '1000000' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 44 });
  expect(seated.delegateIds.length).toBeGreaterThanOrEqual(WRITERS + 4);
  bodies = await registerElectionBodies(t, seated);
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('many writers on one stream', () => {
  it(`${WRITERS} concurrent check-ins into one sitting: all accepted, one event per revision, quorum once`, async () => {
    const base = `/api/v1/organisations/${seated.schoolId}`;
    const staff = seated.tokens.schoolStaff;
    const opened = await t.request('POST', `${base}/congresses/${seated.congressId}/sittings`, {
      token: staff,
      body: { sittingId: 'crowded', title: '全体会议' },
    });
    expect(opened.status).toBe(201);
    const answers = await Promise.all(
      seated.delegateIds.slice(0, WRITERS).map((delegateId) =>
        t.request<{ events: string[]; code?: string }>('POST', `${base}/sittings/crowded/check-ins`, {
          token: staff,
          body: { delegateId },
        }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);

    const events = await streamEvents('sitting-crowded');
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
    const checkIns = events.filter((e) => e.type === 'DelegateCheckedIn');
    expect(checkIns).toHaveLength(WRITERS);
    expect(new Set(checkIns.map((e) => e.data.delegateId)).size).toBe(WRITERS);
    // the running count each check-in recorded is 1..WRITERS, each once: no update was lost
    expect(checkIns.map((e) => e.data.present)).toEqual(checkIns.map((_, i) => i + 1));
    const quorum = events.filter((e) => e.type === 'QuorumReached');
    const required = Math.ceil((seated.delegateIds.length * 2) / 3);
    expect(quorum).toHaveLength(WRITERS >= required ? 1 : 0);
    expect(answers.flatMap((a) => a.body.events).filter((e) => e === 'QuorumReached')).toHaveLength(quorum.length);
  });

  it('four tellers and sixteen delegates in one round at once: every issue, return and credential accepted', async () => {
    const E = 'crowded-round';
    const school = `/api/v1/organisations/${bodies.schoolId}`;
    const election = `${school}/elections/${E}`;
    const staff = bodies.tokens.schoolStaff;
    const ok = (method: string, path: string, token: string, body: object = {}, status = 200) =>
      expectStatus(t.request<{ events: string[] }>(method, path, { token, body }), status);
    await ok('POST', `${school}/sittings/crowded/business`, staff);
    const students = (
      await expectStatus(
        t.request<{
          items: Array<{ studentId: string; collegeId: string; name: string | null; politicalStatus: string }>;
        }>('GET', '/api/v1/students?status=enrolled&limit=200', { token: staff }),
        200,
      )
    ).items.filter((s) => s.name && s.politicalStatus === 'none' && !seated.delegateIds.includes(s.studentId));
    const candidates = students.slice(0, 3);
    await ok(
      'POST',
      `${school}/elections`,
      staff,
      {
        electionId: E,
        congressId: seated.congressId,
        office: 'federation-delegates',
        seats: 2,
      },
      201,
    );
    for (const c of candidates) {
      await ok(
        'POST',
        `/api/v1/organisations/${c.collegeId}-league/elections/${E}/candidates`,
        bodies.tokens.league(c.collegeId),
        { studentId: c.studentId, resume: `${c.name}：志愿服务两年` },
        201,
      );
      await ok(
        'POST',
        `/api/v1/organisations/${c.collegeId}-party/elections/${E}/candidates/${c.studentId}/party-consent`,
        bodies.tokens.party(c.collegeId),
        { consent: true },
      );
    }
    await ok(
      'POST',
      `/api/v1/organisations/party-committee/elections/${E}/candidate-list/confirmation`,
      bodies.tokens.partyCommittee,
    );
    await ok('POST', `${election}/set-up`, staff, {}, 201);
    const present = seated.delegateIds.slice(0, WRITERS);
    const tellers = present.slice(0, 4);
    await ok('POST', `${election}/scrutineers`, staff, { personId: seated.delegateIds[WRITERS]!, name: '周明' });
    for (const [i, teller] of tellers.entries())
      await ok('POST', `${election}/tellers`, staff, { personId: teller, name: `计票员${i + 1}` });
    const opened = await ok('POST', `${election}/rounds`, staff, { sittingId: 'crowded' }, 201);
    expect(opened.events).toEqual(['RoundOpened']);

    const onPaper = present.slice(0, 16);
    const online = present.slice(16, 32);
    const tellerOf = (i: number) => bodies.tokens.teller(tellers[i % 4]!);
    const [issues, credentials] = await Promise.all([
      Promise.all(
        onPaper.map((delegateId, i) =>
          t.request('POST', `${election}/rounds/1/paper-issues`, { token: tellerOf(i), body: { delegateId } }),
        ),
      ),
      Promise.all(
        online.map((delegateId) =>
          t.request('POST', `${election}/rounds/1/credential`, { token: bodies.tokens.delegate(delegateId) }),
        ),
      ),
    ]);
    expect(issues.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
    expect(credentials.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    handedOut = credentials.map((a) => a.body as unknown as { credential: string; castPath: string });
    const returns = await Promise.all(
      onPaper.map((delegateId, i) =>
        t.request('POST', `${election}/rounds/1/paper-returns`, { token: tellerOf(i + 1), body: { delegateId } }),
      ),
    );
    expect(returns.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);

    const events = await streamEvents(`election-${E}`);
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
    const issued = events.filter((e) => e.type === 'BallotIssued').map((e) => e.data.delegateId);
    expect([...issued].sort()).toEqual([...onPaper, ...online].sort());
    const returned = events.filter((e) => e.type === 'BallotReturned').map((e) => e.data.delegateId);
    expect([...returned].sort()).toEqual([...onPaper].sort());
  });
});

describe('branches recommending delegates together', () => {
  it('two branches recommending eight students each at once: all accepted, one event per revision', async () => {
    const before = (await streamEvents(`congress-${seated.congressId}`)).length;
    const picks = seated.colleges.flatMap((c) =>
      seated.students
        .filter((s) => s.collegeId === c.collegeId && !seated.delegateIds.includes(s.studentId))
        .slice(0, 8)
        .map((s) => ({ collegeId: c.collegeId, studentId: s.studentId })),
    );
    expect(picks).toHaveLength(16);
    const answers = await Promise.all(
      picks.map(({ collegeId, studentId }) =>
        t.request('POST', `/api/v1/organisations/${collegeId}-branch/congresses/${seated.congressId}/recommendations`, {
          token: seated.tokens.branch(`${collegeId}-branch`),
          body: { studentId },
        }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const events = await streamEvents(`congress-${seated.congressId}`);
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
    const recommended = events.slice(before).filter((e) => e.type === 'DelegateRecommended');
    expect(recommended.map((e) => e.data.studentId).sort()).toEqual(picks.map((p) => p.studentId).sort());
  });
});

describe('a credential guesser (issue 16 item 7)', () => {
  /** the ballot box's budget per client per window: RATE_LIMIT_BALLOT_MAX's default, and the default window */
  const BUDGET = 300;
  const DEFAULT_WINDOW_MS = 60_000;

  /** A real credential with one character changed: the nearest thing to a right guess a guesser can make. */
  function nearMiss(credential: string, i: number): string {
    const at = 4 + (i % (credential.length - 4));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const swapped = alphabet[(alphabet.indexOf(credential[at]!) + 1 + (i % 63)) % 64]!;
    return credential.slice(0, at) + swapped + credential.slice(at + 1);
  }

  it('has every guess refused and is stopped at the ballot box budget, far from ever guessing one', async () => {
    expect(handedOut).toHaveLength(16);
    expect(t.runtime.config.rateLimitBallotMax).toBe(BUDGET);
    const { castPath, credential } = handedOut[0]!;
    const statuses = new Map<number, number>();
    let limitedAt = -1;
    for (let i = 0; i <= BUDGET; i++) {
      const guess = await t.request<{ code?: string }>('POST', castPath, {
        body: { credential: nearMiss(credential, i), marks: {} },
      });
      statuses.set(guess.status, (statuses.get(guess.status) ?? 0) + 1);
      if (guess.status === 429) {
        limitedAt = i;
        break;
      }
      expect(guess.status).toBeGreaterThanOrEqual(400);
      expect(guess.body.code).toBe('BALLOT.CREDENTIAL_NOT_VALID');
    }
    // stopped when the budget ran out, not later; no guess was taken
    expect(limitedAt).toBe(BUDGET);
    expect(statuses.get(202)).toBeUndefined();
    // A credential is sealed (AES-GCM, a 128-bit tag over 128 random bits): at the budget, one client's chance of a
    // single right guess in a year of trying is below 1e-20.
    const guessesPerYear = (BUDGET * 365 * 24 * 3600_000) / DEFAULT_WINDOW_MS;
    const chance = (guessesPerYear * handedOut.length) / 2 ** 128;
    console.log(
      `credential guessing: ${BUDGET} guesses refused, then 429; chance of one hit per client-year ${chance.toExponential(1)}`,
    );
    expect(chance).toBeLessThan(1e-20);
  });
});
