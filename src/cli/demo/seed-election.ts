import type { ApiClient } from './api-client.js';

type Position = { position: string | null };
type Token = (sub: string, role: string, org: string) => string;

/** A student of the roll, with what Art. 18 asks of a presidium candidate. */
export type RollStudent = Readonly<{
  studentId: string;
  collegeId: string;
  name?: string;
  politicalStatus?: string;
  rankPercentile?: number | null;
  failedCourses?: number;
}>;

export const DEMO_ELECTION = 'congress-1-presidium';
const CANDIDATES = 6;

/** Art. 18 under the default policy: a CPC or CYL member in the top 30% of the major with no failed course. */
const meetsArticle18 = (s: RollStudent) =>
  s.politicalStatus !== 'none' && (s.rankPercentile ?? 100) <= 30 && s.failedCourses === 0 && Boolean(s.name);

/**
 * Art. 14, Art. 18: the presidium election of the first congress, as far as its filing packet: six candidates (a
 * competitive election for four seats), one from each college where the roll allows, each recommended by the
 * college league organisation, consented to by the college party organisation, checked and interviewed by student
 * affairs, interviewed by the Youth League committee; the list confirmed by the party committee; the election set
 * up with a scrutineer and a teller from the delegates. The dashboard's election page then prints the packet.
 */
export async function seedElection(
  client: ApiClient,
  token: Token,
  staff: string,
  students: readonly RollStudent[],
  delegateIds: readonly string[],
): Promise<Position> {
  const delegates = new Set(delegateIds);
  const eligible = students.filter((s) => meetsArticle18(s) && !delegates.has(s.studentId));
  const candidates = spreadOverColleges(eligible, CANDIDATES);
  if (candidates.length < CANDIDATES)
    throw new Error(`The roll has ${candidates.length} students who meet Art. 18; the election needs ${CANDIDATES}`);
  const studentAffairs = token('demo-student-affairs', 'student-affairs', 'student-affairs');
  const youthLeague = token('demo-youth-league', 'youth-league-committee', 'youth-league');
  const partyCommittee = token('demo-party-committee', 'party-committee', 'party-committee');
  const election = `/api/v1/organisations/school/elections/${DEMO_ELECTION}`;

  await client.ok('POST', '/api/v1/organisations/school/elections', staff, {
    electionId: DEMO_ELECTION,
    congressId: 'congress-1',
  });
  for (const c of candidates) {
    const step = (org: string, path: string) =>
      `/api/v1/organisations/${org}/elections/${DEMO_ELECTION}/candidates/${c.studentId}/${path}`;
    await client.ok(
      'POST',
      `/api/v1/organisations/${c.collegeId}-league/elections/${DEMO_ELECTION}/candidates`,
      token(`${c.collegeId}-league-secretary`, 'college-league-org', `${c.collegeId}-league`),
      { studentId: c.studentId, resume: `${c.name}：班长，学生会干事两年，获校级优秀学生干部` },
    );
    await client.ok(
      'POST',
      step(`${c.collegeId}-party`, 'party-consent'),
      token(`${c.collegeId}-party-secretary`, 'college-party-org', `${c.collegeId}-party`),
      { consent: true },
    );
    await client.ok('POST', step('student-affairs', 'eligibility-check'), studentAffairs, {});
    await client.ok('POST', step('student-affairs', 'interview'), studentAffairs, {
      approved: true,
      notes: '思想端正，表达清楚',
    });
    await client.ok('POST', step('youth-league', 'interview'), youthLeague, { approved: true });
  }
  await client.ok(
    'POST',
    `/api/v1/organisations/party-committee/elections/${DEMO_ELECTION}/candidate-list/confirmation`,
    partyCommittee,
    {},
  );
  await client.ok('POST', `${election}/set-up`, staff);
  const [scrutineer, teller] = delegateIds.slice(-2).map((id) => ({
    personId: id,
    name: students.find((s) => s.studentId === id)?.name ?? id,
  }));
  await client.ok('POST', `${election}/scrutineers`, staff, scrutineer);
  return client.ok<Position>('POST', `${election}/tellers`, staff, teller);
}

/** `count` students, taking the colleges in turn, so the candidates come from across the school. */
function spreadOverColleges(students: readonly RollStudent[], count: number): RollStudent[] {
  const byCollege = new Map<string, RollStudent[]>();
  for (const s of students) {
    const college = byCollege.get(s.collegeId) ?? [];
    college.push(s);
    byCollege.set(s.collegeId, college);
  }
  const queues = [...byCollege.values()];
  const chosen: RollStudent[] = [];
  for (let round = 0; chosen.length < count && queues.some((q) => q.length > round); round++)
    for (const queue of queues) if (queue[round] && chosen.length < count) chosen.push(queue[round]!);
  return chosen;
}
