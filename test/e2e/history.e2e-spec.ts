import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Position } from '../../src/shared/event-store/event-store.port.js';
import { settledLog, wholeLog } from '../support/events.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 13 items 1 and 3 through the real HTTP stack: a supervisor reads streams and entities, searches the log a
 * page at a time while it grows, streams it as NDJSON, follows a correlation, and reads policy and roll-import
 * history; union staff read their own organisation's only; personal data stays sealed.
 */
type Entry = {
  position: string;
  stream: string;
  revision: string;
  eventId: string;
  type: string;
  occurredAt: string;
  actor: { id: string; role: string; organisationId: string; organisationName: string };
  correlationId: string;
  causationId: string;
  commandId: string;
  prevHash: string;
  hash: string;
  personalData: 'sealed' | 'erased' | null;
  data: Record<string, unknown>;
  description: string;
};
type Page = { items: Entry[]; next: string | null; more: boolean };
type Streams = { streams: string[]; items: Entry[]; nextRevision: string | null };
type Problem = { code: string; errors?: Array<{ field: string }> };

const HEADER = '学号,姓名,学院,专业,年级,班级,社团,政治面貌,专业排名百分比,不及格门数,学生会骨干';
const ROLL = [
  HEADER,
  '2023010101,张三,arts,视觉传达设计,2023,视传2301,,共青团员,12,0,否',
  '2023010102,李四,arts,视觉传达设计,2023,视传2301,,中共党员,8,0,是',
  '2024020101,赵六,science,物理学,2024,物理2401,,CYL,20,0,no',
].join('\n');
const NAMES = ['张三', '李四', '赵六', '2023010101', '2023010102', '2024020101'];

let t: TestApp;
let admin: string;
let supervisor: string;
let auditor: string;
let schoolStaff: string;
let artsStaff: string;
let delegate: string;
let importId: string;
let erasedId: string;
let liveId: string;

const get = <T>(path: string, token = supervisor, headers: Record<string, string> = {}) =>
  t.request<T>('GET', `/api/v1/history${path}`, { token, headers });

const logEvents = (visibility: 'committed' | 'safe' = 'committed') => wholeLog(t.runtime.store, visibility);
const settled = () => settledLog(t.runtime.store);

