import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { addDays, beijingDate } from '../../src/shared/domain/beijing-date.js';
import { eligibleStudents, expectStatus } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, movableClock, startTestApp } from '../support/test-app.js';

/**
 * Issue 12, through the API alone, each step by its owning role: a college union's major activity submitted for
 * prior approval, returned by the school union and resubmitted, approved by the Youth League committee (a refusal
 * to mark it held before that names Art. 12) and held; its volunteer project staffed and closed with certificates of
 * hours (Art. 13); a publication whose overdue step escalates to its policy's body (Art. 12); and a misconduct case
 * reported, investigated, decided with a removal through the staff register and appealed, hidden throughout from
 * everyone but the Youth League committee, the parties and supervisors (Art. 21).
 */
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'engineering', name: '智能制造学院', students: 60, majors: ['机电一体化技术'] },
];

let t: TestApp;
let seated: SeatedCongress;
let lastPosition = '';
const clock = movableClock();
const today = () => beijingDate(clock.now().toISOString());
const school = () => seated.tokens.schoolStaff;
const arts = () => seated.tokens.college('arts');
const league = () => t.token('league-secretary', { role: 'youth-league-committee', org: 'youth-league' });
const supervisor = () => t.token('supervisor-1', { role: 'supervisor', org: '*' });

type Written = { events: string[]; position: string | null };
type Problem = { status: number; code: string; errors?: Array<{ field: string }>; details?: Record<string, unknown> };
type Matter = {
  matterId: string;
  status: string;
  step: number;
  awaitingBody: string | null;
  escalatedTo: string | null;
  dueBy: string | null;
  policyRevision: string;
  chain: Array<{ body: string; days: number }>;
  decisions: Array<{ step: number; decision: string; by: string | null; decidedFor: string | null; reasons: string[] }>;
};

async function write(path: string, token: string, body: object | undefined, status = 200, headers = {}) {
  const r = await expectStatus(t.request<Written>('POST', path, { token, body, headers }), status);
  if (r.position) lastPosition = r.position;
  return r;
}
async function patch(path: string, token: string, body: object) {
  const r = await expectStatus(t.request<Written>('PATCH', path, { token, body }), 200);
  if (r.position) lastPosition = r.position;
  return r;
}
async function refused(path: string, token: string, body: object | undefined, status: number, code: string) {
  const r = await t.request<Problem>('POST', path, { token, body });
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect([r.status, r.body.code]).toEqual([status, code]);
  return r.body;
}
const read = <T>(path: string, token = school()) =>
  expectStatus(t.request<T>('GET', path, { token, headers: { 'x-read-after': lastPosition } }), 200);

const gala = 'arts-welcome-gala-2026';
const documents = [
  { kind: 'plan', title: '迎新晚会活动方案', reference: 'oa://arts/2026/118' },
  { kind: 'safety-plan', title: '安全预案', reference: 'oa://arts/2026/119' },
  { kind: 'budget', title: '经费预算', reference: 'oa://arts/2026/120' },
];
const decision = (orgId: string, matterId = gala) => `/api/v1/organisations/${orgId}/matters/${matterId}/decision`;

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' }, undefined, { clock });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
}, 240_000);
afterAll(() => t.close());

