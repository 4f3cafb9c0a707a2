import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { generateRoll, rollToCsv } from '../../src/cli/demo/roll-generator.js';
import { eventually } from '../support/eventually.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Art. 9: a seat allocation rests on every college and every student registered before it, never on a read model
 * that lags. The organisation directory and the student roster are held back here, as on a busy machine: a side
 * transaction locks their tables against writes (reads still pass), so their projections stall while colleges
 * register and a roll is imported; the congress is convened at once.
 */
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['数字媒体艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 90, majors: ['软件技术'] },
  { collegeId: 'health', name: '健康学院', students: 40, majors: ['护理'] },
];

let t: TestApp;
let admin: string;
let schoolStaff: string;

beforeAll(async () => {
  t = await startTestApp({ READ_WAIT_TIMEOUT_MS: '60000' });
  admin = t.token('root', { role: 'admin', org: '*' });
  schoolStaff = t.token('school-staff', { role: 'union-staff', org: 'school' });
  expect(
    (
      await t.request('POST', '/api/v1/organisations', {
        token: admin,
        body: { organisationId: 'school', kind: 'school-union', name: '校学生会' },
      })
    ).status,
  ).toBe(201);
}, 60_000);

afterAll(() => t?.close());

/** Projection writes waiting on the side transaction's lock: the stall is real before the congress is convened. */
async function blockedWriters(side: pg.Client): Promise<number> {
  const { rows } = await side.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
      WHERE NOT l.granted AND c.relname IN ('organisation_directory', 'student_roster')`,
  );
  return Number(rows[0]!.n);
}

describe('a decision on facts from read models that lag', () => {
  it('convenes over every college with its full count once the read models reach the head of the log', async () => {
    const side = new pg.Client({ connectionString: t.database.url });
    await side.connect();
    try {
      await side.query('BEGIN');
      await side.query('LOCK TABLE organisation_directory, student_roster IN EXCLUSIVE MODE');

      for (const c of COLLEGES) {
        const r = await t.request('POST', '/api/v1/organisations', {
          token: admin,
          body: { organisationId: c.collegeId, kind: 'college-union', name: `${c.name}学生会`, parentId: 'school' },
        });
        expect(r.status).toBe(201);
      }
      const imported = await t.request('POST', '/api/v1/students/imports', {
        token: schoolStaff,
        body: rollToCsv(generateRoll(COLLEGES)),
        headers: { 'content-type': 'text/csv' },
      });
      expect(imported.status).toBeLessThan(300);

      let answered = false;
      const convening = t
        .request<{ position: string }>('POST', '/api/v1/organisations/school/congresses', {
          token: schoolStaff,
          body: { congressId: 'congress-1', number: 1, year: 2026, targetSeats: 18 },
        })
        .finally(() => (answered = true));
      // Both projections are stuck on the lock with the colleges and the students not yet in their tables.
      await eventually(async () => (await blockedWriters(side)) >= 2, 30_000, 'both projections blocked by the lock');
      const { rows } = await side.query<{ n: string }>(
        `SELECT count(*) AS n FROM organisation_directory WHERE kind = 'college-union'`,
      );
      expect(Number(rows[0]!.n)).toBe(0);
      expect(answered).toBe(false);
      await side.query('ROLLBACK');

      const convened = await convening;
      expect(convened.status).toBe(201);
      const congress = await t.request<{
        totalStudents: number;
        enrolmentReadAt: string | null;
        allocation: Array<{ collegeId: string; students: number; seats: number }>;
      }>('GET', '/api/v1/congresses/congress-1', {
        token: schoolStaff,
        headers: { 'x-read-after': convened.body.position },
      });
      expect(congress.body.totalStudents).toBe(190);
      expect(congress.body.allocation.map((c) => [c.collegeId, c.students])).toEqual([
        ['arts', 60],
        ['health', 40],
        ['it', 90],
      ]);
      expect(congress.body.enrolmentReadAt).toEqual(expect.stringMatching(/^pg:/));
    } finally {
      await side.query('ROLLBACK').catch(() => undefined);
      await side.end();
    }
  }, 120_000);

  it('answers 503 PROJECTION.NOT_CAUGHT_UP and decides nothing when the read models stay behind past the bound', async () => {
    const quick = await startTestApp({ READ_WAIT_TIMEOUT_MS: '300' });
    const side = new pg.Client({ connectionString: quick.database.url });
    await side.connect();
    try {
      const root = quick.token('root', { role: 'admin', org: '*' });
      const staff = quick.token('school-staff', { role: 'union-staff', org: 'school' });
      await quick.request('POST', '/api/v1/organisations', {
        token: root,
        body: { organisationId: 'school', kind: 'school-union', name: '校学生会' },
      });
      await side.query('BEGIN');
      await side.query('LOCK TABLE organisation_directory IN EXCLUSIVE MODE');
      await quick.request('POST', '/api/v1/organisations', {
        token: root,
        body: { organisationId: 'arts', kind: 'college-union', name: '艺术学院学生会', parentId: 'school' },
      });
      const headBefore = await quick.runtime.store.headPosition();
      const r = await quick.request<{ code: string }>('POST', '/api/v1/organisations/school/congresses', {
        token: staff,
        body: { congressId: 'congress-1', number: 1, year: 2026, targetSeats: 18 },
      });
      expect(r.status).toBe(503);
      expect(r.body.code).toBe('PROJECTION.NOT_CAUGHT_UP');
      expect(r.headers.get('retry-after')).not.toBeNull();
      expect(await quick.runtime.store.headPosition()).toEqual(headBefore);
    } finally {
      await side.query('ROLLBACK').catch(() => undefined);
      await side.end();
      await quick.close();
    }
  }, 120_000);
});
