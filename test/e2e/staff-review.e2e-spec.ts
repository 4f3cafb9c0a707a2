import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { beijingDate, daysBetween } from '../../src/shared/domain/beijing-date.js';
import { eligibleStudents, expectStatus } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, movableClock, startTestApp } from '../support/test-app.js';
import { expectRebuildEqualsLive } from '../support/rebuild-equals-live.js';

/**
 * Issue 11 items 3-7 through the API: the school union's department heads reviewed for a semester in its last month
 * by a panel mostly of seated delegates, with a recusal; every result published together; the failing head's
 * re-review by a new panel, upheld, and the removal made in the staff register; award nominations by result.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 260, majors: ['机电一体化技术', '数控技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 240, majors: ['环境艺术设计'] },
];
const SEMESTER = '2026-autumn';
const NOW_ON_REVIEW_DAY = '2027-01-10';

let t: TestApp;
let seated: SeatedCongress;
let lastPosition = '';
const clock = movableClock();
let heads: string[] = [];
let delegates: string[] = [];
const union = () => `/api/v1/organisations/${seated.schoolId}`;
const period = () => `${union()}/staff-reviews/${SEMESTER}`;
const reviewHistory = () => `/api/v1/history/staff-reviews/${seated.schoolId}.${SEMESTER}`;
const staff = () => seated.tokens.schoolStaff;
const delegate = (id: string) => t.token(id, { role: 'delegate', org: seated.schoolId });
const office = (id: string, role: 'student-affairs' | 'youth-league-committee') =>
  t.token(id, { role, org: seated.schoolId });
const tokenOf = (id: string) =>
  id.startsWith('sa-')
    ? office(id, 'student-affairs')
    : id.startsWith('yl-')
      ? office(id, 'youth-league-committee')
      : delegate(id);

type Written = { events: string[]; position: string | null };
type Problem = { status: number; code: string; errors?: Array<{ field: string }>; details?: Record<string, unknown> };
async function write(path: string, token: string, body: object | undefined, status = 201) {
  const r = await expectStatus(t.request<Written>('POST', path, { token, body }), status);
  if (r.position) lastPosition = r.position;
  return r;
}
async function refused(path: string, token: string, body: object | undefined, status: number, code: string) {
  const r = await t.request<Problem>('POST', path, { token, body });
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect([r.status, r.body.code]).toEqual([status, code]);
  return r.body;
}
const read = <T>(path: string, token = staff()) =>
  expectStatus(t.request<T>('GET', path, { token, headers: { 'x-read-after': lastPosition } }), 200);

const member = (id: string) => ({
  panellistId: id,
  body: id.startsWith('sa-') ? 'student-affairs' : id.startsWith('yl-') ? 'youth-league-committee' : 'delegate',
});
const sheetOf = (fraction: number) => ({
  daily: {
    'political-guidance': 10 * fraction,
    'political-conviction': 10 * fraction,
    'core-values': 10 * fraction,
    service: 10 * fraction,
    study: 10 * fraction,
    activities: 5 * fraction,
    'student-needs': 20 * fraction,
    mobilisation: 10 * fraction,
    'law-and-rules': 10 * fraction,
    'self-discipline': 5 * fraction,
  },
  concentrated: { 'written-summary': 50 * fraction, 'oral-report': 50 * fraction },
});

type Reviewee = {
  revieweeId: string;
  progress: { scored: number; recused: number };
  result: { final: string; passed: boolean; sheets: number } | null;
  appeal: { status: string; outcome: string | null; revised: { final: string } | null } | null;
  flagged: boolean;
  decision: { decision: string } | null;
};

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' }, undefined, { clock });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  delegates = seated.delegateIds.slice(0, 8);
  expect(delegates).toHaveLength(8);
  const students = await eligibleStudents(t, seated, 4, seated.delegateIds);
  heads = students.slice(0, 3).map((s) => s.studentId);
  await write(`${union()}/staff/departments`, staff(), { departmentId: 'study', name: '学习部' });
  await write(`${union()}/staff/departments`, staff(), { departmentId: 'rights', name: '权益部' });
  await write(`${union()}/staff/departments`, staff(), { departmentId: 'sports', name: '体育部' });
  for (const [i, id] of heads.entries())
    await write(`${union()}/staff/appointments`, staff(), {
      studentId: id,
      departmentId: ['study', 'rights', 'sports'][i],
      role: 'head',
    });
  // a member is not a reviewee (评议办法第三条)
  await write(`${union()}/staff/appointments`, staff(), {
    studentId: students[3]!.studentId,
    departmentId: 'study',
    role: 'member',
  });
}, 240_000);
afterAll(() => t.close());

const PANEL = () => [...delegates.slice(0, 4), 'sa-1', 'yl-1'];
const APPEAL_PANEL = () => [...delegates.slice(4, 8), 'sa-2', 'yl-2'];

describe('a semester’s staff review (issue 11 items 3-7)', () => {
  it('opens only in the semester’s last month, with the department heads in office as reviewees', async () => {
    await refused(`${union()}/staff-reviews`, staff(), { semester: SEMESTER }, 422, 'REVIEW.OUTSIDE_REVIEW_MONTH');
    clock.advanceDays(daysBetween(beijingDate(clock.now().toISOString()), NOW_ON_REVIEW_DAY));
    await write(`${union()}/staff-reviews`, staff(), { semester: SEMESTER });
    await refused(`${union()}/staff-reviews`, staff(), { semester: SEMESTER }, 409, 'REVIEW.ALREADY_OPENED');
    const review = await read<{ status: string; rubricVersion: string; reviewees: Reviewee[] }>(period());
    expect(review).toMatchObject({ status: 'open', rubricVersion: '2019-rules' });
    expect(review.reviewees.map((r) => r.revieweeId)).toEqual([...heads].sort());
  });

  it('forms a panel mostly of seated delegates, refusing one that is not', async () => {
    const path = `${period()}/panellists`;
    const body = (ids: string[]) => ({ congressId: seated.congressId, members: ids.map(member) });
    const broken = await refused(
      path,
      staff(),
      body([...delegates.slice(0, 2), 'sa-1', 'sa-3', 'yl-1']),
      422,
      'REVIEW.PANEL_COMPOSITION',
    );
    expect(broken.details).toMatchObject({ rule: 'delegate-majority' });
    await refused(path, staff(), body(['not-a-delegate', ...PANEL().slice(1)]), 422, 'REVIEW.PANELLIST_NOT_ELIGIBLE');
    await refused(path, delegate(delegates[0]!), body(PANEL()), 403, 'AUTH.ROLE_REQUIRED');
    await write(path, staff(), body(PANEL()));
  });

  it('takes each panellist’s sheets, once, within the maxima, with a recusal, and hides scores until publication', async () => {
    const [d1] = PANEL();
    const [h1, h2, h3] = heads;
    await write(`${period()}/conflicts`, delegate(d1!), { revieweeId: h1, conflict: '与被评议人为同班同学且同宿舍' });
    const score = (by: string, revieweeId: string, fraction: number) =>
      write(`${period()}/scores`, tokenOf(by), { revieweeId, sheet: sheetOf(fraction) });
    await refused(`${period()}/scores`, delegate(d1!), { revieweeId: h1, sheet: sheetOf(0.9) }, 403, 'REVIEW.RECUSED');
    const over = sheetOf(0.9);
    over.daily['student-needs'] = 21;
    const above = await refused(
      `${period()}/scores`,
      delegate(d1!),
      { revieweeId: h2, sheet: over },
      422,
      'REVIEW.SCORE_ABOVE_MAXIMUM',
    );
    expect(above.errors).toEqual([expect.objectContaining({ field: 'sheet.daily.student-needs' })]);
    await refused(
      `${period()}/scores`,
      delegate(delegates[6]!),
      { revieweeId: h2, sheet: sheetOf(0.9) },
      403,
      'REVIEW.NOT_ON_THE_PANEL',
    );
    for (const by of PANEL()) {
      if (by !== d1) await score(by, h1!, 0.9);
      await score(by, h2!, 0.5);
    }
    await refused(
      `${period()}/scores`,
      tokenOf('sa-1'),
      { revieweeId: h2, sheet: sheetOf(0.5) },
      409,
      'REVIEW.ALREADY_SCORED',
    );
    await refused(`${period()}/publication`, staff(), undefined, 409, 'REVIEW.SCORES_OUTSTANDING');
    const during = await read<{ reviewees: Reviewee[] }>(period());
    expect(during.reviewees.find((r) => r.revieweeId === h1)).toMatchObject({
      progress: { scored: 5, recused: 1 },
      result: null,
    });
    const sheets = await t.request<Problem>('GET', `${period()}/sheets`, {
      token: staff(),
      headers: { 'x-read-after': lastPosition },
    });
    expect([sheets.status, sheets.body.code]).toEqual([409, 'REVIEW.NOT_PUBLISHED']);
    // nor does history show a sheet before publication, to the union's staff or to oversight
    for (const token of [staff(), t.token('audit-office', { role: 'supervisor', org: '*' })]) {
      const history = await read<{ items: Array<{ type: string; data: Record<string, unknown> }> }>(
        reviewHistory(),
        token,
      );
      const submitted = history.items.filter((e) => e.type === 'ReviewScoreSubmitted');
      expect(submitted.length).toBeGreaterThan(0);
      for (const e of submitted) expect(e.data).toMatchObject({ sheet: null, sheetWithheld: true });
    }
    // scores vary per panellist for h3: 0.8 from delegates, 0.7 from the offices
    for (const by of PANEL()) await score(by, h3!, by.startsWith('sa-') || by.startsWith('yl-') ? 0.7 : 0.8);
  });

  it('publishes every result together, flags the failing post, and lists nominations by result', async () => {
    await write(`${period()}/publication`, staff(), undefined, 200);
    const [h1, h2, h3] = heads;
    const review = await read<{ status: string; appealBy: string; reviewees: Reviewee[] }>(period());
    expect(review).toMatchObject({ status: 'published', appealBy: '2027-01-17' });
    const byId = Object.fromEntries(review.reviewees.map((r) => [r.revieweeId, r]));
    expect(byId[h1!]).toMatchObject({ result: { final: '90.00', passed: true, sheets: 5 }, flagged: false });
    expect(byId[h2!]).toMatchObject({ result: { final: '50.00', passed: false, sheets: 6 }, flagged: true });
    // (4 x 80 + 2 x 70) / 6 = 76.666..., stated 76.67 (half-up, two decimals)
    expect(byId[h3!]).toMatchObject({ result: { final: '76.67', passed: true } });
    const nominations = await read<Array<{ rank: number; revieweeId: string; final: string }>>(
      `${period()}/award-nominations`,
    );
    expect(nominations.map((n) => [n.rank, n.revieweeId, n.final])).toEqual([
      [1, h1, '90.00'],
      [2, h3, '76.67'],
    ]);
    const sheets = await read<Array<{ status: string }>>(`${period()}/sheets`);
    expect(sheets.filter((s) => s.status === 'scored')).toHaveLength(17);
    const history = await read<{ items: Array<{ type: string; data: Record<string, unknown> }> }>(reviewHistory());
    const submitted = history.items.filter((e) => e.type === 'ReviewScoreSubmitted');
    expect(submitted).toHaveLength(17);
    for (const e of submitted) expect(e.data.sheet).toEqual(expect.objectContaining({ daily: expect.any(Object) }));
    expect(sheets.filter((s) => s.status === 'recused')).toHaveLength(1);
  });

  it('hears the failing head’s re-review by a new panel, records it beside the original, then removes the post', async () => {
    const h2 = heads[1]!;
    const reviewee = t.token(h2, { role: 'union-staff', org: seated.schoolId });
    await refused(
      `${period()}/post-decisions`,
      staff(),
      { revieweeId: h2, decision: 'remove', reason: '评议不合格' },
      409,
      'REVIEW.APPEAL_STILL_POSSIBLE',
    );
    await write(`${period()}/appeals`, reviewee, { reasons: '集中考评时述职材料未被完整查阅' });
    await refused(`${period()}/appeals`, reviewee, { reasons: '再次申请' }, 409, 'REVIEW.APPEAL_ALREADY_FILED');
    const panel = `${period()}/panellists`;
    await refused(
      panel,
      staff(),
      {
        congressId: seated.congressId,
        revieweeId: h2,
        members: [delegates[0]!, ...APPEAL_PANEL().slice(1)].map(member),
      },
      422,
      'REVIEW.APPEAL_PANEL_NOT_INDEPENDENT',
    );
    await write(panel, staff(), { congressId: seated.congressId, revieweeId: h2, members: APPEAL_PANEL().map(member) });
    await refused(`${period()}/appeals/${h2}/decision`, staff(), undefined, 409, 'REVIEW.SCORES_OUTSTANDING');
    for (const by of APPEAL_PANEL())
      await write(`${period()}/scores`, tokenOf(by), { revieweeId: h2, sheet: sheetOf(0.5) });
    await write(`${period()}/appeals/${h2}/decision`, staff(), undefined, 200);
    const after = await read<{ reviewees: Reviewee[] }>(period());
    expect(after.reviewees.find((r) => r.revieweeId === h2)).toMatchObject({
      result: { final: '50.00' },
      appeal: { status: 'decided', outcome: 'upheld', revised: { final: '50.00' } },
      flagged: true,
    });

    await write(`${period()}/post-decisions`, staff(), {
      revieweeId: h2,
      decision: 'remove',
      reason: '复核维持不合格结果，经研究决定免职',
    });
    const register = await read<{ staff: Array<{ studentId: string }> }>(`${union()}/staff`);
    expect(register.staff.map((m) => m.studentId)).not.toContain(h2);
    const decided = await read<{ reviewees: Reviewee[] }>(period());
    expect(decided.reviewees.find((r) => r.revieweeId === h2)).toMatchObject({
      flagged: false,
      decision: { decision: 'remove' },
    });
    await refused(
      `${period()}/post-decisions`,
      staff(),
      { revieweeId: h2, decision: 'remove', reason: '重复' },
      409,
      'REVIEW.NO_DECISION_DUE',
    );
  });

  it('reports the results’ distribution: passed and failed, score bands, the appeal and the removal (issue 14)', async () => {
    const [latest] = await read<
      Array<{
        reviewees: number;
        passed: number;
        failed: number;
        bands: Array<{ reviewees: number }>;
        appeals: number;
        removed: number;
      }>
    >(`/api/v1/reports/organisations/${seated.schoolId}/staff-reviews`);
    expect(latest!.reviewees).toBeGreaterThan(0);
    expect(latest!.passed + latest!.failed).toBe(latest!.reviewees);
    expect(latest!.bands.reduce((sum, b) => sum + b.reviewees, 0)).toBe(latest!.reviewees);
    expect(latest!).toMatchObject({ appeals: 1, removed: 1 });
    expect(latest!.failed).toBeGreaterThanOrEqual(1);
    await expectRebuildEqualsLive(t, lastPosition, ['reports.review-results'], ['report_review_result']);
  });

  it('lets oversight read and nobody else write; rebuilds to the same rows; every chain holds', async () => {
    const supervisor = t.token('inspector', { role: 'supervisor', org: '*' });
    await read(period(), supervisor);
    await refused(`${period()}/publication`, supervisor, undefined, 403, 'AUTH.ROLE_REQUIRED');
    const tables = [
      'staff_reviews',
      'staff_review_reviewees',
      'staff_review_panellists',
      'staff_review_sheets',
      'staff_review_shortfalls',
    ];
    const dump = () =>
      Promise.all(
        tables.map((table) =>
          t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM ${table} x ORDER BY 1`),
        ),
      );
    await t.runtime.projections.waitFor(lastPosition, ['staff-review.reviews'], 60_000);
    const live = await dump();
    // the review: 5 sheets and a recusal for h1, 6 each for h2 and h3; the re-review: 6
    expect(live[3]).toHaveLength(24);
    await t.runtime.projections.rebuild(['staff-review.reviews']);
    await t.runtime.projections.waitFor(lastPosition, ['staff-review.reviews'], 60_000);
    expect(await dump()).toEqual(live);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
