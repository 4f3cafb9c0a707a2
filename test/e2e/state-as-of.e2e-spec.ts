import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 13 item 2 through the real HTTP stack: an aggregate as of a revision, a position and a time, and every
 * read model's rows as of a past position equal to what its live tables held then, without touching them.
 */
type ExactAt = { position: string; recordedAt: string; revision?: string } | null;
type StreamState = { stream: string; aggregate: string; exactAt: ExactAt; state: Record<string, unknown> };
type TableRows = { table: string; total: number; rows: Record<string, unknown>[] };
type ReadModelAsOf = { readModel: string; exactAt: ExactAt; tables: TableRows[] };
type Problem = { code: string; errors?: Array<{ field: string; rule: string }> };
type Written = { position: string };

const COLLEGES = [
  { collegeId: 'engineering', name: '智能制造学院', students: 40, majors: ['机电一体化技术'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 30, majors: ['环境艺术设计'] },
];

let t: TestApp;
let seated: SeatedCongress;
let supervisor: string;
/** every read model's live rows, table by table, when the log's head was at `firstHead` */
let liveThen: Map<string, Record<string, unknown>[]>;
let firstHead: string;
let quorumChangedAt: string;

const history = <T>(path: string, token = supervisor) => t.request<T>('GET', `/api/v1/history${path}`, { token });

async function caughtUpHead(): Promise<string> {
  const projections = t.runtime.projections;
  const head = await projections.catchUpToHead(projections.names(), 30_000);
  return head!;
}

/** Rows as JSON carries them, in one order whatever order they came in. */
const normalised = (rows: readonly Record<string, unknown>[]) =>
  rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();

/** Every live table of every read model, read directly from the database. */
async function liveRows(): Promise<Map<string, Record<string, unknown>[]>> {
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const name of t.runtime.projections.names()) {
    for (const table of t.runtime.projections.definition(name)!.tables) {
      const read: Record<string, unknown>[] = await t.runtime.dataSource.query(`SELECT * FROM ${table}`);
      rows.set(table, JSON.parse(JSON.stringify(read)) as Record<string, unknown>[]);
    }
  }
  return rows;
}

/** A read model's rows as of a position, every page of every table. */
async function rowsAsOf(name: string, position: string): Promise<{ exactAt: ExactAt; rows: Map<string, unknown[]> }> {
  const rows = new Map<string, Record<string, unknown>[]>();
  let exactAt: ExactAt = null;
  for (const table of t.runtime.projections.definition(name)!.tables) {
    const all: Record<string, unknown>[] = [];
    for (let offset = 0; ; offset += 1000) {
      const answer = await history<ReadModelAsOf>(
        `/read-models/${name}?position=${position}&table=${table}&limit=1000&offset=${offset}`,
      );
      expect(answer.status).toBe(200);
      exactAt = answer.body.exactAt;
      const [page] = answer.body.tables;
      expect(page!.table).toBe(table);
      all.push(...page!.rows);
      if (all.length >= page!.total) break;
    }
    rows.set(table, all);
  }
  return { exactAt, rows };
}

beforeAll(async () => {
  t = await startTestApp();
  supervisor = t.token('supervisor-1', { role: 'supervisor', org: '*' });
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 10 });
  const changed = await t.request<Written>('PATCH', `/api/v1/organisations/${seated.schoolId}/policy`, {
    token: seated.tokens.schoolStaff,
    body: { changes: { quorum: { numerator: 3, denominator: 4 } }, reason: '第二次代表大会决议' },
  });
  expect(changed.status).toBe(200);
  quorumChangedAt = changed.body.position;
  firstHead = await caughtUpHead();
  liveThen = await liveRows();

  // After the snapshot: a sitting with check-ins, a second policy change and a rename move several read models.
  const base = `/api/v1/organisations/${seated.schoolId}`;
  const staff = seated.tokens.schoolStaff;
  const opened = await t.request('POST', `${base}/congresses/${seated.congressId}/sittings`, {
    token: staff,
    body: { sittingId: 'plenary-1', title: '第一次全体会议' },
  });
  expect(opened.status).toBe(201);
  for (const id of seated.delegateIds.slice(0, 4)) {
    const checkedIn = await t.request('POST', `${base}/sittings/plenary-1/check-ins`, {
      token: staff,
      body: { delegateId: id },
    });
    expect(checkedIn.status).toBe(200);
  }
  const again = await t.request('PATCH', `${base}/policy`, {
    token: staff,
    body: { changes: { quorum: { numerator: 4, denominator: 5 } }, reason: '第三次代表大会决议' },
  });
  expect(again.status).toBe(200);
  const renamed = await t.request('PUT', '/api/v1/organisations/arts/name', {
    token: seated.tokens.college('arts'),
    body: { name: '艺术与设计学院学生会' },
  });
  expect(renamed.status).toBe(200);
  await caughtUpHead();
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('an aggregate as of a moment', () => {
  const quorumOf = (s: StreamState) => (s.state as { policy?: { quorum?: unknown } }).policy?.quorum;

  it('folds its own stream up to a position, a revision or a time, naming where it is exact', async () => {
    const now = await history<{ streams: StreamState[] }>(`/state/organisations/${seated.schoolId}`);
    expect(now.status).toBe(200);
    const [current] = now.body.streams;
    expect(current!.stream).toBe(`organisation-${seated.schoolId}`);
    expect(current!.aggregate).toBe('organisation');
    expect(quorumOf(current!)).toEqual({ numerator: 4, denominator: 5 });

    const then = await history<{ streams: StreamState[] }>(
      `/state/organisations/${seated.schoolId}?position=${quorumChangedAt}`,
    );
    expect(then.status).toBe(200);
    expect(quorumOf(then.body.streams[0]!)).toEqual({ numerator: 3, denominator: 4 });
    expect(then.body.streams[0]!.exactAt!.position).toBe(quorumChangedAt);

    const byTime = await history<{ streams: StreamState[] }>(
      `/state/organisations/${seated.schoolId}?at=${encodeURIComponent(then.body.streams[0]!.exactAt!.recordedAt)}`,
    );
    expect(byTime.body.streams[0]!.exactAt).toEqual(then.body.streams[0]!.exactAt);
    expect(quorumOf(byTime.body.streams[0]!)).toEqual({ numerator: 3, denominator: 4 });

    const registered = await history<{ streams: StreamState[] }>(`/state/organisations/${seated.schoolId}?revision=0`);
    expect(registered.body.streams[0]!.exactAt!.revision).toBe('0');
    expect(quorumOf(registered.body.streams[0]!)).not.toEqual({ numerator: 3, denominator: 4 });

    const before = await history<{ streams: StreamState[] }>(
      `/state/organisations/${seated.schoolId}?at=2000-01-01T00:00:00Z`,
    );
    expect(before.status).toBe(200);
    expect(before.body.streams[0]!.exactAt).toBeNull();
  });

  it("shows a sitting's attendance as of a moment, and a student's personal values sealed", async () => {
    const sitting = await history<{ streams: StreamState[] }>('/state/sittings/plenary-1?revision=2');
    expect(sitting.status).toBe(200);
    expect((sitting.body.streams[0]!.state as { present?: unknown[] }).present).toHaveLength(2);

    const student = seated.students[0]!;
    const record = await history<{ streams: StreamState[] }>(`/state/students/${student.studentId}`);
    expect(record.status).toBe(200);
    const text = JSON.stringify(record.body);
    expect(text).toContain('[sealed]');
    if (student.name) expect(text).not.toContain(student.name);
  });

  it('answers one stream per stream of the entity, and refuses a revision across several', async () => {
    const election = await t.request<Problem>('GET', '/api/v1/history/state/elections/anything?revision=1', {
      token: supervisor,
    });
    expect(election.status).toBe(400);
    expect(election.body.errors!.map((e) => e.field)).toEqual(['revision']);
  });
});