describe('a major activity’s prior approval (Art. 12)', () => {
  it('refuses a submission missing a document the policy requires, naming it', async () => {
    const problem = await refused(
      '/api/v1/organisations/arts/matters',
      arts(),
      {
        matterId: gala,
        matterType: 'major-activity',
        title: '迎新晚会',
        summary: '',
        documents: documents.slice(0, 2),
      },
      422,
      'APPROVALS.DOCUMENTS_MISSING',
    );
    expect(problem.details).toMatchObject({ article: 'Art. 12', missing: ['budget'] });
  });

  it('takes the submission with the chain of the college union’s policy and its version', async () => {
    const body = { matterId: gala, matterType: 'major-activity', title: '迎新晚会', summary: '大礼堂', documents };
    const first = await write('/api/v1/organisations/arts/matters', arts(), body, 201, {
      'idempotency-key': 'gala-submission-1',
    });
    const again = await write('/api/v1/organisations/arts/matters', arts(), body, 201, {
      'idempotency-key': 'gala-submission-1',
    });
    expect(again).toEqual(first);
    const matter = await read<Matter>(`/api/v1/matters/${gala}`);
    expect(matter).toMatchObject({
      status: 'in-review',
      step: 1,
      awaitingBody: 'union',
      dueBy: addDays(today(), 3),
      chain: [
        { body: 'union', days: 3 },
        { body: 'school-union', days: 5 },
        { body: 'youth-league-committee', days: 5 },
      ],
    });
    expect(matter.policyRevision).toMatch(/^\d+$/);
  });

  it('refuses to mark it held, or any body deciding out of order, before its approval completes', async () => {
    const problem = await refused(
      `/api/v1/organisations/arts/matters/${gala}/held`,
      arts(),
      { heldOn: today(), summary: '举办' },
      409,
      'APPROVALS.APPROVAL_INCOMPLETE',
    );
    expect(problem.details).toMatchObject({ article: 'Art. 12' });
    await refused(decision('youth-league'), league(), { decision: 'approve' }, 403, 'APPROVALS.NOT_THE_AWAITED_BODY');
    await refused(decision('school'), school(), { decision: 'approve' }, 403, 'APPROVALS.NOT_THE_AWAITED_BODY');
  });

  it('goes through the presidium, is returned by the school union with reasons, and resubmitted', async () => {
    await write(decision('arts'), arts(), { decision: 'approve', notes: '主席团同意' });
    await refused(decision('school'), school(), { decision: 'return' }, 422, 'APPROVALS.REASONS_REQUIRED');
    await write(decision('school'), school(), { decision: 'return', reasons: ['安全预案缺少疏散路线'] });
    expect(await read<Matter>(`/api/v1/organisations/arts/matters?status=returned`)).toMatchObject([
      { matterId: gala, step: 2, awaitingBody: null },
    ]);
    await refused(decision('school'), school(), { decision: 'approve' }, 409, 'APPROVALS.NOT_IN_REVIEW');
    await write(`/api/v1/organisations/arts/matters/${gala}/resubmission`, arts(), {
      changes: '补充疏散路线图',
      documents: [
        ...documents.slice(0, 1),
        { kind: 'safety-plan', title: '安全预案（修订）', reference: 'oa://arts/2026/121' },
        documents[2],
      ],
    });
    const awaiting = await read<Matter[]>(
      '/api/v1/approvals/awaiting?body=school-union&organisationId=school',
      league(),
    );
    expect(awaiting.map((m) => [m.matterId, m.step])).toEqual([[gala, 2]]);
  });

  it('is approved by the school union and then the Youth League committee; then it is held', async () => {
    await write(decision('school'), school(), { decision: 'approve' });
    const last = await write(decision('youth-league'), league(), { decision: 'approve', notes: '同意' });
    expect(last.events).toEqual(['MatterStepApproved', 'MatterApproved']);
    const matter = await read<Matter>(`/api/v1/matters/${gala}`, supervisor());
    expect(matter.status).toBe('approved');
    expect(matter.decisions.map((d) => [d.step, d.decision, d.by, d.decidedFor])).toEqual([
      [1, 'approved', 'arts-staff', 'arts'],
      [2, 'returned', 'school-staff', 'school'],
      [2, 'resubmitted', 'arts-staff', 'arts'],
      [2, 'approved', 'school-staff', 'school'],
      [3, 'approved', 'league-secretary', 'youth-league'],
    ]);
    await write(`/api/v1/organisations/arts/matters/${gala}/held`, arts(), { heldOn: today(), summary: '如期举办' });
    expect((await read<Matter>(`/api/v1/matters/${gala}`)).status).toBe('held');
  });

  it('keeps the chain it was submitted under when the union’s policy changes later', async () => {
    const shorter = {
      key: 'major-activity',
      activity: true,
      chain: [{ body: 'union', days: 2 }],
      submitters: ['college-union-staff'],
      documents: ['plan'],
      escalateTo: 'youth-league-committee',
    };
    await patch('/api/v1/organisations/arts/policy', arts(), {
      changes: { approvals: { matterTypes: [shorter] } },
      reason: '简化审批',
    });
    const matter = await read<Matter>(`/api/v1/matters/${gala}`);
    expect(matter.chain).toHaveLength(3);
    expect(matter.status).toBe('held');
  });
});

