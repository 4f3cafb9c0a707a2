import { expect } from '@jest/globals';
import { type DemoCollege, type DemoStudent, generateRoll, rollToCsv } from '../../src/cli/demo/roll-generator.js';
import type { HttpClient } from './test-app.js';

export type SeatedCongress = Readonly<{
  schoolId: string;
  congressId: string;
  colleges: readonly DemoCollege[];
  /** student ids of the qualified delegates */
  delegateIds: string[];
  /** where the last set-up command landed: send it as X-Read-After to read what the set-up built */
  position: string;
  /** every enrolled student id with its college, for recommending and writing in */
  students: Array<{ studentId: string; collegeId: string; officer: boolean; name: string | null }>;
  tokens: Readonly<{
    admin: string;
    schoolStaff: string;
    college: (id: string) => string;
    branch: (id: string) => string;
  }>;
}>;

type Position = { position: string | null };

/**
 * Builds, through the HTTP API alone, a school union with colleges, their league organisations and a class
 * league branch each, imports a generated roll, convenes a congress and takes `seatsPerCollege` (default: the
 * allocation) delegates per college through recommendation, election and credentials.
 */
export async function seatCongress(
  t: HttpClient,
  options: {
    colleges: DemoCollege[];
    targetSeats: number;
    congressId?: string;
    schoolId?: string;
    mainClubs?: string[];
  },
): Promise<SeatedCongress> {
  const schoolId = options.schoolId ?? 'school';
  const congressId = options.congressId ?? 'congress-1';
  const admin = t.token('root', { role: 'admin', org: '*' });
  const schoolStaff = t.token('school-staff', { role: 'union-staff', org: schoolId });
  const college = (id: string) => t.token(`${id}-staff`, { role: 'college-union-staff', org: id });
  const branch = (id: string) => t.token(`${id}-secretary`, { role: 'class-league-branch', org: id });
  const ok = async <T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const r = await t.request<T>(method, path, { token, body, headers });
    if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  await ok('POST', '/api/v1/organisations', admin, {
    organisationId: schoolId,
    kind: 'school-union',
    name: '校学生会',
  });
  for (const c of options.colleges) {
    await ok('POST', '/api/v1/organisations', admin, {
      organisationId: c.collegeId,
      kind: 'college-union',
      name: `${c.name}学生会`,
      parentId: schoolId,
    });
    await ok('POST', '/api/v1/organisations', admin, {
      organisationId: `${c.collegeId}-league`,
      kind: 'college-league-org',
      name: `${c.name}团总支`,
      parentId: c.collegeId,
    });
    await ok('POST', '/api/v1/organisations', admin, {
      organisationId: `${c.collegeId}-branch`,
      kind: 'class-league-branch',
      name: `${c.name}团支部`,
      parentId: `${c.collegeId}-league`,
    });
  }
  const roll = generateRoll(options.colleges);
  const imported = await ok<Position>('POST', '/api/v1/students/imports', schoolStaff, rollToCsv(roll), {
    'content-type': 'text/csv',
  });
  const students = await allStudents(t, schoolStaff, imported.position);
  expect(students).toHaveLength(roll.length);

  const convened = await ok<Position>('POST', `/api/v1/organisations/${schoolId}/congresses`, schoolStaff, {
    congressId,
    number: 1,
    year: 2026,
    targetSeats: options.targetSeats,
    mainClubs: options.mainClubs ?? [],
  });
  const congress = await ok<{ allocation: Array<{ collegeId: string; seats: number }> }>(
    'GET',
    `/api/v1/congresses/${congressId}`,
    schoolStaff,
    undefined,
    { 'x-read-after': convened.position! },
  );

  const delegateIds: string[] = [];
  let position = convened.position!;
  for (const { collegeId, seats } of congress.allocation) {
    // Non-officers first, so the congress keeps the charter's 60% non-officer share.
    const candidates = students
      .filter((s) => s.collegeId === collegeId)
      .sort((a, b) => Number(a.officer) - Number(b.officer))
      .slice(0, seats);
    for (const s of candidates) {
      await ok(
        'POST',
        `/api/v1/organisations/${collegeId}-branch/congresses/${congressId}/recommendations`,
        branch(`${collegeId}-branch`),
        { studentId: s.studentId },
      );
      await ok(
        'POST',
        `/api/v1/organisations/${collegeId}/congresses/${congressId}/delegates/${s.studentId}/election`,
        college(collegeId),
        {
          elected: true,
          method: 'vote',
          votesFor: 20,
          votesAgainst: 3,
          abstentions: 1,
        },
      );
      const qualified = await ok<Position>(
        'POST',
        `/api/v1/organisations/${schoolId}/congresses/${congressId}/delegates/${s.studentId}/credentials`,
        schoolStaff,
        { qualified: true },
      );
      position = qualified.position ?? position;
      delegateIds.push(s.studentId);
    }
  }
  return {
    schoolId,
    congressId,
    colleges: options.colleges,
    delegateIds,
    position,
    students,
    tokens: { admin, schoolStaff, college, branch },
  };
}

async function allStudents(t: HttpClient, token: string, position: string | null): Promise<SeatedCongress['students']> {
  const found: SeatedCongress['students'] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await t.request<{
      items: Array<{ studentId: string; collegeId: string; officer: boolean; name: string | null }>;
      total: number;
    }>('GET', `/api/v1/students?status=enrolled&limit=200&offset=${offset}`, {
      token,
      headers: position ? { 'x-read-after': position } : {},
    });
    found.push(
      ...page.body.items.map(({ studentId, collegeId, officer, name }) => ({ studentId, collegeId, officer, name })),
    );
    if (found.length >= page.body.total || page.body.items.length === 0) return found;
  }
}

export type { DemoStudent };