beforeAll(async () => {
  t = await startTestApp();
  admin = t.token('root', { role: 'admin', org: '*' });
  supervisor = t.token('supervisor-1', { role: 'supervisor', org: '*' });
  auditor = t.token('auditor-1', { role: 'auditor', org: '*' });
  schoolStaff = t.token('staff-7', { role: 'union-staff', org: 'school' });
  artsStaff = t.token('arts-staff', { role: 'college-union-staff', org: 'arts' });
  delegate = t.token('delegate-1', { role: 'delegate', org: 'school' });
  const register = (organisationId: string, kind: string, name: string, parentId?: string) =>
    t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId, kind, name, ...(parentId ? { parentId } : {}) },
    });
  expect((await register('school', 'school-union', '校学生会')).status).toBe(201);
  expect((await register('arts', 'college-union', '艺术学院学生会', 'school')).status).toBe(201);
  expect((await register('science', 'college-union', '理学院学生会', 'school')).status).toBe(201);
  const changed = await t.request('PATCH', '/api/v1/organisations/school/policy', {
    token: schoolStaff,
    body: { changes: { quorum: { numerator: 3, denominator: 4 } }, reason: '第二次代表大会决议' },
    headers: { 'x-correlation-id': 'policy-change-1' },
  });
  expect(changed.status).toBe(200);
  const renamed = await t.request('PUT', '/api/v1/organisations/arts/name', {
    token: artsStaff,
    body: { name: '艺术设计学院学生会' },
  });
  expect(renamed.status).toBe(200);
  const imported = await fetch(`${t.baseUrl}/api/v1/students/imports`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${schoolStaff}`,
      'content-type': 'text/csv; charset=utf-8',
      'x-correlation-id': 'roll-import-1',
    },
    body: ROLL,
  });
  expect(imported.status).toBe(200);
  importId = ((await imported.json()) as { importId: string }).importId;
  const enrolled = (await logEvents()).filter((e) => e.type === 'StudentEnrolled' && e.data.collegeId === 'arts');
  erasedId = String(enrolled[0]!.data.studentId);
  liveId = String(enrolled[1]!.data.studentId);
  const erased = await t.request('POST', `/api/v1/students/${erasedId}/erasure`, {
    token: admin,
    body: { reason: 'Deletion request 2026-17' },
  });
  expect(erased.status).toBe(200);
  await settled();
});
afterAll(() => t.close());

describe('the history of one stream or entity', () => {
  it('shows every event with its revision, position, time, actor, correlation, causation and chained hash', async () => {
    const answer = await get<Streams>('/streams/organisation-school');
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((e) => e.type)).toEqual(['OrganisationRegistered', 'PolicyChanged']);
    const [registered, changed] = answer.body.items;
    expect(changed).toMatchObject({
      stream: 'organisation-school',
      revision: '1',
      type: 'PolicyChanged',
      actor: { id: 'staff-7', role: 'union-staff', organisationId: 'school', organisationName: '校学生会' },
      correlationId: 'policy-change-1',
      prevHash: registered!.hash,
      personalData: null,
    });
    expect(changed!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(changed!.position).toMatch(/^pg:\d+:\d+$/);
    expect(changed!.causationId).toEqual(expect.any(String));
    expect(Date.parse(changed!.occurredAt)).toBeGreaterThan(0);
    expect(changed!.description).toBe(
      'staff-7 (校学生会, union-staff) 修改了「校学生会」的章程参数：将法定人数从 2/3 改为 3/4；理由：第二次代表大会决议',
    );
    expect(registered!.description).toContain('root (全部组织, admin) 登记了组织「校学生会」');
    const stored = [];
    for await (const e of t.runtime.store.readStream('organisation-school')) stored.push(e);
    expect(answer.body.items.map((e) => [e.eventId, e.hash, e.position])).toEqual(
      stored.map((e) => [e.id, e.metadata.hash, e.position]),
    );
  });

  it('describes in English when the reader prefers it', async () => {
    const answer = await get<Streams>('/streams/organisation-school', supervisor, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(answer.body.items[1]!.description).toBe(
      'staff-7 (校学生会, union-staff) changed the charter policy of "校学生会": quorum from 2/3 to 3/4; reason: 第二次代表大会决议',
    );
    expect(answer.headers.get('content-language')).toBe('en');
    expect((await get<Streams>('/streams/organisation-school')).headers.get('content-language')).toBe('zh-CN');
  });

  it('pages a long stream by revision, and answers 404 for a stream with no event', async () => {
    const first = await get<Streams>('/streams/organisation-school?limit=1');
    expect(first.body.items.map((e) => e.revision)).toEqual(['0']);
    expect(first.body.nextRevision).toBe('1');
    const second = await get<Streams>('/streams/organisation-school?limit=1&fromRevision=1');
    expect(second.body.items.map((e) => e.revision)).toEqual(['1']);
    expect(second.body.nextRevision).toBeNull();
    const missing = await get<Problem>('/streams/organisation-nowhere');
    expect([missing.status, missing.body.code]).toEqual([404, 'HISTORY.NOT_FOUND']);
    const bad = await get<Problem>('/streams/organisation-school?limit=0');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'limit']);
  });

  it('reads an organisation and a student by id, the way the modules name their streams', async () => {
    const organisation = await get<Streams>('/organisations/arts');
    expect(organisation.body.streams).toEqual(['organisation-arts']);
    expect(organisation.body.items.map((e) => e.type)).toEqual(['OrganisationRegistered', 'OrganisationRenamed']);
    expect(organisation.body.items[1]!.description).toContain('更名为「艺术设计学院学生会」');
    const student = await get<Streams>(`/students/${liveId}`);
    expect(student.body.items.map((e) => e.type)).toEqual(['StudentEnrolled']);
    expect(student.body.items[0]).toMatchObject({ personalData: 'sealed', data: { name: '[sealed]' } });
    expect((await get<Problem>('/elections/no-such-election')).status).toBe(404);
  });
});

describe('personal data in history', () => {
  it("shows an erased student's events as erased and never opens a sealed value", async () => {
    const student = await get<Streams>(`/students/${erasedId}`);
    expect(student.body.items.map((e) => e.type)).toEqual(['StudentEnrolled', 'PersonalDataErased']);
    for (const entry of student.body.items) expect(entry.personalData).toBe('erased');
    expect(student.body.items[0]!.data).toMatchObject({ name: '[erased]', studentNumber: '[erased]' });
    const everything = await get<Page>('/events?limit=1000');
    const text = JSON.stringify([student.body, everything.body]);
    expect(text).not.toContain('pii1:');
    for (const personal of NAMES) expect(text).not.toContain(personal);
  });
});

describe('policy and roll-import history (issue 13 item 3)', () => {
  it('says who changed which charter number, when, why, from what to what', async () => {
    const answer = await get<Array<Record<string, unknown> & { event: Entry }>>(
      '/policy-changes?organisationId=school',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(1);
    expect(answer.body[0]).toMatchObject({
      organisationId: 'school',
      organisationName: '校学生会',
      reason: '第二次代表大会决议',
      changes: [
        {
          field: 'quorum',
          article: 'Art. 8',
          name: '法定人数',
          from: { numerator: 2, denominator: 3 },
          to: { numerator: 3, denominator: 4 },
        },
      ],
      event: { type: 'PolicyChanged', actor: { id: 'staff-7', role: 'union-staff' } },
    });
    expect((await get<unknown[]>('/policy-changes')).body).toHaveLength(1);
    expect((await get<unknown[]>('/policy-changes?organisationId=arts')).body).toEqual([]);
  });

  it('lists every roll import: who, when, the file hash and the counts', async () => {
    const answer = await get<Array<Record<string, unknown> & { event: Entry }>>('/roll-imports');
    expect(answer.body).toHaveLength(1);
    expect(answer.body[0]).toMatchObject({
      importId,
      fileSha256: createHash('sha256').update(ROLL).digest('hex'),
      fileType: 'csv',
      rows: 3,
      counts: { enrolled: 3, updated: 0, left: 0, unchanged: 0, rejectedRows: 0 },
      event: { type: 'StudentRollImported', actor: { id: 'staff-7', organisationId: 'school' } },
    });
    expect(answer.body[0]!.event.description).toContain('新登记 3');
    expect((await get<unknown[]>('/roll-imports?organisationId=science')).body).toHaveLength(1);
    expect((await get<unknown[]>('/roll-imports?organisationId=federation')).body).toEqual([]);
  });
});

describe('searching the log', () => {
  it('finds by type, actor, organisation and time, and follows a correlation in order', async () => {
    const byType = await get<Page>('/events?type=PolicyChanged,OrganisationRenamed');
    expect(byType.body.items.map((e) => e.type)).toEqual(['PolicyChanged', 'OrganisationRenamed']);
    expect(byType.body.more).toBe(false);
    const byActor = await get<Page>('/events?actor=arts-staff');
    expect(byActor.body.items.map((e) => e.type)).toEqual(['OrganisationRenamed']);
    const changedAt = byType.body.items[0]!.occurredAt;
    const window = await get<Page>(
      `/events?since=${encodeURIComponent(changedAt)}&until=${encodeURIComponent(new Date(Date.parse(changedAt) + 1).toISOString())}`,
    );
    expect(window.body.items.map((e) => e.type)).toContain('PolicyChanged');
    const flow = await get<Page>('/correlations/roll-import-1');
    expect(flow.body.items.map((e) => e.type)).toEqual([
      'StudentEnrolled',
      'StudentEnrolled',
      'StudentEnrolled',
      'StudentRollImported',
    ]);
    const positions = flow.body.items.map((e) => e.position);
    expect([...positions].sort((a, b) => t.runtime.store.comparePositions(a as Position, b as Position))).toEqual(
      positions,
    );
    const same = await get<Page>('/events?correlationId=policy-change-1');
    expect(same.body.items.map((e) => e.type)).toEqual(['PolicyChanged']);
    expect((await get<Problem>('/correlations/nothing-like-this')).body.code).toBe('HISTORY.NOT_FOUND');
  });

  it('refuses bad parameters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['from=yesterday', 'from'],
      ['from=kdb:1:2', 'from'],
      ['since=27.11.2026', 'since'],
      ['until=soon', 'until'],
      ['type=Policy-Changed', 'type'],
      ['organisationId=Not%20An%20Id', 'organisationId'],
      ['colour=red', 'colour'],
    ] as const) {
      const answer = await get<Problem & { type?: string }>(`/events?${query}`);
      expect([query, answer.status, answer.headers.get('content-type')]).toEqual([
        query,
        400,
        'application/problem+json; charset=utf-8',
      ]);
      expect([query, answer.body.errors?.map((e) => e.field)]).toEqual([query, [field]]);
    }
  });

  it('pages by position while events are appended: every event once, in log order', async () => {
    let appending = true;
    const appends = (async () => {
      for (let i = 0; appending && i < 40; i++) {
        await t.request('PUT', '/api/v1/organisations/science/name', {
          token: admin,
          body: { name: `理学院学生会 ${i}` },
        });
      }
      appending = false;
    })();
    const seen: string[] = [];
    let from = '';
    for (let pages = 0; pages < 500; pages++) {
      const page = await get<Page>(`/events?limit=3${from ? `&from=${from}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e) => e.eventId));
      from = page.body.next ?? from;
      if (!page.body.more && !appending) break;
    }
    await appends;
    const log = await settled();
    for (;;) {
      const page = await get<Page>(`/events?limit=50&from=${from}`);
      seen.push(...page.body.items.map((e) => e.eventId));
      from = page.body.next ?? from;
      if (!page.body.more) break;
    }
    expect(log.filter((e) => e.type === 'OrganisationRenamed').length).toBeGreaterThan(10);
    expect(seen).toEqual(log.map((e) => e.id));
  });

  it('streams the same entries as NDJSON, ending with where it stopped', async () => {
    const log = await settled();
    const response = await fetch(`${t.baseUrl}/api/v1/history/events`, {
      headers: { authorization: `Bearer ${auditor}`, accept: 'application/x-ndjson' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Entry & { end?: true });
    const end = lines.pop()!;
    expect(lines.map((e) => e.eventId)).toEqual(log.map((e) => e.id));
    expect(end).toEqual({ end: true, count: log.length, next: log.at(-1)!.position });
    const paged = await get<Page>('/events?limit=5');
    expect(lines.slice(0, 5)).toEqual(paged.body.items);

    const limited = await fetch(`${t.baseUrl}/api/v1/history/events?type=StudentEnrolled&limit=2`, {
      headers: { authorization: `Bearer ${supervisor}`, accept: 'application/x-ndjson' },
    });
    const two = (await limited.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type?: string });
    expect(two.map((l) => l.type ?? 'end')).toEqual(['StudentEnrolled', 'StudentEnrolled', 'end']);
  });
});

describe('who may read history', () => {
  it("holds an organisation's staff to their own organisation's events", async () => {
    const own = await get<Page>('/events?limit=1000', artsStaff);
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    for (const e of own.body.items)
      expect([e.actor.organisationId, e.data.organisationId, e.data.collegeId]).toContain('arts');
    expect(own.body.items.filter((e) => e.type === 'StudentEnrolled')).toHaveLength(2);
    expect((await get<Streams>(`/students/${liveId}`, artsStaff)).body.items).toHaveLength(1);
    expect((await get<Page>('/events?organisationId=arts', artsStaff)).status).toBe(200);
    const other = await get<Problem>('/events?organisationId=school', artsStaff);
    expect([other.status, other.body.code]).toEqual([403, 'HISTORY.OUT_OF_SCOPE']);
    const stream = await get<Problem>('/streams/organisation-school', artsStaff);
    expect([stream.status, stream.body.code]).toEqual([403, 'HISTORY.OUT_OF_SCOPE']);
    expect((await get<Streams>('/organisations/arts', artsStaff)).body.items).toHaveLength(2);
    expect((await get<Problem>('/policy-changes?organisationId=school', artsStaff)).status).toBe(403);
    expect((await get<unknown[]>('/policy-changes', artsStaff)).body).toEqual([]);
    expect((await get<unknown[]>('/policy-changes', schoolStaff)).body).toHaveLength(1);
    expect((await get<Problem>('/correlations/policy-change-1', artsStaff)).status).toBe(404);
  });

  it('lets supervisors and auditors read every organisation, and no one else', async () => {
    expect((await get<Streams>('/streams/organisation-school', auditor)).status).toBe(200);
    expect((await get<Problem>('/events', delegate)).body.code).toBe('AUTH.ROLE_REQUIRED');
    expect((await t.request('GET', '/api/v1/history/events')).status).toBe(401);
  });
});
