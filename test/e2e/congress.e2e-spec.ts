import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 90, majors: ['软件技术', '云计算技术应用'] },
  { collegeId: 'health', name: '健康学院', students: 40, majors: ['护理'] },
];

let t: TestApp;
let seated: SeatedCongress;

beforeAll(async () => {
  t = await startTestApp();
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 18, mainClubs: ['青年志愿者协会'] });
}, 120_000);
afterAll(() => t.close());

describe('from a CSV of students to a seated congress with a live quorum', () => {
  it('allocates seats by the delegate notice: in proportion, a college short of the minimum counted as 5, and shows why', async () => {
    const congress = await t.request<{
      totalStudents: number;
      method: string;
      allocation: Array<{ collegeId: string; seats: number; basis: string; why: string }>;
      arithmetic: string[];
    }>('GET', `/api/v1/congresses/${seated.congressId}`, {
      token: seated.tokens.schoolStaff,
      headers: { 'x-read-after': seated.position },
    });
    expect(congress.body.totalStudents).toBe(190);
    expect(congress.body.method).toBe('largest-remainder-with-minimum');
    // Round 1: health's share 18 × 40 / 190 = 3.79 < 5 → 5. Round 2: 13 seats over 150 students: arts 5.2, it 7.8
    // → 5 and 7, and the leftover seat to it's larger remainder.
    expect(congress.body.allocation).toEqual([
      expect.objectContaining({ collegeId: 'arts', seats: 5, basis: 'share' }),
      expect.objectContaining({
        collegeId: 'health',
        seats: 5,
        basis: 'minimum',
        why: '份额 3.789 不足 5 名，按 5 名计',
      }),
      expect.objectContaining({ collegeId: 'it', seats: 8, basis: 'share' }),
    ]);
    expect(congress.body.arithmetic).toContain('round 1: health: 720 / 190 = 3.789 < 5 → 5');
  });

  it('refuses a congress below 1% of students or the college minimums with the rule named', async () => {
    const r = await t.request<{ code: string; errors: Array<{ field: string }> }>(
      'POST',
      '/api/v1/organisations/school/congresses',
      {
        token: seated.tokens.schoolStaff,
        body: { congressId: 'too-small', number: 2, year: 2027, targetSeats: 14 },
      },
    );
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('CONGRESS.SEAT_TARGET_TOO_LOW');
    expect(r.body.errors[0]!.field).toBe('targetSeats');
  });

  it('reports the composition with exact shares', async () => {
    const composition = await t.request<{
      seats: { filled: number };
      nonOfficers: { count: number; of: number; share: string; met: boolean };
      colleges: Array<{ vacant: number }>;
    }>('GET', `/api/v1/congresses/${seated.congressId}/composition`, {
      token: seated.tokens.schoolStaff,
      headers: { 'x-read-after': seated.position },
    });
    expect(composition.body.seats.filled).toBe(18);
    expect(composition.body.colleges.every((c) => c.vacant === 0)).toBe(true);
    const { count, of } = composition.body.nonOfficers;
    expect(composition.body.nonOfficers.share).toBe((Math.round((count * 1000) / of) / 10).toFixed(1));
    expect(composition.body.nonOfficers.met).toBe(count * 5 >= of * 3);
  });

  it('enforces who may do each step and the seat limit', async () => {
    const spare = seated.students.find((s) => s.collegeId === 'arts' && !seated.delegateIds.includes(s.studentId))!;
    const wrongBranch = await t.request<{ code: string }>(
      'POST',
      `/api/v1/organisations/it-branch/congresses/${seated.congressId}/recommendations`,
      {
        token: seated.tokens.branch('it-branch'),
        body: { studentId: spare.studentId },
      },
    );
    expect(wrongBranch.status).toBe(422);
    expect(wrongBranch.body.code).toBe('DELEGATE.STUDENT_NOT_IN_COLLEGE');
    const recommended = await t.request(
      'POST',
      `/api/v1/organisations/arts-branch/congresses/${seated.congressId}/recommendations`,
      {
        token: seated.tokens.branch('arts-branch'),
        body: { studentId: spare.studentId },
      },
    );
    expect(recommended.status).toBe(201);
    const otherCollege = await t.request<{ code: string }>(
      'POST',
      `/api/v1/organisations/arts/congresses/${seated.congressId}/delegates/${spare.studentId}/election`,
      {
        token: seated.tokens.college('it'),
        body: { elected: true, method: 'decision', reference: 'x' },
      },
    );
    expect(otherCollege.status).toBe(403);
    const full = await t.request<{ code: string }>(
      'POST',
      `/api/v1/organisations/arts/congresses/${seated.congressId}/delegates/${spare.studentId}/election`,
      {
        token: seated.tokens.college('arts'),
        body: { elected: true, method: 'decision', reference: 'Arts union minute 7' },
      },
    );
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('DELEGATE.NO_SEAT_AVAILABLE');
  });

  it('keeps a live quorum count at a sitting and refuses business without two thirds present', async () => {
    const base = `/api/v1/organisations/${seated.schoolId}`;
    const staff = seated.tokens.schoolStaff;
    const opened = await t.request<{ events: string[] }>('POST', `${base}/congresses/${seated.congressId}/sittings`, {
      token: staff,
      body: { sittingId: 'plenary-1', title: '第一次全体会议' },
    });
    expect(opened.status).toBe(201);

    for (const id of seated.delegateIds.slice(0, 11)) {
      expect(
        (await t.request('POST', `${base}/sittings/plenary-1/check-ins`, { token: staff, body: { delegateId: id } }))
          .status,
      ).toBe(200);
    }
    const early = await t.request<{ events: string[] }>('POST', `${base}/sittings/plenary-1/business`, {
      token: staff,
    });
    expect(early.body.events).toEqual(['SittingQuorumNotReached']);

    // sent with an Idempotency-Key, whose answer the check-in's own append writes (issue 15)
    const keyed = {
      token: staff,
      body: { delegateId: seated.delegateIds[11] },
      headers: { 'idempotency-key': 'twelfth-in' },
    };
    const twelfth = await t.request<{ events: string[] }>('POST', `${base}/sittings/plenary-1/check-ins`, keyed);
    expect(twelfth.body.events).toEqual(['DelegateCheckedIn', 'QuorumReached']);
    const again = await t.request<{ events: string[] }>('POST', `${base}/sittings/plenary-1/check-ins`, keyed);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect(again.body).toEqual(twelfth.body);
    const reused = await t.request<{ code: string }>('POST', `${base}/sittings/plenary-1/check-ins`, {
      ...keyed,
      body: { delegateId: seated.delegateIds[12] },
    });
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    const business = await t.request<{ events: string[] }>('POST', `${base}/sittings/plenary-1/business`, {
      token: staff,
    });
    expect(business.body.events).toEqual(['BusinessOpened']);

    const leaving = await t.request<{ events: string[]; position: string }>(
      'POST',
      `${base}/sittings/plenary-1/check-outs`,
      { token: staff, body: { delegateId: seated.delegateIds[0] } },
    );
    expect(leaving.body.events).toEqual(['DelegateCheckedOut', 'QuorumLost']);

    const attendance = await t.request<{
      elected: number;
      required: number;
      present: number;
      quorate: boolean;
      quorumLog: Array<{ event: string; present: number }>;
    }>('GET', '/api/v1/sittings/plenary-1', { token: staff, headers: { 'x-read-after': leaving.body.position } });
    expect(attendance.body).toMatchObject({ elected: 18, required: 12, present: 11, quorate: false });
    expect(attendance.body.quorumLog.map((l) => [l.event, l.present])).toEqual([
      ['SittingQuorumNotReached', 11],
      ['QuorumReached', 12],
      ['BusinessOpened', 12],
      ['QuorumLost', 11],
    ]);
  });

  it('refuses a check-in of someone who is not a qualified delegate', async () => {
    const outsider = seated.students.find((s) => !seated.delegateIds.includes(s.studentId))!;
    const r = await t.request<{ code: string }>(
      'POST',
      `/api/v1/organisations/${seated.schoolId}/sittings/plenary-1/check-ins`,
      {
        token: seated.tokens.schoolStaff,
        body: { delegateId: outsider.studentId },
      },
    );
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('SITTING.NOT_ON_THE_ROLL');
  });

  it('rebuilds every read model from zero to exactly what it built live', async () => {
    const tables = [
      'organisation_directory',
      'student_roster',
      'congresses',
      'congress_allocation',
      'congress_delegates',
      'sittings',
      'sitting_attendance',
      'sitting_quorum_log',
    ];
    const names = t.runtime.projections.names();
    await waitUntilCaughtUp(t.runtime.projections, names, 10_000);
    const dump = async () =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => [
            table,
            await t.runtime.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`),
          ]),
        ),
      );
    const live = await dump();
    expect(live.congress_delegates.length).toBeGreaterThan(18);
    await t.runtime.projections.rebuild();
    const statuses = await waitUntilCaughtUp(t.runtime.projections, names, 30_000);
    expect(statuses.every((s) => s.status === 'running' && s.rebuiltAt !== null)).toBe(true);
    expect(await dump()).toEqual(live);
  });

  it('leaves every stream’s hash chain intact', async () => {
    const report = await verifyChains(t.runtime.store);
    expect(report.ok).toBe(true);
    expect(report.streams).toBeGreaterThan(190);
  });
});
