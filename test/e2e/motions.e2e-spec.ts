import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { expectStatus, sitWith } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 10 (6-7): the congress decides motions by vote in a quorate sitting. A charter amendment adopted by two
 * thirds changes the union's policy; one that fails by one vote changes nothing; a count with more ballots than
 * delegates present is void.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 60, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 50, majors: ['环境艺术设计'] },
];

let t: TestApp;
let seated: SeatedCongress;
let present: string[];
let lastPosition = '';
const SITTING = 'plenary-1';
const school = () => `/api/v1/organisations/${seated.schoolId}`;
const staff = () => seated.tokens.schoolStaff;
const delegate = (id: string) => t.token(id, { role: 'delegate', org: seated.schoolId });

type Written = { events: string[]; position: string | null };
async function write(path: string, token: string, body?: object, status = 200): Promise<Written> {
  const written = await expectStatus(t.request<Written>('POST', path, { token, body }), status);
  if (written.position) lastPosition = written.position;
  return written;
}
const read = <T>(path: string) =>
  expectStatus(t.request<T>('GET', path, { token: staff(), headers: { 'x-read-after': lastPosition } }), 200);
type MotionView = { status: string; result: { zh: string; en: string } | null; failures: Array<{ type: string }> };

const amendment = (
  motionId: string,
  mode: 'roll-call' | 'secret',
  quorum: { numerator: number; denominator: number },
) => ({
  motionId,
  congressId: seated.congressId,
  kind: 'charter-amendment',
  title: '关于修改章程第八条法定人数的议案',
  text: `学生代表大会应当有${quorum.numerator}/${quorum.denominator}以上当选代表参加方能召开。`,
  mode,
  policyChanges: { quorum },
});

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  present = seated.delegateIds.slice(0, 9);
  await sitWith(
    t,
    { schoolId: seated.schoolId, tokens: { schoolStaff: staff() } } as never,
    seated.congressId,
    SITTING,
    present,
  );
}, 240_000);
afterAll(() => t.close());