describe('the activity’s volunteer project, recruited for the task and disbanded at its end (Art. 13)', () => {
  const project = 'gala-volunteers';
  const member = (studentId: string) => t.token(studentId, { role: 'member', org: 'arts' });
  const artsStudents = () => seated.students.filter((s) => s.collegeId === 'arts').map((s) => s.studentId);
  type Project = {
    status: string;
    roles: Array<{ role: string; filled: number }>;
    people: Array<{ studentId: string; status: string; minutes: number }>;
  };
  type Certificate = { studentId: string; role: string; minutes: number; hours: string };

  it('is refused for an activity whose approval has not completed, naming Art. 12', async () => {
    await write(
      '/api/v1/organisations/arts/matters',
      arts(),
      { matterId: 'arts-sports-day', matterType: 'major-activity', title: '运动会', summary: '', documents },
      201,
    );
    const problem = await refused(
      '/api/v1/organisations/arts/volunteer-projects',
      arts(),
      {
        projectId: 'sports-volunteers',
        matterId: 'arts-sports-day',
        title: '运动会志愿者',
        leadId: artsStudents()[0],
        roles: [{ role: 'usher', places: 2 }],
      },
      409,
      'VOLUNTEERS.ACTIVITY_NOT_APPROVED',
    );
    expect(problem.details).toMatchObject({ article: 'Art. 12' });
  });

  it('opens for the approved gala; students apply or are invited, the lead accepts within the places', async () => {
    const [lead, first, second, third] = artsStudents();
    await write(
      '/api/v1/organisations/arts/volunteer-projects',
      arts(),
      {
        projectId: project,
        matterId: gala,
        title: '迎新晚会志愿者',
        leadId: lead,
        roles: [
          { role: 'usher', places: 2 },
          { role: 'stage', places: 1 },
        ],
      },
      201,
    );
    const base = `/api/v1/volunteer-projects/${project}`;
    await write(`${base}/applications`, member(first!), { role: 'usher', motivation: '做过引导' }, 201);
    await write(`${base}/applications`, member(second!), { role: 'stage' }, 201);
    await refused(`${base}/acceptances`, member(third!), { studentId: first }, 403, 'VOLUNTEERS.NOT_THE_LEAD');
    await write(`${base}/acceptances`, member(lead!), { studentId: first });
    await write(`${base}/acceptances`, member(lead!), { studentId: second });
    await write(`${base}/invitations`, member(lead!), { studentId: third, role: 'stage' }, 201);
    await refused(`${base}/invitation-acceptance`, member(third!), undefined, 409, 'VOLUNTEERS.ROLE_FULL');
    await write(`${base}/hours`, member(lead!), {
      studentId: first,
      minutes: 180,
      workedOn: today(),
      note: '入场引导',
    });
    await write(`${base}/hours`, member(lead!), { studentId: second, minutes: 90, workedOn: today() });
    const roster = await read<Project>(base, member(lead!));
    expect(roster.roles.map((r) => [r.role, r.filled])).toEqual([
      ['usher', 1],
      ['stage', 1],
    ]);
    expect(await read<Certificate[]>(`${base}/certificates`)).toEqual([]);
  });

  it('closes: the project disbands, members are released with certificates of their hours', async () => {
    const [lead, first, second, third] = artsStudents();
    const base = `/api/v1/volunteer-projects/${project}`;
    await write(`${base}/closure`, member(lead!), undefined);
    await refused(`${base}/applications`, member(third!), { role: 'usher' }, 409, 'VOLUNTEERS.PROJECT_CLOSED');
    const roster = await read<Project>(base);
    expect(roster.status).toBe('closed');
    expect(roster.people.map((p) => [p.studentId, p.status]).sort()).toEqual(
      [
        [first, 'released'],
        [second, 'released'],
        [third, 'lapsed'],
      ].sort(),
    );
    // volunteers are students, not staff: the college union's register holds none of them
    const register = await read<{ staff: Array<{ studentId: string }> }>('/api/v1/organisations/arts/staff');
    expect(register.staff.filter((m) => [lead, first, second, third].includes(m.studentId))).toEqual([]);
    const certificates = await read<Certificate[]>(`${base}/certificates`, supervisor());
    expect(certificates.map((c) => [c.studentId, c.role, c.hours]).sort()).toEqual(
      [
        [first, 'usher', '3.0'],
        [second, 'stage', '1.5'],
      ].sort(),
    );
  });
});

