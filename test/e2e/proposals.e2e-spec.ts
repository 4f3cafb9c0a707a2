import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { hasChromium, pdfText, sayBrowserSkipped } from '../support/browser.js';
import { expectStatus } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, movableClock, startTestApp } from '../support/test-app.js';

/**
 * Issue 10: a congress's proposals through the API alone: filed jointly and alone, screened (one merged), answered
 * late and rated unsatisfied, reopened and answered again; the handling report and a rebuild equal to the live rows.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 60, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 50, majors: ['环境艺术设计'] },
];

let t: TestApp;
let seated: SeatedCongress;
const clock = movableClock();
let D: string[] = [];
let lastPosition = '';

const book = () => `/api/v1/organisations/${seated.schoolId}/congresses/${seated.congressId}`;
const unitPath = (unitId: string, proposalId: string) =>
  `/api/v1/handling-units/${unitId}/congresses/${seated.congressId}/proposals/${proposalId}`;
const delegate = (id: string) => t.token(id, { role: 'delegate', org: seated.schoolId });
const unitToken = (unitId: string) => t.token(`${unitId}-officer`, { role: 'handling-unit', org: unitId });
const staff = () => seated.tokens.schoolStaff;

type Written = { events: string[]; position: string | null };
async function write(method: string, path: string, token: string, body: object | undefined, status = 200) {
  const written = await expectStatus(t.request<Written>(method, path, { token, body }), status);
  if (written.position) lastPosition = written.position;
  return written;
}
async function read<T>(path: string, token = staff()): Promise<T> {
  return expectStatus(t.request<T>('GET', path, { token, headers: { 'x-read-after': lastPosition } }), 200);
}
type Problem = { status: number; code: string; errors?: Array<{ field: string; rule: string }> };
const problem = async (method: string, path: string, token: string, body?: object) => {
  const r = await t.request<Problem>(method, path, { token, body });
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  return r;
};

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' }, undefined, { clock });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  D = seated.delegateIds;
  for (const [organisationId, name] of [
    ['logistics', '后勤保障处'],
    ['academic-affairs', '教务处'],
  ] as const)
    await expectStatus(
      t.request('POST', '/api/v1/organisations', {
        token: seated.tokens.admin,
        body: { organisationId, kind: 'school-office', name },
      }),
      201,
    );
}, 240_000);
afterAll(() => t.close());

describe('proposals of a congress, from filing to the handling report (issue 10)', () => {
  it('opens the window for the convening union only, and appoints the committee', async () => {
    expect((await problem('POST', `${book()}/proposal-window`, delegate(D[0]!))).status).toBe(403);
    await write('POST', `${book()}/proposal-window`, staff(), undefined, 201);
    const again = await problem('POST', `${book()}/proposal-window`, staff());
    expect(again.body.code).toBe('PROPOSAL.WINDOW_ALREADY_OPENED');
    await write('PUT', `${book()}/proposal-committee`, staff(), { memberIds: [D[8]!] });
  });

  it('files a proposal alone at once as 第1号, and a joint one when every co-signer confirmed', async () => {
    await write(
      'POST',
      `${book()}/proposals`,
      delegate(D[0]!),
      {
        proposalId: 'lighting',
        title: '关于改善图书馆照明的提案',
        body: '三楼自习区照明不足。',
        category: '后勤服务',
        suggestedUnitId: 'logistics',
      },
      201,
    );
    await write(
      'POST',
      `${book()}/proposals`,
      delegate(D[1]!),
      {
        proposalId: 'canteen',
        title: '关于延长食堂营业时间的提案',
        body: '晚自习后无处就餐。',
        category: '后勤服务',
        coSignerIds: [D[2]!, D[3]!],
      },
      201,
    );
    const waiting = await read<{ stage: string; number: number | null }>(
      `/api/v1/congresses/${seated.congressId}/proposals/canteen`,
    );
    expect(waiting).toMatchObject({ stage: 'AwaitingCoSigners', number: null });
    const outsider = await problem('POST', `${book()}/proposals/canteen/co-signature`, delegate(D[4]!), {
      confirm: true,
    });
    expect(outsider.body.code).toBe('PROPOSAL.NOT_A_CO_SIGNER');
    await write('POST', `${book()}/proposals/canteen/co-signature`, delegate(D[2]!), { confirm: true });
    const last = await write('POST', `${book()}/proposals/canteen/co-signature`, delegate(D[3]!), { confirm: true });
    expect(last.events).toEqual(['CoSignatureConfirmed', 'ProposalFiled']);
    const register = await read<Array<{ proposalId: string; number: number; stage: string }>>(
      `/api/v1/congresses/${seated.congressId}/proposals`,
    );
    expect(register.map((p) => [p.proposalId, p.number, p.stage])).toEqual([
      ['lighting', 1, 'Filed'],
      ['canteen', 2, 'Filed'],
    ]);
  });

  it('refuses, as problem+json naming the field and the rule, what the procedure does not allow', async () => {
    const few = await problem('POST', `${book()}/proposals`, delegate(D[4]!), {
      title: '联名提案',
      body: '内容',
      category: '其他',
      coSignerIds: [D[5]!],
    });
    // a rule of the procedure: 422 with the rule's code and the field; a malformed body: 400 (below)
    expect(few.status).toBe(422);
    expect(few.body).toMatchObject({
      code: 'PROPOSAL.TOO_FEW_CO_SIGNERS',
      errors: [{ field: 'coSignerIds', rule: 'PROPOSAL.TOO_FEW_CO_SIGNERS' }],
    });
    const stranger = await problem('POST', `${book()}/proposals`, delegate('not-a-delegate'), {
      title: '提案',
      body: '内容',
      category: '其他',
    });
    expect(stranger.body.code).toBe('PROPOSAL.NOT_A_DELEGATE');
    const unit = await problem('POST', `${book()}/proposals`, delegate(D[4]!), {
      title: '提案',
      body: '内容',
      category: '其他',
      suggestedUnitId: 'arts',
    });
    expect(unit.body).toMatchObject({
      code: 'PROPOSAL.NOT_A_HANDLING_UNIT',
      errors: [{ field: 'suggestedUnitId', rule: 'PROPOSAL.NOT_A_HANDLING_UNIT' }],
    });
    const none = await problem('GET', '/api/v1/congresses/no-such-congress/proposals', staff());
    expect(none.body).toMatchObject({ status: 404, code: 'PROPOSAL.BOOK_NOT_FOUND' });
    const empty = await problem('POST', `${book()}/proposals`, delegate(D[4]!), {
      title: '',
      body: '内容',
      category: '其他',
    });
    expect(empty.status).toBe(400);
  });

  it('screens by the committee: accepts, and merges a duplicate into the proposal it repeats', async () => {
    await write(
      'POST',
      `${book()}/proposals`,
      delegate(D[5]!),
      { proposalId: 'lamps', title: '关于更换自习室灯具的提案', body: '灯光昏暗。', category: '后勤服务' },
      201,
    );
    const notMember = await problem('POST', `${book()}/proposals/lighting/screening`, delegate(D[0]!), {
      outcome: 'accepted',
      reason: '符合立案条件',
    });
    expect(notMember.body.code).toBe('PROPOSAL.NOT_ON_COMMITTEE');
    const screen = (id: string, body: object) =>
      write('POST', `${book()}/proposals/${id}/screening`, delegate(D[8]!), body);
    await screen('lighting', { outcome: 'accepted', reason: '符合立案条件' });
    await screen('canteen', { outcome: 'accepted', reason: '符合立案条件' });
    await screen('lamps', { outcome: 'merged', mergeInto: 'lighting', reason: '与第1号提案内容相同' });
    const lighting = await read<{ mergedFrom: string[] }>(`/api/v1/congresses/${seated.congressId}/proposals/lighting`);
    const lamps = await read<{ stage: string; mergedInto: string }>(
      `/api/v1/congresses/${seated.congressId}/proposals/lamps`,
    );
    expect(lighting.mergedFrom).toEqual(['lamps']);
    expect(lamps).toMatchObject({ stage: 'Merged', mergedInto: 'lighting' });
  });

  it('assigns to school offices, shows an answer past its due date as overdue, and records it as late', async () => {
    await write('POST', `${book()}/proposals/lighting/assignment`, staff(), { unitIds: ['logistics'] });
    await write('POST', `${book()}/proposals/canteen/assignment`, staff(), {
      unitIds: ['logistics', 'academic-affairs'],
    });
    const notOffice = await problem('POST', `${book()}/proposals/lighting/assignment`, staff(), { unitIds: ['arts'] });
    expect(notOffice.body).toMatchObject({
      code: 'PROPOSAL.NOT_A_HANDLING_UNIT',
      errors: [{ field: 'unitIds[0]', rule: 'PROPOSAL.NOT_A_HANDLING_UNIT' }],
    });
    clock.advanceDays(31);
    const overdue = await read<Array<{ proposalId: string }>>(
      `/api/v1/congresses/${seated.congressId}/proposals?overdue=true`,
    );
    expect(overdue.map((p) => p.proposalId)).toEqual(['lighting', 'canteen']);
    const otherUnit = await problem(
      'PUT',
      `${unitPath('logistics', 'lighting')}/draft-answer`,
      unitToken('academic-affairs'),
      {
        category: 'being-solved',
        text: '已安排维修',
      },
    );
    expect(otherUnit.status).toBe(403);
    await write('PUT', `${unitPath('logistics', 'lighting')}/draft-answer`, unitToken('logistics'), {
      category: 'being-solved',
      text: '已安排维修',
      measures: '更换照明灯具',
      completionDate: '2027-01-15',
    });
    await write('POST', `${unitPath('logistics', 'lighting')}/publication`, unitToken('logistics'), undefined);
    const assignments = await read<Array<{ proposalId: string; late: boolean; daysToAnswer: number; status: string }>>(
      '/api/v1/handling-units/logistics/assignments',
      unitToken('logistics'),
    );
    expect(assignments.find((a) => a.proposalId === 'lighting')).toMatchObject({
      status: 'Answered',
      late: true,
      daysToAnswer: 31,
    });
  });

  it('reopens the handling once when the filer is not satisfied, and takes the second answer', async () => {
    const rating = `${book()}/proposals/lighting/units/logistics/rating`;
    const stranger = await problem('POST', rating, delegate(D[6]!), { rating: 'satisfied' });
    expect(stranger.body.code).toBe('PROPOSAL.NOT_A_PROPOSER');
    const noComment = await problem('POST', rating, delegate(D[0]!), { rating: 'not-satisfied' });
    expect(noComment.body).toMatchObject({
      code: 'PROPOSAL.RATING_COMMENT_REQUIRED',
      errors: [{ field: 'comment', rule: 'PROPOSAL.RATING_COMMENT_REQUIRED' }],
    });
    const unhappy = await write('POST', rating, delegate(D[0]!), {
      rating: 'not-satisfied',
      comment: '没有完成时间表',
    });
    expect(unhappy.events).toEqual(['AnswerRated', 'HandlingReopened']);
    await write('PUT', `${unitPath('logistics', 'lighting')}/draft-answer`, unitToken('logistics'), {
      category: 'planned',
      text: '寒假期间完成全部更换',
      completionDate: '2027-02-20',
    });
    await write('POST', `${unitPath('logistics', 'lighting')}/publication`, unitToken('logistics'), undefined);
    await write('POST', rating, delegate(D[0]!), { rating: 'basically-satisfied', comment: '' });
    await write(
      'POST',
      `${book()}/proposals/lighting/units/logistics/questions`,
      delegate(D[7]!),
      { questionId: 'q-1', question: '施工期间自习室是否开放？' },
      201,
    );
    await write('POST', `${unitPath('logistics', 'lighting')}/questions/q-1/answer`, unitToken('logistics'), {
      answer: '分区施工，其余区域照常开放。',
    });
    const lighting = await read<{
      assignments: Array<{ reopened: boolean; answers: unknown[]; questions: Array<{ answer: string }> }>;
    }>(`/api/v1/congresses/${seated.congressId}/proposals/lighting`);
    expect(lighting.assignments[0]).toMatchObject({
      reopened: true,
      questions: [{ answer: '分区施工，其余区域照常开放。' }],
    });
    expect(lighting.assignments[0]!.answers).toHaveLength(2);
  });

  it('reports how the proposals were handled, and a delegate’s record', async () => {
    const report = await read<{
      totals: Record<string, unknown>;
      byUnit: Array<{ unitId: string; unitName: string; assignments: number; answered: number; overdue: number }>;
    }>(`/api/v1/congresses/${seated.congressId}/proposal-report`);
    // per unit, adding up to the totals (issue 14: proposals by status and unit)
    expect(report.byUnit.length).toBeGreaterThanOrEqual(2);
    expect(
      ['assignments', 'answered', 'overdue'].map((k) =>
        report.byUnit.reduce((n, u) => n + (u[k as 'assignments'] ?? 0), 0),
      ),
    ).toEqual([3, 1, 2]);
    expect(report.byUnit.map((u) => u.unitId)).toEqual([...report.byUnit.map((u) => u.unitId)].sort());
    expect(report.byUnit.map((u) => u.unitName)).toContain('后勤保障处');
    expect(report.totals).toMatchObject({
      submitted: 3,
      filed: 3,
      byStage: { Accepted: 2, Merged: 1 },
      assignments: 3,
      answered: 1,
      answeredLate: 1,
      overdue: 2,
      ratings: { satisfied: 0, 'basically-satisfied': 1, 'not-satisfied': 0 },
      followUps: 1,
    });
    const html = await t.request<string>('GET', `/api/v1/congresses/${seated.congressId}/proposal-report.html`, {
      token: staff(),
      headers: { 'x-read-after': lastPosition },
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('提案办理情况报告');
    expect(html.body).toContain('后勤保障处：列入计划');
    expect(html.body).toContain('各承办单位办理情况');
    // issue 14 item 3: the same report as CSV and XLSX, Chinese headers, units by name
    const csv = await t.request<string>('GET', `/api/v1/congresses/${seated.congressId}/proposal-report/export.csv`, {
      token: staff(),
      headers: { 'x-read-after': lastPosition },
    });
    expect(csv.status).toBe(200);
    expect(csv.body).toMatch(/^\uFEFF?提案办理总体情况/);
    expect(csv.body).toContain('承办单位,交办,已答复,逾期答复,逾期未答复,平均答复用时（天）');
    expect(csv.body).toContain('后勤保障处');
    const xlsx = await fetch(`${t.baseUrl}/api/v1/congresses/${seated.congressId}/proposal-report/export.xlsx`, {
      headers: { authorization: `Bearer ${staff()}`, 'x-read-after': lastPosition },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['提案办理总体情况', '各承办单位办理情况', '逐件办理情况']);
    expect(workbook.getWorksheet('逐件办理情况')!.rowCount).toBe(4);
    expect(html.body).toContain('因不满意重新办理');
    expect(html.body).not.toContain('logistics：');
    const pdf = await fetch(`${t.baseUrl}/api/v1/congresses/${seated.congressId}/proposal-report.pdf`, {
      headers: { authorization: `Bearer ${staff()}`, 'x-read-after': lastPosition },
    });
    if (hasChromium) {
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await pdf.arrayBuffer()), 'proposal-report');
      expect(text).toContain('提案办理情况报告');
      expect(text).toContain('后勤保障处：列入计划');
      expect(text.replace(/\s+/g, '')).toMatch(/ledgerhead:(block\d+[0-9a-f]{64}|尚未封存区块)/);
    } else {
      sayBrowserSkipped('Handling report PDF check');
      expect(pdf.status).toBe(503);
    }
    const record = await read<{ filed: unknown[]; coSigned: Array<{ proposalId: string }> }>(
      `/api/v1/congresses/${seated.congressId}/delegates/${D[2]!}/proposals`,
    );
    expect(record.coSigned.map((p) => p.proposalId)).toEqual(['canteen']);
  });

  it('rebuilds the proposal register from the log to the same rows, and every chain holds', async () => {
    const tables = ['proposal_windows', 'proposals', 'proposal_assignments'];
    const dump = () =>
      Promise.all(
        tables.map((table) =>
          t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM ${table} x ORDER BY 1`),
        ),
      );
    await t.runtime.projections.waitFor(lastPosition, ['proposals.register'], 60_000);
    const live = await dump();
    await t.runtime.projections.rebuild(['proposals.register']);
    await t.runtime.projections.waitFor(lastPosition, ['proposals.register'], 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
