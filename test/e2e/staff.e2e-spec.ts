import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { eligibleStudents, expectStatus } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';
import { expectRebuildEqualsLive } from '../support/rebuild-equals-live.js';

/**
 * Issue 11 item 1: the school union staffed to its caps through the API: six departments and no seventh, forty
 * staff who meet Art. 18 and no forty-first, an ineligible student refused with the rules failed, the presidium
 * only from an approved election.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 260, majors: ['机电一体化技术', '数控技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 240, majors: ['环境艺术设计'] },
];

let t: TestApp;
let seated: SeatedCongress;
let lastPosition = '';
const base = () => `/api/v1/organisations/${seated.schoolId}/staff`;
const staff = () => seated.tokens.schoolStaff;
type Problem = { status: number; code: string; errors?: Array<{ field: string }>; details?: unknown };
async function write(path: string, body: object, status = 200) {
  const r = await expectStatus(t.request<{ position: string | null }>('POST', path, { token: staff(), body }), status);
  if (r.position) lastPosition = r.position;
  return r;
}
const refused = (path: string, body: object, method = 'POST') =>
  t.request<Problem>(method, path, { token: staff(), body });

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
}, 240_000);
afterAll(() => t.close());

describe('the school union’s staff register (issue 11 item 1)', () => {
  it('creates six departments and refuses a seventh (Art. 16)', async () => {
    for (const [id, name] of [
      ['office', '办公室'],
      ['publicity', '宣传部'],
      ['study', '学习部'],
      ['culture', '文艺部'],
      ['sports', '体育部'],
      ['rights', '权益部'],
    ])
      await write(`${base()}/departments`, { departmentId: id, name }, 201);
    const seventh = await refused(`${base()}/departments`, { departmentId: 'media', name: '新媒体中心' });
    expect(seventh.status).toBe(409);
    expect(seventh.body.code).toBe('STAFF.DEPARTMENT_CAP_REACHED');
  });

  it('appoints forty who meet Art. 18 and refuses the forty-first (Art. 10)', async () => {
    const eligible = await eligibleStudents(t, seated, 41);
    const departments = ['office', 'publicity', 'study', 'culture', 'sports', 'rights'];
    for (const [i, s] of eligible.slice(0, 40).entries())
      await write(
        `${base()}/appointments`,
        { studentId: s.studentId, departmentId: departments[i % 6], role: i < 6 ? 'head' : 'member' },
        201,
      );
    const fortyFirst = await refused(`${base()}/appointments`, {
      studentId: eligible[40]!.studentId,
      departmentId: 'office',
      role: 'member',
    });
    expect(fortyFirst.status).toBe(409);
    expect(fortyFirst.body.code).toBe('STAFF.CAP_REACHED');
    const register = await expectStatus(
      t.request<{ counts: { staff: number; departments: number }; caps: { staffMax: number } }>('GET', base(), {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    expect(register.counts).toMatchObject({ staff: 40, departments: 6 });
    expect(register.caps.staffMax).toBe(40);
  });

  it('refuses an ineligible student with the Art. 18 rules failed, and frees a seat on removal', async () => {
    const roster = await expectStatus(
      t.request<{ items: Array<{ studentId: string; politicalStatus: string }> }>(
        'GET',
        '/api/v1/students?status=enrolled&limit=200',
        { token: staff() },
      ),
      200,
    );
    const outsider = roster.items.find((s) => s.politicalStatus === 'none')!;
    const register = await expectStatus(
      t.request<{ staff: Array<{ studentId: string; role: string | null }> }>('GET', base(), {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    const member = register.staff.find((m) => m.role === 'member')!;
    await write(`${base()}/members/${member.studentId}/removal`, { reason: '毕业离校' });
    const ineligible = await refused(`${base()}/appointments`, {
      studentId: outsider.studentId,
      departmentId: 'office',
      role: 'member',
    });
    expect(ineligible.status).toBe(422);
    expect(ineligible.body).toMatchObject({ code: 'STAFF.NOT_ELIGIBLE', errors: [{ field: 'studentId' }] });
  });

  it('reports the staff in post against the charter’s caps in the compliance summary (issue 14)', async () => {
    const register = await expectStatus(
      t.request<{ staff: unknown[] }>('GET', base(), { token: staff(), headers: { 'x-read-after': lastPosition } }),
      200,
    );
    const compliance = await expectStatus(
      t.request<{ items: Array<{ key: string; requirement: string; actual: string; met: boolean | null }> }>(
        'GET',
        `/api/v1/reports/organisations/${seated.schoolId}/compliance`,
        { token: staff(), headers: { 'x-read-after': lastPosition } },
      ),
      200,
    );
    const items = Object.fromEntries(compliance.items.map((i) => [i.key, i]));
    expect(items.staff).toMatchObject({ actual: String(register.staff.length), met: true });
    expect(items.departments).toMatchObject({ requirement: '≤ 6', actual: '6', met: true });
    await expectRebuildEqualsLive(
      t,
      lastPosition,
      ['reports.staff-posts'],
      ['report_staff_post', 'report_staff_department'],
    );
  });

  it('seats no presidium without an approved election, and appoints nobody to it by hand (Art. 14)', async () => {
    const none = await refused(`${base()}/presidium`, { electionId: 'no-such-election' });
    expect(none.body).toMatchObject({ code: 'STAFF.ELECTION_RESULT_NOT_APPROVED', errors: [{ field: 'electionId' }] });
    const rotation = await refused(
      `${base()}/chair-rotation`,
      { terms: [{ from: '2026-09-01', to: '2026-10-31', chairId: 'someone' }] },
      'PUT',
    );
    expect(rotation.body.code).toBe('STAFF.ROTATION_INVALID');
  });

  it('files a college union’s presidium with the school union, which acknowledges it (Art. 17 (1))', async () => {
    const arts = (await eligibleStudents(t, seated, 100)).filter((s) => s.collegeId === 'arts');
    const register = await expectStatus(
      t.request<{ staff: Array<{ studentId: string }> }>('GET', base(), {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    const taken = new Set(register.staff.map((m) => m.studentId));
    const members = arts
      .filter((s) => !taken.has(s.studentId))
      .slice(0, 3)
      .map((s) => s.studentId);
    expect(members).toHaveLength(3);
    const college = seated.tokens.college('arts');
    const filing = `/api/v1/organisations/arts/staff/college-presidium`;
    const body = { memberIds: members, electedOn: '2026-10-20', reference: '艺术设计学院第三次学生代表大会决议' };
    expect((await t.request('POST', filing, { token: staff(), body })).status).toBe(403);
    await expectStatus(t.request('POST', filing, { token: college, body }), 200);
    const filings = `/api/v1/organisations/${seated.schoolId}/college-presidium-filings`;
    const ack = await expectStatus(
      t.request<{ position: string }>('POST', `${filings}/arts/acknowledgement`, { token: staff() }),
      200,
    );
    lastPosition = ack.position;
    const listed = await expectStatus(
      t.request<
        Array<{ organisationId: string; memberIds: string[]; electedOn: string; acknowledgedAt: string | null }>
      >('GET', filings, {
        token: staff(),
        headers: { 'x-read-after': lastPosition },
      }),
      200,
    );
    expect(listed).toEqual([
      expect.objectContaining({ organisationId: 'arts', memberIds: [...members].sort(), electedOn: '2026-10-20' }),
    ]);
    expect(listed[0]!.acknowledgedAt).not.toBeNull();
  });

  it('rebuilds the register from the log to the same rows, and every chain holds', async () => {
    const dump = () =>
      Promise.all(
        ['staff_departments', 'staff_members', 'staff_chair_terms', 'staff_college_filings'].map((table) =>
          t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM ${table} x ORDER BY 1`),
        ),
      );
    await t.runtime.projections.waitFor(lastPosition, ['staff.register'], 60_000);
    const live = await dump();
    await t.runtime.projections.rebuild(['staff.register']);
    await t.runtime.projections.waitFor(lastPosition, ['staff.register'], 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