describe('a step past its deadline escalates (Art. 12)', () => {
  const notice = 'arts-notice-2026';
  it('is not escalated before its due day, shows overdue after it, and escalates to the policy’s body', async () => {
    await write(
      '/api/v1/organisations/arts/matters',
      arts(),
      {
        matterId: notice,
        matterType: 'publication',
        title: '学院学生会招新公告',
        summary: '',
        documents: [{ kind: 'draft', title: '公告稿', reference: 'oa://arts/2026/130' }],
      },
      201,
    );
    await write(decision('arts', notice), arts(), { decision: 'approve' });
    const escalation = `/api/v1/organisations/arts/matters/${notice}/escalation`;
    await refused(escalation, arts(), undefined, 409, 'APPROVALS.STEP_NOT_OVERDUE');
    clock.advanceDays(4);
    const overdue = await read<Matter[]>('/api/v1/approvals/overdue?organisationId=arts', supervisor());
    expect(overdue.map((m) => [m.matterId, m.awaitingBody, m.escalatedTo])).toEqual([
      ['arts-sports-day', 'union', null],
      [notice, 'school-union', null],
    ]);
    await write(escalation, arts(), undefined);
    await refused(escalation, arts(), undefined, 409, 'APPROVALS.STEP_ALREADY_ESCALATED');
    const awaiting = await read<Matter[]>('/api/v1/approvals/awaiting?body=youth-league-committee', league());
    expect(awaiting.map((m) => [m.matterId, m.escalatedTo])).toEqual([[notice, 'youth-league-committee']]);
    await write(decision('youth-league', notice), league(), { decision: 'approve' });
    expect((await read<Matter>(`/api/v1/matters/${notice}`)).status).toBe('approved');
  });
});