describe('motions of the congress (issue 10)', () => {
  it('puts an amendment only from the convening union, with changes that make a valid policy', async () => {
    expect(
      (
        await t.request('POST', `${school()}/motions`, {
          token: delegate(present[0]!),
          body: amendment('m-1', 'roll-call', { numerator: 3, denominator: 4 }),
        })
      ).status,
    ).toBe(403);
    const bad = await t.request<{ code: string; errors: Array<{ field: string }> }>('POST', `${school()}/motions`, {
      token: staff(),
      body: amendment('m-bad', 'roll-call', { numerator: 1, denominator: 3 }),
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'MOTION.INVALID', errors: [{ field: 'policyChanges.quorum' }] });
    await write(`${school()}/motions`, staff(), amendment('m-1', 'roll-call', { numerator: 3, denominator: 4 }), 201);
  });

  it('adopts the amendment by a named vote of two thirds of those present, and the policy changes with it', async () => {
    const opened = await write(`${school()}/motions/m-1/vote`, staff(), { sittingId: SITTING }, 201);
    expect(opened.events).toEqual(['MotionVoteOpened']);
    const choices = ['for', 'for', 'for', 'for', 'for', 'for', 'against', 'against', 'abstain'];
    for (const [i, choice] of choices.entries())
      await write(`${school()}/motions/m-1/vote/ballots`, delegate(present[i]!), { choice });
    const outsider = await t.request<{ code: string }>('POST', `${school()}/motions/m-1/vote/ballots`, {
      token: delegate(seated.delegateIds[9]!),
      body: { choice: 'for' },
    });
    expect(outsider.body.code).toBe('MOTION.NOT_ON_ROLL');
    const closed = await write(`${school()}/motions/m-1/vote/closure`, staff());
    expect(closed.events).toEqual(['MotionAdopted', 'PolicyChanged']);
    const motion = await read<MotionView>('/api/v1/motions/m-1');
    expect(motion.status).toBe('Adopted');
    expect(motion.result?.zh).toBe('通过：赞成 6 票，出席代表 9，须达到三分之二（至少 6 票，第二十三条）');
    const union = await expectStatus(
      t.request<{ policy: { quorum: unknown } }>('GET', `/api/v1/organisations/${seated.schoolId}`, {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    expect(union.policy.quorum).toEqual({ numerator: 3, denominator: 4 });
    const events = async (stream: string) => {
      const found = [];
      for await (const e of t.runtime.store.readStream(stream)) found.push(e);
      return found;
    };
    const changed = (await events(`organisation-${seated.schoolId}`)).filter((e) => e.type === 'PolicyChanged').at(-1);
    const adopted = (await events('motion-m-1')).find((e) => e.type === 'MotionAdopted');
    // The policy change is caused by the adoption, in the same correlation as the close
    expect(changed?.metadata.causationId).toBe(adopted?.id);
    expect(changed?.metadata.correlationId).toBe(adopted?.metadata.correlationId);
  });

  it('rejects an amendment one vote short by secret ballot, and voids a count with more ballots than present', async () => {
    await write(`${school()}/motions`, staff(), amendment('m-2', 'secret', { numerator: 4, denominator: 5 }), 201);
    await write(`${school()}/motions/m-2/vote`, staff(), { sittingId: SITTING }, 201);
    const named = await t.request<{ code: string }>('POST', `${school()}/motions/m-2/vote/ballots`, {
      token: delegate(present[0]!),
      body: { choice: 'for' },
    });
    expect(named.body.code).toBe('MOTION.WRONG_VOTING_MODE');
    await write(`${school()}/motions/m-2/vote/tally`, staff(), {
      returned: 10,
      for: 7,
      against: 2,
      abstain: 1,
      invalid: 0,
      scrutineerId: present[8]!,
    });
    expect((await write(`${school()}/motions/m-2/vote/closure`, staff())).events).toEqual(['MotionVoteVoided']);
    await write(`${school()}/motions/m-2/vote`, staff(), { sittingId: SITTING }, 201);
    await write(`${school()}/motions/m-2/vote/tally`, staff(), {
      returned: 9,
      for: 5,
      against: 3,
      abstain: 1,
      invalid: 0,
      scrutineerId: present[8]!,
    });
    expect((await write(`${school()}/motions/m-2/vote/closure`, staff())).events).toEqual(['MotionRejected']);
    const motion = await read<MotionView>('/api/v1/motions/m-2');
    expect(motion.result?.en).toBe(
      'not adopted: 5 for of 9 present, at least two thirds required (6 votes, 第二十三条)',
    );
    expect(motion.failures.map((f) => f.type)).toEqual(['VoteVoided']);
    const versions = await read<Array<{ version: number; motionId: string; text: string }>>(
      `${school()}/charter-versions`,
    );
    expect(versions.map((v) => [v.version, v.motionId])).toEqual([[1, 'm-1']]);
    expect(versions[0]!.text).toContain('3/4');
    const union = await expectStatus(
      t.request<{ policy: { quorum: unknown } }>('GET', `/api/v1/organisations/${seated.schoolId}`, {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    expect(union.policy.quorum).toEqual({ numerator: 3, denominator: 4 });
  });

  it('records a vote asked for in a sitting short of its quorum, and opens none', async () => {
    for (const id of present.slice(0, 3))
      await write(`${school()}/sittings/${SITTING}/check-outs`, staff(), { delegateId: id });
    await write(
      `${school()}/motions`,
      staff(),
      {
        motionId: 'm-3',
        congressId: seated.congressId,
        kind: 'work-report',
        title: '关于学生会工作报告的决议',
        text: '批准工作报告。',
        mode: 'roll-call',
      },
      201,
    );
    const asked = await write(`${school()}/motions/m-3/vote`, staff(), { sittingId: SITTING }, 201);
    expect(asked.events).toEqual(['MotionQuorumNotReached']);
    const motion = await read<MotionView>('/api/v1/motions/m-3');
    expect(motion).toMatchObject({ status: 'Put', failures: [{ type: 'QuorumNotReached' }] });
  });

  it('meets once a year: a second congress in 2026 only as an extraordinary one, with its reason (Art. 8)', async () => {
    const second = (body: object) =>
      t.request<{ code: string; errors?: Array<{ field: string }> }>('POST', `${school()}/congresses`, {
        token: staff(),
        body: { congressId: 'congress-extra', number: 2, year: 2026, targetSeats: 10, ...body },
      });
    const refused = await second({});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONGRESS.ALREADY_HELD_THIS_YEAR', errors: [{ field: 'year' }] });
    expect((await second({ extraordinary: true })).body.code).toBe('CONGRESS.EXTRAORDINARY_REASON_REQUIRED');
    const extra = await expectStatus(
      t.request<Written>('POST', `${school()}/congresses`, {
        token: staff(),
        body: {
          congressId: 'congress-extra',
          number: 2,
          year: 2026,
          targetSeats: 10,
          extraordinary: true,
          extraordinaryReason: '补选主席团',
        },
      }),
      201,
    );
    lastPosition = extra.position!;
    const annual = await read<{
      status: string;
      congresses: Array<{ congressId: string; extraordinary: boolean }>;
      colleges: Array<{ status: string }>;
    }>(`${school()}/annual-congress?year=2026`);
    expect(annual.status).toBe('held');
    expect(annual.congresses.map((c) => [c.congressId, c.extraordinary])).toEqual([
      [seated.congressId, false],
      ['congress-extra', true],
    ]);
    // College congresses (Art. 17) are not recorded yet: in the current year they are due, in a past year overdue.
    const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const pending = 2026 < thisYear ? 'overdue' : 'due';
    expect(annual.colleges.map((c) => c.status)).toEqual([pending, pending]);
    const earlier = await read<{ status: string }>(`${school()}/annual-congress?year=2025`);
    expect(earlier.status).toBe('overdue');
  });

  it('rebuilds the motion record from the log to the same rows, and every chain holds', async () => {
    const dump = () => t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM motions x ORDER BY 1`);
    await t.runtime.projections.waitFor(lastPosition, ['motions.record'], 60_000);
    const live = await dump();
    await t.runtime.projections.rebuild(['motions.record']);
    await t.runtime.projections.waitFor(lastPosition, ['motions.record'], 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
