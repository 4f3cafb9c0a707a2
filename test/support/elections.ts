import { expect } from '@jest/globals';
import type { SeatedCongress } from './seated-congress.js';
import type { HttpClient, HttpResponse } from './test-app.js';

/** The bodies of the presidium election and a token for each, on top of a seated congress. */
export type ElectionBodies = Readonly<{
  schoolId: string;
  tokens: Readonly<{
    schoolStaff: string;
    studentAffairs: string;
    youthLeague: string;
    partyCommittee: string;
    federation: string;
    supervisor: string;
    league: (collegeId: string) => string;
    party: (collegeId: string) => string;
    delegate: (studentId: string) => string;
    scrutineer: (personId: string) => string;
    teller: (personId: string) => string;
  }>;
}>;

export type Mark = 'for' | 'against' | 'abstain';
export type Ballot = { marks: Record<string, Mark>; writeIns?: Array<{ name: string; personId?: string }> };
type Student = {
  studentId: string;
  name: string | null;
  collegeId: string;
  politicalStatus: string | null;
  rankPercentile: number | null;
  failedCourses: number | null;
};

/** Fails the test with the answer when the status is not the expected one. */
export async function expectStatus<T>(response: Promise<HttpResponse<T>>, status: number): Promise<T> {
  const r = await response;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Registers the oversight bodies and each college's party organisation (seatCongress registers the league organisations). */
export async function registerElectionBodies(t: HttpClient, seated: SeatedCongress): Promise<ElectionBodies> {
  const admin = seated.tokens.admin;
  const register = (body: object) =>
    expectStatus(t.request('POST', '/api/v1/organisations', { token: admin, body }), 201);
  for (const [organisationId, kind, name] of [
    ['party-committee', 'party-committee', '校党委'],
    ['student-affairs', 'student-affairs', '党委学生工作部'],
    ['youth-league-committee', 'youth-league-committee', '校团委'],
    ['federation', 'federation', '市学联'],
  ] as const)
    await register({ organisationId, kind, name });
  for (const c of seated.colleges)
    await register({
      organisationId: `${c.collegeId}-party`,
      kind: 'college-party-org',
      name: `${c.name}党总支`,
      parentId: c.collegeId,
    });
  const as = (sub: string, role: string, org: string) => t.token(sub, { role: role as never, org });
  const schoolId = seated.schoolId;
  return {
    schoolId,
    tokens: {
      schoolStaff: seated.tokens.schoolStaff,
      studentAffairs: as('xgb-1', 'student-affairs', 'student-affairs'),
      youthLeague: as('tw-1', 'youth-league-committee', 'youth-league-committee'),
      partyCommittee: as('dw-1', 'party-committee', 'party-committee'),
      federation: as('xl-1', 'federation', 'federation'),
      supervisor: as('audit-office', 'supervisor', '*'),
      league: (collegeId) => as(`${collegeId}-league-secretary`, 'college-league-org', `${collegeId}-league`),
      party: (collegeId) => as(`${collegeId}-party-secretary`, 'college-party-org', `${collegeId}-party`),
      delegate: (studentId) => as(studentId, 'delegate', schoolId),
      scrutineer: (personId) => as(personId, 'scrutineer', schoolId),
      teller: (personId) => as(personId, 'teller', schoolId),
    },
  };
}

/** Enrolled students who meet Art. 18 under the default policy (CPC/CYL, top 30%, no failed course), from the roster. */
export async function eligibleStudents(
  t: HttpClient,
  seated: SeatedCongress,
  count: number,
  exclude: readonly string[] = [],
): Promise<Student[]> {
  const found: Student[] = [];
  for (let offset = 0; found.length < count; offset += 200) {
    const page = await expectStatus(
      t.request<{ items: Student[] }>('GET', `/api/v1/students?status=enrolled&limit=200&offset=${offset}`, {
        token: seated.tokens.schoolStaff,
      }),
      200,
    );
    if (page.items.length === 0) break;
    found.push(
      ...page.items.filter(
        (s) =>
          s.politicalStatus !== 'none' &&
          (s.rankPercentile ?? 100) <= 30 &&
          s.failedCourses === 0 &&
          s.name &&
          !exclude.includes(s.studentId),
      ),
    );
  }
  expect(found.length).toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** Opens nominations and takes each student through steps 1-4, each by its own body; returns the POST answer of step 4. */
export async function confirmCandidates(
  t: HttpClient,
  bodies: ElectionBodies,
  electionId: string,
  congressId: string,
  candidates: readonly Student[],
) {
  const { tokens, schoolId } = bodies;
  const post = (path: string, token: string, body: object = {}) =>
    expectStatus(
      t.request('POST', path, { token, body }),
      path.endsWith('/candidates') || path.endsWith('/elections') ? 201 : 200,
    );
  await post(`/api/v1/organisations/${schoolId}/elections`, tokens.schoolStaff, { electionId, congressId });
  for (const c of candidates) {
    const at = (org: string) => `/api/v1/organisations/${org}/elections/${electionId}/candidates/${c.studentId}`;
    await post(
      `/api/v1/organisations/${c.collegeId}-league/elections/${electionId}/candidates`,
      tokens.league(c.collegeId),
      { studentId: c.studentId, resume: `${c.name}：班长，学生会干事两年` },
    );
    await post(`${at(`${c.collegeId}-party`)}/party-consent`, tokens.party(c.collegeId), { consent: true });
    await post(`${at('student-affairs')}/eligibility-check`, tokens.studentAffairs);
    await post(`${at('student-affairs')}/interview`, tokens.studentAffairs, { approved: true, notes: '表达清楚' });
    await post(`${at('youth-league-committee')}/interview`, tokens.youthLeague, { approved: true });
  }
  return expectStatus(
    t.request<{ position: string; events: string[] }>(
      'POST',
      `/api/v1/organisations/party-committee/elections/${electionId}/candidate-list/confirmation`,
      { token: tokens.partyCommittee, body: {} },
    ),
    200,
  );
}

/** Opens a sitting of the congress, checks the delegates in, and opens business (Art. 8 quorum). */
export async function sitWith(
  t: HttpClient,
  bodies: ElectionBodies,
  congressId: string,
  sittingId: string,
  present: readonly string[],
): Promise<void> {
  const base = `/api/v1/organisations/${bodies.schoolId}`;
  const token = bodies.tokens.schoolStaff;
  await expectStatus(
    t.request('POST', `${base}/congresses/${congressId}/sittings`, { token, body: { sittingId, title: '全体会议' } }),
    201,
  );
  for (const delegateId of present)
    await expectStatus(
      t.request('POST', `${base}/sittings/${sittingId}/check-ins`, { token, body: { delegateId } }),
      200,
    );
  await expectStatus(t.request('POST', `${base}/sittings/${sittingId}/business`, { token }), 200);
}

/**
 * `count` ballots giving each candidate the listed number of "for" marks, each ballot at most `seats` of them
 * (valid); the rest of each ballot marked "against" or left unmarked. Filled most-needed first, fewest-marked first.
 */
export function ballotsWithCounts(forVotes: Readonly<Record<string, number>>, count: number, seats: number): Ballot[] {
  const ballots: Ballot[] = Array.from({ length: count }, () => ({ marks: {} }));
  const fors = (b: Ballot) => Object.values(b.marks).filter((m) => m === 'for').length;
  for (const [candidate, votes] of Object.entries(forVotes).sort((a, b) => b[1] - a[1])) {
    const open = ballots
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => fors(b) < seats)
      .sort((x, y) => fors(x.b) - fors(y.b) || x.i - y.i);
    if (open.length < votes)
      throw new Error(`cannot give ${candidate} ${votes} votes on ${count} ballots of ${seats} seats`);
    for (const { b } of open.slice(0, votes)) b.marks[candidate] = 'for';
  }
  return ballots;
}

export type CastReport = Readonly<{ credentials: string[] }>;

/** Each delegate collects a credential and casts the ballot at the same index, in the order given. */
export async function voteElectronically(
  t: HttpClient,
  bodies: ElectionBodies,
  electionId: string,
  roundNumber: number,
  delegates: readonly string[],
  ballots: readonly Ballot[],
): Promise<CastReport> {
  const credentials: string[] = [];
  for (const [i, delegateId] of delegates.entries()) {
    const issued = await expectStatus(
      t.request<{ credential: string; castPath: string }>(
        'POST',
        `/api/v1/organisations/${bodies.schoolId}/elections/${electionId}/rounds/${roundNumber}/credential`,
        { token: bodies.tokens.delegate(delegateId) },
      ),
      201,
    );
    credentials.push(issued.credential);
    await expectStatus(
      t.request('POST', issued.castPath, { body: { credential: issued.credential, ...ballots[i]! } }),
      202,
    );
  }
  return { credentials };
}
