import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { orderByStrokes } from '../../src/modules/elections/index.js';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import {
  type ElectionBodies,
  ballotsWithCounts,
  confirmCandidates,
  eligibleStudents,
  expectStatus,
  registerElectionBodies,
  sitWith,
  voteElectronically,
} from '../support/elections.js';
import { hasChromium, pdfText, sayBrowserSkipped } from '../support/browser.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/** The seed's case (domain.md "Presidium election"): 7 confirmed candidates for 4 seats before a congress of 140 delegates. */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 100, majors: ['机电一体化技术', '数控技术'] },
  { collegeId: 'business', name: '经济管理学院', students: 80, majors: ['大数据与会计'] },
  { collegeId: 'it', name: '信息工程学院', students: 70, majors: ['软件技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 50, majors: ['环境艺术设计'] },
];
const E = 'presidium-2026';

let t: TestApp;
let seated: SeatedCongress;
let bodies: ElectionBodies;
let candidates: Awaited<ReturnType<typeof eligibleStudents>>;
let scrutineer: string;
let teller: string;
const school = () => `/api/v1/organisations/${bodies.schoolId}/elections/${E}`;
const post = <T = { events: string[]; position: string }>(path: string, token: string, body: object = {}) =>
  t.request<T>('POST', path, { token, body });

beforeAll(async () => {
  // The roll's import is projected student by student: give read-your-writes time to catch up under a loaded run.
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000', DB_POOL_SIZE: '16' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 140 });
  bodies = await registerElectionBodies(t, seated);
}, 240_000);
afterAll(() => t.close());

describe('the presidium election of the seed: 7 candidates for 4 seats, 140 delegates', () => {
  it('takes candidates through the four steps, each by the body that owns it, and refuses the others', async () => {
    expect(seated.delegateIds).toHaveLength(140);
    candidates = await eligibleStudents(t, seated, 7);
    const [first] = candidates;
    const other = COLLEGES.find((c) => c.collegeId !== first!.collegeId)!.collegeId;
    expect(
      (
        await post(
          `/api/v1/organisations/${bodies.schoolId}/elections`,
          bodies.tokens.delegate(seated.delegateIds[0]!),
          { electionId: E, congressId: seated.congressId },
        )
      ).status,
    ).toBe(403);
    await expectStatus(
      post(`/api/v1/organisations/${bodies.schoolId}/elections`, bodies.tokens.schoolStaff, {
        electionId: E,
        congressId: seated.congressId,
      }),
      201,
    );
    const recommend = (org: string, token: string) =>
      post<{ code: string }>(`/api/v1/organisations/${org}/elections/${E}/candidates`, token, {
        studentId: first!.studentId,
        resume: '班长',
      });
    expect((await recommend(`${other}-league`, bodies.tokens.league(other))).body.code).toBe(
      'CANDIDACY.NOT_OWN_COLLEGE',
    );
    expect((await recommend(`${first!.collegeId}-league`, bodies.tokens.schoolStaff)).status).toBe(403);
    await expectStatus(recommend(`${first!.collegeId}-league`, bodies.tokens.league(first!.collegeId)), 201);
    const at = (org: string) => `/api/v1/organisations/${org}/elections/${E}/candidates/${first!.studentId}`;
    expect(
      (await post(`${at(`${other}-party`)}/party-consent`, bodies.tokens.party(other), { consent: true })).status,
    ).toBe(403);
    expect(
      (
        await post<{ code: string }>(`${at('student-affairs')}/interview`, bodies.tokens.studentAffairs, {
          approved: true,
        })
      ).body.code,
    ).toBe('CANDIDACY.STEP_OUT_OF_ORDER');
    expect((await post(`${at('party-committee')}/eligibility-check`, bodies.tokens.partyCommittee)).status).toBe(403);

    const confirmed = await confirmCandidates(t, bodies, `${E}-dry-run`, seated.congressId, candidates);
    expect(confirmed.events).toEqual(['CandidateListConfirmed']);
    await finishPipeline(first!, candidates.slice(1));
    expect(
      (
        await post(
          `/api/v1/organisations/${bodies.schoolId}/elections/${E}/candidate-list/confirmation`,
          bodies.tokens.schoolStaff,
        )
      ).status,
    ).toBe(403);
    const queue = await t.request<Array<{ kind: string; awaitingRole: string }>>(
      'GET',
      `/api/v1/approval-queue?electionId=${E}`,
      { token: bodies.tokens.partyCommittee, headers: { 'x-read-after': lastPosition } },
    );
    expect(queue.body).toEqual([
      expect.objectContaining({ kind: 'candidate-list-confirmation', awaitingRole: 'party-committee' }),
    ]);
    const list = await expectStatus(
      post<{ events: string[] }>(
        `/api/v1/organisations/party-committee/elections/${E}/candidate-list/confirmation`,
        bodies.tokens.partyCommittee,
      ),
      200,
    );
    expect(list.events).toEqual(['CandidateListConfirmed']);
  });

  it('explains a failed eligibility check and keeps the student off the list', async () => {
    const roster = await t.request<{
      items: Array<{ studentId: string; collegeId: string; politicalStatus: string; rankPercentile: number }>;
    }>('GET', '/api/v1/students?status=enrolled&limit=500', { token: bodies.tokens.schoolStaff });
    const weak = roster.body.items.find((s) => s.rankPercentile > 30)!;
    const election = `${E}-eligibility`;
    await expectStatus(
      post(`/api/v1/organisations/${bodies.schoolId}/elections`, bodies.tokens.schoolStaff, {
        electionId: election,
        congressId: seated.congressId,
      }),
      201,
    );
    await expectStatus(
      post(
        `/api/v1/organisations/${weak.collegeId}-league/elections/${election}/candidates`,
        bodies.tokens.league(weak.collegeId),
        { studentId: weak.studentId, resume: '社团骨干' },
      ),
      201,
    );
    await expectStatus(
      post(
        `/api/v1/organisations/${weak.collegeId}-party/elections/${election}/candidates/${weak.studentId}/party-consent`,
        bodies.tokens.party(weak.collegeId),
        { consent: true },
      ),
      200,
    );
    const checked = await expectStatus(
      post(
        `/api/v1/organisations/youth-league-committee/elections/${election}/candidates/${weak.studentId}/eligibility-check`,
        bodies.tokens.youthLeague,
      ),
      200,
    );
    const view = await t.request<
      Array<{
        stage: string;
        eligibility: { eligible: boolean; checks: Array<{ rule: string; passed: boolean; detail: string }> };
      }>
    >('GET', `/api/v1/elections/${election}/candidates`, {
      token: bodies.tokens.studentAffairs,
      headers: { 'x-read-after': checked.position },
    });
    expect(view.body[0]!.stage).toBe('Ineligible');
    expect(view.body[0]!.eligibility.checks.find((c) => c.rule === 'academic-rank')).toMatchObject({
      passed: false,
      detail: expect.stringContaining('top 30%'),
    });
  });

  it('sets up 7 for 4 from the confirmed list and appoints officers, never a candidate as scrutineer', async () => {
    const setUp = await expectStatus(post(`${school()}/set-up`, bodies.tokens.schoolStaff), 201);
    expect(setUp.events).toEqual(['ElectionSetUp']);
    const candidateIds = candidates.map((c) => c.studentId);
    [scrutineer, teller] = seated.delegateIds.filter((d) => !candidateIds.includes(d));
    const refused = await post<{ code: string }>(`${school()}/scrutineers`, bodies.tokens.schoolStaff, {
      personId: candidates[2]!.studentId,
      name: candidates[2]!.name,
    });
    expect(refused.body.code).toBe('ELECTION.SCRUTINEER_IS_CANDIDATE');
    expect(
      (await post(`${school()}/scrutineers`, bodies.tokens.partyCommittee, { personId: scrutineer, name: '周明' }))
        .status,
    ).toBe(403);
    await expectStatus(
      post(`${school()}/scrutineers`, bodies.tokens.schoolStaff, { personId: scrutineer, name: '周明' }),
      200,
    );
    await expectStatus(post(`${school()}/tellers`, bodies.tokens.schoolStaff, { personId: teller, name: '吴刚' }), 200);
  });

  it('opens a round only with two thirds of the delegates present, and freezes the roll to them', async () => {
    await sitWith(t, bodies, seated.congressId, 'plenary-1', seated.delegateIds.slice(0, 93));
    const early = await expectStatus(
      post(`${school()}/rounds`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' }),
      201,
    );
    expect(early.events).toEqual(['QuorumNotReached']);
    for (const delegateId of seated.delegateIds.slice(93)) {
      await expectStatus(
        t.request('POST', `/api/v1/organisations/${bodies.schoolId}/sittings/plenary-1/check-ins`, {
          token: bodies.tokens.schoolStaff,
          body: { delegateId },
        }),
        200,
      );
    }
    const opened = await expectStatus(
      post(`${school()}/rounds`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' }),
      201,
    );
    expect(opened.events).toEqual(['RoundOpened']);
  });

  it('holds a secret ballot, electronic and paper, whose count ties at the cut-off', async () => {
    const [a, b, c, d, e, f, g] = candidates.map((x) => x.studentId);
    const ballots = ballotsWithCounts(
      { [a!]: 120, [b!]: 110, [c!]: 100, [d!]: 80, [e!]: 80, [f!]: 30, [g!]: 20 },
      140,
      4,
    );
    const online = seated.delegateIds.slice(0, 130);
    const onPaper = seated.delegateIds.slice(130);
    await voteElectronically(t, bodies, E, 1, online, ballots.slice(0, 130));
    const round = `${school()}/rounds/1`;
    for (const delegateId of onPaper)
      await expectStatus(post(`${round}/paper-issues`, bodies.tokens.teller(teller), { delegateId }), 200);
    for (const delegateId of onPaper)
      await expectStatus(post(`${round}/paper-returns`, bodies.tokens.teller(teller), { delegateId }), 200);
    expect(
      (await post(`${round}/paper-issues`, bodies.tokens.teller(scrutineer), { delegateId: online[0] })).status,
    ).toBe(403);
    await expectStatus(
      post(`${round}/paper-ballots`, bodies.tokens.teller(teller), {
        scrutineerId: scrutineer,
        ballots: ballots.slice(130),
      }),
      200,
    );

    expect((await post(`${round}/closure`, bodies.tokens.delegate(online[0]!))).status).toBe(403);
    expect((await post(`${round}/closure`, bodies.tokens.teller(teller))).status).toBe(403);
    expect((await post<{ code: string }>(`${round}/closure`, bodies.tokens.scrutineer(teller))).body.code).toBe(
      'ELECTION.NOT_AN_APPOINTED_OFFICER',
    );
    const closed = await expectStatus(post(`${round}/closure`, bodies.tokens.scrutineer(scrutineer)), 200);
    expect(closed.events.filter((x) => x === 'BallotReturned')).toHaveLength(130);
    expect(closed.events.slice(130)).toEqual(['RoundClosed', 'BallotsCounted', 'CandidatesElected', 'TieAtCutOff']);
    lastPosition = closed.position;

    const view = await electionView();
    expect(view.rounds[0]).toMatchObject({
      issued: 140,
      returned: 140,
      received: 140,
      validBallots: 140,
      invalidBallots: 0,
      presentWithVote: 140,
    });
    const tie = view.rounds[0]!.outcome.find((o) => o.type === 'TieAtCutOff')!;
    expect(tie).toMatchObject({ cutOffVotes: 80, seatsAtStake: 1 });
    expect((tie.tied as Array<{ personId: string }>).map((p) => p.personId).sort()).toEqual([d, e].sort());
  });

  it('settles the tie by a run-off among the tied and completes with the elected in 姓氏笔画 order', async () => {
    const [a, b, c, d, e] = candidates.map((x) => x.studentId);
    const opened = await expectStatus(
      post(`${school()}/rounds`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' }),
      201,
    );
    expect(opened.events).toEqual(['RoundOpened']);
    const ballots = ballotsWithCounts({ [d!]: 75, [e!]: 60 }, 140, 1);
    await voteElectronically(t, bodies, E, 2, seated.delegateIds, ballots);
    const closed = await expectStatus(post(`${school()}/rounds/2/closure`, bodies.tokens.scrutineer(scrutineer)), 200);
    expect(closed.events.slice(-4)).toEqual([
      'RoundClosed',
      'BallotsCounted',
      'CandidatesElected',
      'ElectionCompleted',
    ]);
    lastPosition = closed.position;
    const view = await electionView();
    expect(view.status).toBe('completed');
    expect(view.rounds[1]).toMatchObject({ kind: 'runoff', seats: 1, issued: 140, returned: 140 });
    const elected = view.elected as Array<{ personId: string; name: string }>;
    expect(elected.map((p) => p.personId).sort()).toEqual([a, b, c, d].sort());
    expect(elected).toEqual(orderByStrokes(elected, (p) => p.name).ordered);
  });

  it('announces the result, has the party committee approve it and the federation file it, each by its own role', async () => {
    expect(
      (await post(`${school()}/announcement`, bodies.tokens.partyCommittee, { sittingId: 'plenary-1' })).status,
    ).toBe(403);
    const announced = await expectStatus(
      post(`${school()}/announcement`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' }),
      200,
    );
    expect(announced.events).toEqual(['ResultAnnounced']);
    const queue = await t.request<Array<{ kind: string; awaitingRole: string }>>(
      'GET',
      `/api/v1/approval-queue?awaiting=party-committee`,
      { token: bodies.tokens.partyCommittee, headers: { 'x-read-after': announced.position } },
    );
    expect(queue.body).toEqual([expect.objectContaining({ kind: 'result-approval', awaitingRole: 'party-committee' })]);

    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        await post(`/api/v1/organisations/federation/elections/${E}/result-approval`, bodies.tokens.federation, {
          approved: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post<{ code: string }>(
          `/api/v1/organisations/federation/elections/${E}/filing`,
          bodies.tokens.federation,
          { reference: '市学联备〔2026〕7号', filedOn: today },
        )
      ).body.code,
    ).toBe('RESULT.NOT_APPROVED');
    await expectStatus(
      post(`/api/v1/organisations/party-committee/elections/${E}/result-approval`, bodies.tokens.partyCommittee, {
        approved: true,
        reference: '校党委〔2026〕12号',
      }),
      200,
    );
    expect(
      (
        await post(`/api/v1/organisations/federation/elections/${E}/filing`, bodies.tokens.schoolStaff, {
          reference: 'x',
          filedOn: today,
        })
      ).status,
    ).toBe(403);
    const filed = await expectStatus(
      post(`/api/v1/organisations/federation/elections/${E}/filing`, bodies.tokens.federation, {
        reference: '市学联备〔2026〕7号',
        filedOn: today,
      }),
      200,
    );
    lastPosition = filed.position;
    const view = await electionView();
    expect(view.resultStatus).toBe('filed');
    expect((view.resultChain as Array<{ type: string }>).map((s) => s.type)).toEqual([
      'ResultAnnounced',
      'ResultApproved',
      'ResultFiled',
    ]);
    const after = await t.request<unknown[]>('GET', `/api/v1/approval-queue?electionId=${E}`, {
      token: bodies.tokens.federation,
      headers: { 'x-read-after': filed.position },
    });
    expect(after.body).toEqual([]);
  });

  it('seats the approved presidium in the school union’s staff register (Art. 14, issue 11)', async () => {
    const seated = await expectStatus(
      post(`/api/v1/organisations/${bodies.schoolId}/staff/presidium`, bodies.tokens.schoolStaff, { electionId: E }),
      200,
    );
    expect(seated.events).toEqual(['PresidiumSeated']);
    const view = await electionView();
    const register = await expectStatus(
      t.request<{
        counts: { presidium: number };
        staff: Array<{ studentId: string; post: string; electionId: string }>;
      }>('GET', `/api/v1/organisations/${bodies.schoolId}/staff`, {
        token: bodies.tokens.schoolStaff,
        headers: { 'x-read-after': seated.position },
      }),
      200,
    );
    expect(register.counts.presidium).toBe(4);
    expect(register.staff.map((m) => m.studentId).sort()).toEqual(
      (view.elected as Array<{ personId: string }>).map((p) => p.personId).sort(),
    );
  });

  it('lets the seated presidium’s rotation be set, and answers who chairs on a date (Art. 14, issue 11)', async () => {
    const elected = ((await electionView()).elected as Array<{ personId: string }>).map((p) => p.personId).sort();
    const terms = elected.map((chairId, i) => ({
      from: `2026-${String(9 + i).padStart(2, '0')}-01`,
      to: `2026-${String(9 + i).padStart(2, '0')}-${i % 2 === 0 ? 30 : 31}`, // September and November have thirty days
      chairId,
    }));
    const rotated = await expectStatus(
      t.request<{ events: string[]; position: string }>(
        'PUT',
        `/api/v1/organisations/${bodies.schoolId}/staff/chair-rotation`,
        { token: bodies.tokens.schoolStaff, body: { terms } },
      ),
      200,
    );
    expect(rotated.events).toEqual(['ChairRotationScheduled']);
    const chairOn = async (date: string) =>
      (
        await expectStatus(
          t.request<{ date: string; chairId: string | null }>(
            'GET',
            `/api/v1/organisations/${bodies.schoolId}/staff/chair?date=${date}`,
            { token: bodies.tokens.supervisor, headers: { 'x-read-after': rotated.position } },
          ),
          200,
        )
      ).chairId;
    expect(await chairOn('2026-09-15')).toBe(elected[0]);
    expect(await chairOn('2026-11-30')).toBe(elected[2]);
    expect(await chairOn('2027-01-05')).toBeNull();
    // only the presidium chairs: a delegate who was not elected is refused, naming the rule
    const outsider = await t.request<{ code: string }>(
      'PUT',
      `/api/v1/organisations/${bodies.schoolId}/staff/chair-rotation`,
      { token: bodies.tokens.schoolStaff, body: { terms: [{ ...terms[0]!, chairId: 'not-in-the-presidium' }] } },
    );
    expect(outsider.status).toBeGreaterThanOrEqual(400);
    expect(outsider.body.code).toBe('STAFF.ROTATION_INVALID');
    // a date the calendar does not have is refused before it is recorded (it stopped the register's read model)
    const impossible = await t.request<{ code: string }>(
      'PUT',
      `/api/v1/organisations/${bodies.schoolId}/staff/chair-rotation`,
      { token: bodies.tokens.schoolStaff, body: { terms: [{ ...terms[0]!, to: '2026-11-31' }] } },
    );
    expect(impossible.body.code).toBe('STAFF.ROTATION_INVALID');
  });

  it('shows supervisors who was issued and who returned a ballot, and lets them change nothing', async () => {
    const turnout = await t.request<
      Array<{ roundNumber: number; issued: number; returned: number; returnedBy: string[] }>
    >('GET', `/api/v1/elections/${E}/turnout`, {
      token: bodies.tokens.supervisor,
      headers: { 'x-read-after': lastPosition },
    });
    expect(turnout.status).toBe(200);
    expect(turnout.body.map((r) => [r.roundNumber, r.issued, r.returned])).toEqual([
      [1, 140, 140],
      [2, 140, 140],
    ]);
    expect(turnout.body[0]!.returnedBy).toEqual([...seated.delegateIds].sort());
    expect((await post(`${school()}/rounds/2/closure`, bodies.tokens.supervisor)).status).toBe(403);
  });

  it('produces the filing packet as JSON and printable HTML, with the audit chain’s head hashes', async () => {
    const packet = await expectStatus(
      t.request<{
        candidates: unknown[];
        confirmedList: unknown[];
        rounds: Array<{ kind: string; received: number }>;
        scrutineers: Array<{ personId: string }>;
        resultChain: Array<{ type: string; reference?: string }>;
        audit: { ok: boolean; heads: Record<string, { hash: string }> };
      }>('GET', `/api/v1/elections/${E}/filing-packet`, { token: bodies.tokens.federation }),
      200,
    );
    expect(packet.candidates).toHaveLength(7);
    expect(packet.confirmedList).toHaveLength(7);
    expect(packet.rounds.map((r) => [r.kind, r.received])).toEqual([
      ['first', 140],
      ['runoff', 140],
    ]);
    expect(packet.scrutineers.map((s) => s.personId)).toEqual([scrutineer]);
    expect(packet.resultChain.at(-1)).toMatchObject({ type: 'ResultFiled', reference: '市学联备〔2026〕7号' });
    const report = await verifyChains(t.runtime.store);
    expect(packet.audit.ok).toBe(true);
    expect(Object.keys(packet.audit.heads)).toEqual([`candidates-${E}`, `election-${E}`, `result-${E}`]);
    for (const [stream, head] of Object.entries(packet.audit.heads)) expect(head.hash).toBe(report.heads[stream]!.hash);

    const html = await t.request<string>('GET', `/api/v1/elections/${E}/filing-packet.html`, {
      token: bodies.tokens.partyCommittee,
    });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('主席团选举结果报备');
    for (const c of candidates.slice(0, 4)) expect(html.body).toContain(c.name!);
    expect(html.body).toContain(packet.audit.heads[`result-${E}`]!.hash);
    expect(
      (
        await t.request('GET', `/api/v1/elections/${E}/filing-packet`, {
          token: bodies.tokens.delegate(seated.delegateIds[0]!),
        })
      ).status,
    ).toBe(403);
  });

  it('prints the filing packet to PDF in headless Chromium: the text, the names and the audit heads in the footer', async () => {
    const pdf = await fetch(`${t.baseUrl}/api/v1/elections/${E}/filing-packet.pdf`, {
      headers: { authorization: `Bearer ${bodies.tokens.federation}` },
    });
    if (!hasChromium) {
      sayBrowserSkipped('Filing packet PDF test');
      expect(pdf.status).toBe(503);
      expect(((await pdf.json()) as { code: string }).code).toBe('PRINT.PDF_UNAVAILABLE');
      return;
    }
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes, 'filing-packet');
    expect(text).toContain('主席团选举结果报备');
    expect(text).toContain('总监票人（签字）');
    for (const c of candidates.slice(0, 4)) expect(text).toContain(c.name!);
    const packet = (
      await t.request<{ audit: { heads: Record<string, { hash: string }> } }>(
        'GET',
        `/api/v1/elections/${E}/filing-packet`,
        { token: bodies.tokens.federation },
      )
    ).body;
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(packet.audit.heads[`result-${E}`]!.hash);
    expect(flat).toMatch(/ledgerhead:(block\d+[0-9a-f]{64}|尚未封存区块)/);
  });

  it('rebuilds the election read models from the log to the same rows', async () => {
    const tables = [
      'election_candidates',
      'election_results',
      'election_rounds',
      'election_turnout',
      'election_approval_queue',
    ];
    const dump = async () =>
      Promise.all(
        tables.map((table) =>
          t.runtime.dataSource.query(`SELECT row_to_json(x)::text AS row FROM ${table} x ORDER BY 1`),
        ),
      );
    await t.runtime.projections.waitFor(lastPosition, ELECTION_READ_MODELS, 60_000);
    const incremental = await dump();
    await t.runtime.projections.rebuild(ELECTION_READ_MODELS);
    await t.runtime.projections.waitFor(lastPosition, ELECTION_READ_MODELS, 60_000);
    expect(await dump()).toEqual(incremental);
  });

  it('leaves every hash chain intact', async () => {
    const report = await verifyChains(t.runtime.store);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

let lastPosition = '';

/** One projection per read model, each in the room that owns it. */
const ELECTION_READ_MODELS = [
  'nominations.candidates',
  'voting.turnout',
  'results.election-record',
  'results.approval-queue',
];

async function electionView() {
  return expectStatus(
    t.request<{
      status: string;
      elected: unknown;
      resultStatus: string;
      resultChain: unknown;
      rounds: Array<{
        kind: string;
        issued: number;
        returned: number;
        outcome: Array<Record<string, unknown> & { type: string }>;
      }>;
    }>('GET', `/api/v1/elections/${E}`, {
      token: bodies.tokens.schoolStaff,
      headers: { 'x-read-after': lastPosition },
    }),
    200,
  );
}

/** The first candidate was recommended by hand above; finish their steps and take the others through all four. */
async function finishPipeline(
  first: { studentId: string; collegeId: string },
  rest: ReadonlyArray<{ studentId: string; collegeId: string; name: string | null }>,
) {
  const at = (org: string, id: string) => `/api/v1/organisations/${org}/elections/${E}/candidates/${id}`;
  const steps = async (c: { studentId: string; collegeId: string }) => {
    await expectStatus(
      post(`${at(`${c.collegeId}-party`, c.studentId)}/party-consent`, bodies.tokens.party(c.collegeId), {
        consent: true,
      }),
      200,
    );
    await expectStatus(
      post(`${at('student-affairs', c.studentId)}/eligibility-check`, bodies.tokens.studentAffairs),
      200,
    );
    await expectStatus(
      post(`${at('student-affairs', c.studentId)}/interview`, bodies.tokens.studentAffairs, { approved: true }),
      200,
    );
    const last = await expectStatus(
      post(`${at('youth-league-committee', c.studentId)}/interview`, bodies.tokens.youthLeague, { approved: true }),
      200,
    );
    lastPosition = last.position;
  };
  await steps(first);
  for (const c of rest) {
    await expectStatus(
      post(`/api/v1/organisations/${c.collegeId}-league/elections/${E}/candidates`, bodies.tokens.league(c.collegeId), {
        studentId: c.studentId,
        resume: `${c.name}：学生会干事`,
      }),
      201,
    );
    await steps(c);
  }
}
