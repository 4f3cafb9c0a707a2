import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ElectionBodies,
  ballotsWithCounts,
  expectStatus,
  registerElectionBodies,
  sitWith,
  voteElectronically,
} from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 10 (8), Art. 8 (4): the congress elects its delegates to the higher federation's congress on the same
 * engine as the presidium, with the seats the federation allotted and a candidate procedure of its own (no Art. 18
 * review: they are delegates, not staff), and the result goes through the same announcement, approval and filing.
 */
const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 60, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 50, majors: ['环境艺术设计'] },
];
const E = 'federation-delegates-2026';

let t: TestApp;
let seated: SeatedCongress;
let bodies: ElectionBodies;
type Student = { studentId: string; collegeId: string; name: string | null; politicalStatus: string };
let candidates: Student[];
let lastPosition = '';
const school = () => `/api/v1/organisations/${bodies.schoolId}/elections/${E}`;
async function post<T = { position: string; events: string[] }>(
  path: string,
  token: string,
  body: object = {},
  status = 200,
) {
  const r = await expectStatus(t.request<T>('POST', path, { token, body }), status);
  const position = (r as { position?: string }).position;
  if (position) lastPosition = position;
  return r;
}

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  bodies = await registerElectionBodies(t, seated);
  const roster = await expectStatus(
    t.request<{ items: Student[] }>('GET', '/api/v1/students?status=enrolled&limit=200', {
      token: bodies.tokens.schoolStaff,
    }),
    200,
  );
  // Students Art. 18 would not admit as staff (no CYL or CPC membership): a delegate to the federation needs none.
  candidates = roster.items
    .filter((s) => s.name && s.politicalStatus === 'none' && !seated.delegateIds.includes(s.studentId))
    .slice(0, 3);
  expect(candidates).toHaveLength(3);
}, 240_000);
afterAll(() => t.close());

describe('delegates to the federation’s congress, on the election engine (issue 10 item 8)', () => {
  it('opens with the seats the federation allotted, and refuses an opening without them', async () => {
    const without = await t.request<{ code: string }>('POST', `/api/v1/organisations/${bodies.schoolId}/elections`, {
      token: bodies.tokens.schoolStaff,
      body: { electionId: E, congressId: seated.congressId, office: 'federation-delegates' },
    });
    expect(without.body.code).toBe('CANDIDACY.SEATS_REQUIRED');
    await post(
      `/api/v1/organisations/${bodies.schoolId}/elections`,
      bodies.tokens.schoolStaff,
      { electionId: E, congressId: seated.congressId, office: 'federation-delegates', seats: 2 },
      201,
    );
  });

  it('clears a candidate at the party consent, without the staff review, and the party committee confirms the list', async () => {
    for (const c of candidates) {
      await post(
        `/api/v1/organisations/${c.collegeId}-league/elections/${E}/candidates`,
        bodies.tokens.league(c.collegeId),
        { studentId: c.studentId, resume: `${c.name}：志愿服务两年` },
        201,
      );
      const consent = await post(
        `/api/v1/organisations/${c.collegeId}-party/elections/${E}/candidates/${c.studentId}/party-consent`,
        bodies.tokens.party(c.collegeId),
        { consent: true },
      );
      expect(consent.events).toEqual(['PartyConsentGiven', 'CandidateCleared']);
    }
    const confirmed = await post(
      `/api/v1/organisations/party-committee/elections/${E}/candidate-list/confirmation`,
      bodies.tokens.partyCommittee,
    );
    expect(confirmed.events).toEqual(['CandidateListConfirmed']);
  });

  it('elects two of three by secret ballot and files the result with the federation', async () => {
    await post(`${school()}/set-up`, bodies.tokens.schoolStaff, {}, 201);
    const [scrutineer, teller] = seated.delegateIds.slice(8, 10);
    await post(`${school()}/scrutineers`, bodies.tokens.schoolStaff, { personId: scrutineer!, name: '周明' });
    await post(`${school()}/tellers`, bodies.tokens.schoolStaff, { personId: teller!, name: '吴刚' });
    const present = seated.delegateIds.slice(0, 9);
    await sitWith(t, bodies, seated.congressId, 'plenary-1', present);
    await post(`${school()}/rounds`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' }, 201);
    const [a, b, c] = candidates.map((x) => x.studentId);
    await voteElectronically(t, bodies, E, 1, present, ballotsWithCounts({ [a!]: 9, [b!]: 7, [c!]: 2 }, 9, 2));
    const closed = await post(`${school()}/rounds/1/closure`, bodies.tokens.scrutineer(scrutineer!));
    expect(closed.events).toEqual(expect.arrayContaining(['CandidatesElected', 'ElectionCompleted']));
    await post(`${school()}/announcement`, bodies.tokens.schoolStaff, { sittingId: 'plenary-1' });
    await post(`/api/v1/organisations/party-committee/elections/${E}/result-approval`, bodies.tokens.partyCommittee, {
      approved: true,
      reference: '校党委〔2026〕15号',
    });
    await post(`/api/v1/organisations/federation/elections/${E}/filing`, bodies.tokens.federation, {
      reference: '市学联备〔2026〕9号',
      filedOn: new Date().toISOString().slice(0, 10),
    });
    const election = await expectStatus(
      t.request<{ seats: number; elected: Array<{ personId: string }>; resultStatus: string }>(
        'GET',
        `/api/v1/elections/${E}`,
        {
          token: bodies.tokens.schoolStaff,
          headers: { 'x-read-after': lastPosition },
        },
      ),
      200,
    );
    expect(election.seats).toBe(2);
    expect(election.elected.map((p) => p.personId).sort()).toEqual([a, b].sort());
    expect(election.resultStatus).toBe('filed');
    const packet = await t.request<string>('GET', `/api/v1/elections/${E}/filing-packet.html`, {
      token: bodies.tokens.federation,
    });
    expect(packet.body).toContain('出席上级学联代表大会代表选举结果报备');
  });
});
