import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadCharterDefaults } from '../../src/modules/organisations/index.js';
import { semesterStartedBy } from '../../src/modules/college-assessment/index.js';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { addDays, beijingDate } from '../../src/shared/domain/beijing-date.js';
import { approveCollegeCongress, partyToken, registerCollegePartyOrg } from '../support/college-congress.js';
import { expectStatus } from '../support/elections.js';
import { eventually } from '../support/eventually.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, movableClock, startTestApp } from '../support/test-app.js';
import { expectRebuildEqualsLive } from '../support/rebuild-equals-live.js';

/**
 * Issue 11 items 2 and 8, through the API alone: a college union's congress refused until its party organisation
 * approved it and the school union's reply approved the request (a refusal needs a new request), then convened; and
 * a college union that reports its semester, fails the assessment, rectifies late (overdue first) and passes on
 * re-assessment (Art. 17, Art. 17 (5)).
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 60, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 50, majors: ['环境艺术设计'] },
];

let t: TestApp;
let seated: SeatedCongress;
let artsParty = '';
let lastPosition = '';
const clock = movableClock();
const today = () => beijingDate(clock.now().toISOString());
const school = () => seated.tokens.schoolStaff;
const arts = () => seated.tokens.college('arts');

type Written = { events: string[]; position: string | null };
type Problem = { status: number; code: string; errors?: Array<{ field: string }>; details?: Record<string, unknown> };
async function write(path: string, token: string, body: object, status = 200, headers: Record<string, string> = {}) {
  const r = await expectStatus(t.request<Written>('POST', path, { token, body, headers }), status);
  if (r.position) lastPosition = r.position;
  return r;
}
async function refused(path: string, token: string, body: object, status: number, code: string) {
  const r = await t.request<Problem>('POST', path, { token, body });
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect([r.status, r.body.code]).toEqual([status, code]);
  return r.body;
}
const read = <T>(path: string, token = school()) =>
  expectStatus(t.request<T>('GET', path, { token, headers: { 'x-read-after': lastPosition } }), 200);

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' }, undefined, { clock });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  artsParty = await registerCollegePartyOrg(t, seated, 'arts');
}, 240_000);
afterAll(() => t.close());

describe('a college union’s congress (Art. 17: 召开前须经由学院党委批准、校学生会批复)', () => {
  const congressId = 'arts-congress-2026';
  const convene = () => `/api/v1/organisations/arts/congresses`;
  const conveneBody = { congressId, number: 3, year: 2026, targetSeats: 5 };
  const approval = () => `/api/v1/organisations/${artsParty}/congresses/${congressId}/party-approval`;
  const reply = () => `/api/v1/organisations/${seated.schoolId}/congresses/${congressId}/school-reply`;

  it('refuses to convene before either step, naming Art. 17, the field and both steps missing', async () => {
    const problem = await refused(convene(), arts(), conveneBody, 409, 'CONGRESS.COLLEGE_APPROVAL_MISSING');
    expect(problem).toMatchObject({
      errors: [{ field: 'congressId' }],
      details: { article: 'Art. 17', missing: ['party-approval', 'school-reply'] },
    });
    await refused(reply(), school(), { approved: true }, 409, 'CONGRESS.APPROVAL_STEP_OUT_OF_ORDER');
  });

  it('takes the approval only from the college’s party organisation, and still needs the school union’s reply', async () => {
    const byCollege = await t.request<Problem>('POST', approval(), { token: arts(), body: { reason: '同意' } });
    expect(byCollege.status).toBe(403);
    await write(approval(), partyToken(t, artsParty), { reason: '学院党委 2026 年第 9 次会议同意召开' });
    const problem = await refused(convene(), arts(), conveneBody, 409, 'CONGRESS.COLLEGE_APPROVAL_MISSING');
    expect(problem.details).toMatchObject({ missing: ['school-reply'] });
  });

  it('blocks convening after the school union refused, until a new request is approved', async () => {
    await refused(reply(), school(), { approved: false }, 400, 'REQUEST.INVALID');
    await write(reply(), school(), { approved: false, reasons: '代表名额方案未覆盖全部年级' });
    const problem = await refused(convene(), arts(), conveneBody, 409, 'CONGRESS.COLLEGE_APPROVAL_MISSING');
    expect(problem.details).toMatchObject({ missing: ['party-approval', 'school-reply'], refusedRequest: 1 });
    await write(approval(), partyToken(t, artsParty), { reason: '调整名额方案后再次同意' });
    await refused(convene(), arts(), conveneBody, 409, 'CONGRESS.COLLEGE_APPROVAL_MISSING');
    const key = { 'idempotency-key': 'arts-congress-2026-reply-2' };
    const first = await write(reply(), school(), { approved: true, reasons: '同意召开' }, 200, key);
    const again = await write(reply(), school(), { approved: true, reasons: '同意召开' }, 200, key);
    expect(again.position).toBe(first.position);
  });

  it('convenes the college congress on its own students once approved, and counts it for the year', async () => {
    await write(convene(), arts(), conveneBody, 201);
    const congress = await read<{ organisationId: string; allocation: Array<{ collegeId: string; seats: number }> }>(
      `/api/v1/congresses/${congressId}`,
    );
    expect(congress.organisationId).toBe('arts');
    expect(congress.allocation.map((c) => [c.collegeId, c.seats])).toEqual([['arts', 5]]);

    // Its own class league branch recommends, the college union elects and checks the credentials.
    const student = seated.students.find((s) => s.collegeId === 'arts')!;
    const delegate = `/api/v1/organisations/arts/congresses/${congressId}/delegates/${student.studentId}`;
    await write(
      `/api/v1/organisations/arts-branch/congresses/${congressId}/recommendations`,
      seated.tokens.branch('arts-branch'),
      { studentId: student.studentId },
      201,
    );
    await write(`${delegate}/election`, arts(), { elected: true, method: 'decision', reference: '学院学生会会议决定' });
    await write(`${delegate}/credentials`, arts(), { qualified: true });
    const roster = await read<Array<{ studentId: string; status: string }>>(
      `/api/v1/congresses/${congressId}/delegates`,
    );
    expect(roster.map((d) => [d.studentId, d.status])).toEqual([[student.studentId, 'qualified']]);

    // Through the shared support: engineering's congress is approved and convened the same way.
    const engineeringParty = await registerCollegePartyOrg(t, seated, 'engineering');
    await approveCollegeCongress(t, seated, engineeringParty, 'engineering-congress-2026');
    await write(
      '/api/v1/organisations/engineering/congresses',
      seated.tokens.college('engineering'),
      { congressId: 'engineering-congress-2026', number: 1, year: 2026, targetSeats: 5 },
      201,
    );
    const year = await read<{ colleges: Array<{ organisationId: string; status: string }> }>(
      `/api/v1/organisations/${seated.schoolId}/annual-congress?year=2026`,
    );
    expect(year.colleges.map((c) => [c.organisationId, c.status]).sort()).toEqual([
      ['arts', 'held'],
      ['engineering', 'held'],
    ]);
  });

  it('keeps every step attributable in the congress’s history', async () => {
    const history = await eventually(async () => {
      const r = await t.request<{ items: Array<{ type: string; actor: { role: string }; reason: string | null }> }>(
        'GET',
        `/api/v1/history/congresses/${congressId}`,
        { token: t.token('auditor', { role: 'auditor', org: '*' }) },
      );
      return r.status === 200 && r.body.items.length >= 8 ? r.body.items : undefined;
    }, 30_000);
    expect(history[0]!.reason).toBe('学院党委 2026 年第 9 次会议同意召开');
    expect(history[1]!.reason).toBe('代表名额方案未覆盖全部年级');
    expect(history.map((e) => [e.type, e.actor.role])).toEqual([
      ['CollegeCongressPartyApproved', 'college-party-org'],
      ['CollegeCongressSchoolRefused', 'union-staff'],
      ['CollegeCongressPartyApproved', 'college-party-org'],
      ['CollegeCongressSchoolApproved', 'union-staff'],
      ['CongressConvened', 'college-union-staff'],
      ['DelegateRecommended', 'class-league-branch'],
      ['DelegateElected', 'college-union-staff'],
      ['DelegateQualified', 'college-union-staff'],
    ]);
  });
});

describe('a college union’s semester assessment (Art. 17 (5))', () => {
  const rules = loadCharterDefaults(join(import.meta.dirname, '../../config/charter-policy.json'))['school-union']!
    .collegeAssessment!.semesters;
  const semester = () => semesterStartedBy(rules, today())!;
  const base = () => `/api/v1/organisations/${seated.schoolId}/college-assessments`;
  const assess = (collegeId: string) => `${base()}/${collegeId}/assessments`;
  type Overdue = {
    reports: Array<{ collegeId: string; semester: string }>;
    rectifications: Array<{ collegeId: string; round: number }>;
  };
  type Row = {
    collegeId: string;
    status: string;
    rounds: Array<{ round: number; outcome: string; rectification: { late: boolean } | null }>;
  };

  it('shows both colleges’ reports overdue after the semester’s last day, until one reports', async () => {
    const after = addDays(semester().ends, 1);
    const before = await read<Overdue>(`${base()}/overdue?asOf=${after}`);
    expect(before.reports.filter((r) => r.semester === semester().semester).map((r) => r.collegeId)).toEqual([
      'arts',
      'engineering',
    ]);
    await write(
      '/api/v1/organisations/arts/college-assessment/reports',
      arts(),
      { semester: semester().semester, form: 'written', summary: '本学期召开例会 8 次，开展学风建设活动 3 项' },
      201,
    );
    const now = await read<Overdue>(`${base()}/overdue?asOf=${after}`);
    expect(now.reports.filter((r) => r.semester === semester().semester).map((r) => r.collegeId)).toEqual([
      'engineering',
    ]);
  });

  it('refuses what the rule does not allow: no report to assess, a college assessing, a fail without findings', async () => {
    const s = semester().semester;
    await refused(
      assess('engineering'),
      school(),
      { semester: s, outcome: 'pass' },
      409,
      'ASSESSMENT.NOTHING_TO_ASSESS',
    );
    const r = await t.request<Problem>('POST', assess('arts'), {
      token: arts(),
      body: { semester: s, outcome: 'pass' },
    });
    expect(r.status).toBe(403);
    const problem = await refused(
      assess('arts'),
      school(),
      { semester: s, outcome: 'fail' },
      422,
      'ASSESSMENT.FINDINGS_REQUIRED',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'findings' })]);
  });

  it('fails arts with findings and a deadline; past the deadline its rectification is overdue', async () => {
    const s = semester().semester;
    const rectifyBy = addDays(today(), 10);
    await write(assess('arts'), school(), { semester: s, outcome: 'fail', findings: ['例会记录不全'], rectifyBy });
    expect((await read<Overdue>(`${base()}/overdue`)).rectifications).toEqual([]);
    clock.advanceDays(15);
    const overdue = await read<Overdue>(`${base()}/overdue`);
    expect(overdue.rectifications).toEqual([{ collegeId: 'arts', semester: s, round: 1, rectifyBy }]);
    // Issue 14: the reports agree, by the same clock.
    const report = await read<{ colleges: Array<{ organisationId: string; status: string; rectifyBy: string }> }>(
      `/api/v1/reports/organisations/${seated.schoolId}/college-assessments`,
    );
    expect(report.colleges.find((c) => c.organisationId === 'arts')).toMatchObject({
      status: 'rectification-overdue',
      rectifyBy,
    });
    const compliance = await read<{ items: Array<{ key: string; actual: string; met: boolean | null }> }>(
      `/api/v1/reports/organisations/${seated.schoolId}/compliance`,
    );
    expect(compliance.items.find((i) => i.key === 'rectificationsOverdue')).toMatchObject({ actual: '1', met: false });
    await expectRebuildEqualsLive(t, lastPosition, ['reports.college-assessments'], ['report_college_assessment']);
  });

  it('records the late rectification, which ends the overdue, and passes arts on re-assessment', async () => {
    const s = semester().semester;
    await write(
      '/api/v1/organisations/arts/college-assessment/rectifications',
      arts(),
      { semester: s, summary: '已补齐例会记录并建立台账' },
      201,
    );
    expect((await read<Overdue>(`${base()}/overdue`)).rectifications).toEqual([]);
    await write(assess('arts'), school(), { semester: s, outcome: 'pass' });
    const rows = await read<Row[]>(`${base()}?semester=${s}`, t.token('supervisor', { role: 'supervisor', org: '*' }));
    expect(
      rows.map((r) => [
        r.collegeId,
        r.status,
        r.rounds.map((x) => [x.round, x.outcome, x.rectification?.late ?? null]),
      ]),
    ).toEqual([
      [
        'arts',
        'passed',
        [
          [1, 'fail', true],
          [2, 'pass', null],
        ],
      ],
    ]);
  });

  it('keeps the assessment attributable in the college union’s history, in Chinese', async () => {
    const items = await eventually(async () => {
      const r = await t.request<{
        items: Array<{ type: string; actor: { role: string }; reason: string | null; description: string }>;
      }>('GET', '/api/v1/history/college-assessments/arts', {
        token: t.token('auditor', { role: 'auditor', org: '*' }),
        headers: { 'accept-language': 'zh' },
      });
      return r.status === 200 && r.body.items.length >= 4 ? r.body.items : undefined;
    }, 30_000);
    expect(items.map((e) => [e.type, e.actor.role])).toEqual([
      ['CollegeWorkReported', 'college-union-staff'],
      ['CollegeUnionAssessed', 'union-staff'],
      ['CollegeRectificationReported', 'college-union-staff'],
      ['CollegeUnionAssessed', 'union-staff'],
    ]);
    expect(items[1]!.reason).toBe('例会记录不全');
    expect(items[2]!.description).toContain('逾期：是');
  });

  it('rebuilds the assessments from the log to the same rows, and every chain holds', async () => {
    const name = 'college-assessment.assessments';
    const dump = () =>
      t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM college_assessments x ORDER BY 1`);
    await t.runtime.projections.waitFor(lastPosition, [name], 60_000);
    const live = await dump();
    await t.runtime.projections.rebuild([name]);
    await t.runtime.projections.waitFor(lastPosition, [name], 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