describe('a misconduct case, from report to removal and appeal (Art. 21), confidential throughout', () => {
  const caseId = 'case-2026-07';
  const member = (studentId: string) => t.token(studentId, { role: 'member', org: 'school' });
  const committee = (id = 'league-investigator') =>
    t.token(id, { role: 'youth-league-committee', org: 'youth-league' });
  const staffRegister = '/api/v1/organisations/school/staff';
  type Case = {
    caseId: string;
    status: string;
    reporterId: string | null;
    conflicted: string[];
    outcome: string | null;
  };
  type Entry = { type: string; stream: string; reason: string | null };
  let officer = '';
  let reporter = '';
  let bystander = '';

  it('is reported by a member about a staff member, naming a conflicted officer', async () => {
    const [appointee, first, second] = await eligibleStudents(t, seated, 3);
    officer = appointee!.studentId;
    reporter = first!.studentId;
    bystander = second!.studentId;
    await write(`${staffRegister}/departments`, school(), { departmentId: 'office', name: '办公室' }, 201);
    await write(
      `${staffRegister}/appointments`,
      school(),
      { studentId: officer, departmentId: 'office', role: 'head' },
      201,
    );
    await refused(
      '/api/v1/organisations/school/misconduct-cases',
      member(reporter),
      { caseId: 'case-not-staff', staffId: bystander, facts: '擅自动用经费' },
      422,
      'MISCONDUCT.NOT_STAFF',
    );
    await write(
      '/api/v1/organisations/school/misconduct-cases',
      member(reporter),
      { caseId, staffId: officer, facts: '三次未经审批动用活动经费', conflicted: ['league-conflicted'] },
      201,
    );
  });

  it('is hidden from everyone but the committee, the parties and supervisors: 404, empty lists, no history', async () => {
    const hidden = [member(bystander), school(), committee('league-conflicted')];
    for (const token of hidden) {
      const one = await t.request<Problem>('GET', `/api/v1/misconduct-cases/${caseId}`, {
        token,
        headers: { 'x-read-after': lastPosition },
      });
      expect([one.status, one.body.code]).toEqual([404, 'MISCONDUCT.CASE_NOT_FOUND']);
      expect(await read<Case[]>('/api/v1/misconduct-cases', token)).toEqual([]);
    }
    const history = await t.request<Problem>('GET', `/api/v1/history/misconduct-cases/${caseId}`, { token: school() });
    expect(history.status).toBe(404);
    const stream = await t.request<Problem>('GET', `/api/v1/history/streams/misconduct-${caseId}`, { token: school() });
    expect(stream.status).toBe(404);
    const search = await read<{ items: Entry[] }>('/api/v1/history/events?organisationId=school&limit=1000', school());
    expect(search.items.filter((e) => e.stream.startsWith('misconduct-'))).toEqual([]);
    expect(JSON.stringify(search.items)).not.toContain('三次未经审批');
    const seen = await read<{ items: Entry[] }>(`/api/v1/history/misconduct-cases/${caseId}`, supervisor());
    expect(seen.items.map((e) => e.type)).toEqual(['MisconductReported']);
    expect((await read<Case[]>('/api/v1/misconduct-cases', committee())).map((c) => c.caseId)).toEqual([caseId]);
    expect((await read<Case[]>('/api/v1/misconduct-cases', member(reporter))).map((c) => c.caseId)).toEqual([caseId]);
    const toReported = await read<Case>(`/api/v1/misconduct-cases/${caseId}`, member(officer));
    expect([toReported.reporterId, toReported.conflicted]).toEqual([null, []]);
  });

  it('is investigated by the committee, not by the conflicted member; the reported person gives a statement', async () => {
    const base = `/api/v1/misconduct-cases/${caseId}`;
    await refused(
      `${base}/findings`,
      committee('league-conflicted'),
      { findings: '属实' },
      403,
      'MISCONDUCT.CONFLICTED',
    );
    await refused(
      `${base}/decision`,
      committee(),
      { outcome: 'removal', reasons: ['x'] },
      409,
      'MISCONDUCT.FINDINGS_MISSING',
    );
    await write(`${base}/findings`, committee(), { findings: '经核实，三次未经审批动用经费共 2,400 元' });
    await refused(
      `${base}/statement`,
      member(reporter),
      { statement: '...' },
      403,
      'MISCONDUCT.NOT_THE_REPORTED_PERSON',
    );
    await write(`${base}/statement`, member(officer), { statement: '经费均用于活动物资采购' });
  });

  it('removes the officer from post through the staff register, attributed to the committee', async () => {
    const decided = await write(`/api/v1/misconduct-cases/${caseId}/decision`, committee(), {
      outcome: 'removal',
      reasons: ['违反学生会经费管理规定'],
    });
    expect(decided.events).toEqual(['MisconductDecided']);
    const register = await read<{ staff: Array<{ studentId: string }> }>(staffRegister);
    expect(register.staff.map((m) => m.studentId)).not.toContain(officer);
    const staffHistory = await read<{ items: Entry[] }>('/api/v1/history/staff-registers/school', school());
    const removal = staffHistory.items.find((e) => e.type === 'StaffRemoved')!;
    expect(removal.reason).toContain(`案件 ${caseId}`);
    expect(JSON.stringify(staffHistory.items)).not.toContain('经费管理');
  });

  it('takes one appeal from the reported person, which the committee decides', async () => {
    const base = `/api/v1/misconduct-cases/${caseId}`;
    await refused(`${base}/appeal`, member(reporter), { grounds: 'x' }, 403, 'MISCONDUCT.NOT_THE_REPORTED_PERSON');
    await write(`${base}/appeal`, member(officer), { grounds: '票据可证明经费用于活动' });
    await refused(`${base}/appeal`, member(officer), { grounds: '再次申诉' }, 409, 'MISCONDUCT.APPEAL_NOT_ALLOWED');
    await write(`${base}/appeal-decision`, committee(), { upheld: true, reasons: ['票据不能证明事前经过审批'] });
    const closed = await read<Case>(base, supervisor());
    expect([closed.status, closed.outcome]).toEqual(['closed', 'removal']);
  });
});

describe('the record', () => {
  it('rebuilds the matters, volunteer projects and misconduct cases from the log to the same rows, and every chain holds', async () => {
    const names = ['approvals.matters', 'volunteers.projects', 'misconduct.cases'];
    const dump = async () =>
      Promise.all(
        ['approval_matters', 'volunteer_projects', 'volunteer_members', 'misconduct_cases'].map((table) =>
          t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM ${table} x ORDER BY 1`),
        ),
      );
    await t.runtime.projections.waitFor(lastPosition, names, 60_000);
    const live = await dump();
    await t.runtime.projections.rebuild(names);
    await t.runtime.projections.waitFor(lastPosition, names, 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