describe("a read model's rows as of a moment", () => {
  it('lists every read model with its tables', async () => {
    const list = await history<Array<{ name: string; tables: string[] }>>('/read-models');
    expect(list.status).toBe(200);
    expect(list.body.map((r) => r.name).sort()).toEqual(t.runtime.projections.names().sort());
  });

  it('equals, for every read model, what its live tables held at that position', async () => {
    const before = await liveRows();
    for (const name of t.runtime.projections.names()) {
      const { exactAt, rows } = await rowsAsOf(name, firstHead);
      expect(exactAt!.position).toBe(firstHead);
      for (const [table, asOf] of rows) {
        let expected = liveThen.get(table)!;
        if (table === 'student_roster') {
          expect(asOf.length).toBeGreaterThan(0);
          expect(asOf.every((r) => (r as { name: unknown }).name === '[sealed]')).toBe(true);
          expected = expected.map((r) => ({ ...r, name: '[sealed]', student_number: '[sealed]' }));
        }
        expect({ table, rows: normalised(asOf as Record<string, unknown>[]) }).toEqual({
          table,
          rows: normalised(expected),
        });
      }
    }
    // the live tables were not touched by any of it
    expect(await liveRows()).toEqual(before);
  }, 120_000);

  it('shows a moment the live tables have moved on from, and the present equal to them', async () => {
    const then = await history<ReadModelAsOf>(
      `/read-models/congress.attendance?position=${firstHead}&table=sitting_attendance`,
    );
    expect(then.body.tables[0]!.total).toBe(0);
    const now = await history<ReadModelAsOf>('/read-models/congress.attendance?table=sitting_attendance');
    expect(now.body.tables[0]!.total).toBe(4);
    const filtered = await history<ReadModelAsOf>(
      `/read-models/congress.attendance?table=sitting_attendance&column=delegate_id&value=${seated.delegateIds[0]}`,
    );
    expect(filtered.body.tables[0]!.total).toBe(1);
  });

  it('refuses two moments at once, an unknown table or column, and a reader held to one organisation', async () => {
    const both = await history<Problem>(
      `/read-models/congress.attendance?position=${firstHead}&at=2026-01-01T00:00:00Z`,
    );
    expect(both.status).toBe(400);
    expect(both.body.errors!.map((e) => e.field).sort()).toEqual(['at', 'position']);
    const table = await history<Problem>('/read-models/congress.attendance?table=proposals');
    expect(table.status).toBe(400);
    expect(table.body.errors!.map((e) => e.field)).toEqual(['table']);
    const column = await history<Problem>('/read-models/congress.attendance?table=sittings&column=nope');
    expect(column.status).toBe(400);
    expect(column.body.errors!.map((e) => e.field)).toEqual(['column']);
    const unknown = await history<Problem>('/read-models/no.such-model');
    expect(unknown.status).toBe(404);
    const scoped = t.token('school-supervisor', { role: 'supervisor', org: seated.schoolId });
    const held = await history<Problem>('/read-models/congress.attendance', scoped);
    expect(held.status).toBe(403);
    expect(held.body.code).toBe('HISTORY.OUT_OF_SCOPE');
    const staff = await history<Problem>('/read-models/congress.attendance', seated.tokens.schoolStaff);
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('AUTH.ROLE_REQUIRED');
  });
});
