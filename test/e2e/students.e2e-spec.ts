import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { type HttpResponse, type TestApp, startTestApp } from '../support/test-app.js';

const HEADER = [
  '学号',
  '姓名',
  '学院',
  '专业',
  '年级',
  '班级',
  '社团',
  '政治面貌',
  '专业排名百分比',
  '不及格门数',
  '学生会骨干',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const zhang = [
  '2023010101',
  '张三',
  'arts',
  '视觉传达设计',
  '2023',
  '视传2301',
  '摄影社；辩论队',
  '共青团员',
  '12',
  '0',
  '否',
];
const li = ['2023010102', '李四', 'arts', '视觉传达设计', '2023', '视传2301', '', '中共党员', '8', '0', '是'];
const wang = ['2023010103', '"王,五"', 'arts', '环境设计', '2023级', '环设2301', '', '群众', '5', '1', '否'];
const zhao = ['2024020101', '赵六', 'science', '物理学', '2024', '物理2401', '', 'CYL', '20', '0', 'no'];
const qian = ['2024020102', '钱七', 'science', '物理学', '2024', '物理2401', '篮球队', 'CYL', '60', '0', 'no'];
const NAMES = ['张三', '李四', '王,五', '赵六', '钱七'];

type ImportAnswer = {
  importId: string;
  stream: string;
  position: string;
  enrolled: number;
  updated: number;
  left: number;
  unchanged: number;
  rejectedRows: number;
  errors: Array<{ row: number; column: string; rule: string }>;
};
type Problem = {
  code: string;
  errors: Array<{ row: number | null; column: string | null; field: string | null; rule: string; message: string }>;
};
type Page = {
  total: number;
  items: Array<{
    studentId: string;
    name: string | null;
    studentNumber: string | null;
    status: string;
    rankPercentile: number | null;
  }>;
};

let t: TestApp;
let admin: string;
let schoolStaff: string;
let artsStaff: string;
let firstImport: ImportAnswer;
let lastPosition: string;

/** A roll as Excel saves "CSV UTF-8": byte-order mark, CRLF. */
const csv = (...rows: string[][]) => `\uFEFF${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;

async function upload<T>(
  body: string | Buffer,
  query = '',
  token = schoolStaff,
  type = 'text/csv; charset=utf-8',
): Promise<HttpResponse<T>> {
  const response = await fetch(`${t.baseUrl}/api/v1/students/imports${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text,
  } as never;
}

const roster = (query: string) =>
  t.request<Page>('GET', `/api/v1/students${query}`, { token: schoolStaff, headers: { 'x-read-after': lastPosition } });
const idOf = async (name: string) => (await roster('?limit=500')).body.items.find((s) => s.name === name)!.studentId;
const studentEventCount = async () =>
  Number(
    (
      await t.runtime.dataSource.query(
        `SELECT count(*) AS n FROM es.events WHERE stream_id LIKE 'student-%' AND stream_id NOT LIKE 'student-import-%'`,
      )
    )[0].n,
  );

beforeAll(async () => {
  t = await startTestApp();
  admin = t.token('root', { role: 'admin', org: '*' });
  schoolStaff = t.token('staff-7', { role: 'union-staff', org: 'school' });
  artsStaff = t.token('arts-staff', { role: 'college-union-staff', org: 'arts' });
  const register = (organisationId: string, kind: string, name: string, parentId?: string) =>
    t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId, kind, name, ...(parentId ? { parentId } : {}) },
    });
  expect((await register('school', 'school-union', '校学生会')).status).toBe(201);
  expect((await register('arts', 'college-union', '艺术学院学生会', 'school')).status).toBe(201);
  expect((await register('science', 'college-union', '理学院学生会', 'school')).status).toBe(201);
});
afterAll(() => t.close());

describe('student roll import over HTTP', () => {
  it('imports a good CSV roll: counts, the roster, and a record of who imported which file', async () => {
    const file = csv(zhang, li, wang, zhao);
    const response = await upload<ImportAnswer>(file);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      enrolled: 4,
      updated: 0,
      left: 0,
      unchanged: 0,
      rejectedRows: 0,
      errors: [],
    });
    firstImport = response.body;
    lastPosition = response.body.position;

    const arts = await roster('?college=arts&status=enrolled');
    expect(arts.status).toBe(200);
    expect(arts.body.total).toBe(3);
    // ordered by college, grade, class, number
    expect(arts.body.items.map((s) => [s.studentNumber, s.name])).toEqual([
      ['2023010103', '王,五'],
      ['2023010101', '张三'],
      ['2023010102', '李四'],
    ]);
    const events = [];
    for await (const e of t.runtime.store.readStream(firstImport.stream)) events.push(e);
    expect(events.map((e) => e.type)).toEqual(['StudentRollImported']);
    expect(events[0]!.data).toMatchObject({
      fileSha256: createHash('sha256').update(Buffer.from(file, 'utf8')).digest('hex'),
      fileType: 'csv',
      rows: 4,
      scopeCollegeIds: ['arts', 'science'],
      importedBy: { id: 'staff-7', role: 'union-staff' },
    });
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await studentEventCount();
    const again = await upload<ImportAnswer>(csv(zhang, li, wang, zhao));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ enrolled: 0, updated: 0, left: 0, unchanged: 4, rejectedRows: 0 });
    expect(await studentEventCount()).toBe(before);
  });

  it('refuses a file with bad rows as a whole, naming row, column and rule, and writes nothing', async () => {
    const events = await studentEventCount();
    const [identities] = await t.runtime.dataSource.query(`SELECT count(*) AS n FROM student_identities`);
    const bad = csv(
      qian,
      ['2024020103', '孙八', 'science', '物理学', '2024', '物理2401', '', '团员', '150', '0', '否'],
      ['2024020104', '周九', 'law', '法学', '2024', '法2401', '', '群众', '10', '0', '否'],
      zhao,
      zhao,
    );
    const response = await upload<Problem>(bad);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('STUDENTS.IMPORT_REJECTED');
    expect(response.body.errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [3, '专业排名百分比', 'rank-percentile-range'],
      [4, '学院', 'college-unknown'],
      [5, '学号', 'student-number-duplicate'],
      [6, '学号', 'student-number-duplicate'],
    ]);
    expect(await studentEventCount()).toBe(events);
    expect((await t.runtime.dataSource.query(`SELECT count(*) AS n FROM student_identities`))[0].n).toBe(identities.n);
  });

  it('refuses a file without a required column before reading any row', async () => {
    const response = await upload<Problem>(`学号,姓名\r\n2023010101,张三\r\n`);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.rule)).toContain('column-missing');
    expect(response.body.errors[0]).toMatchObject({ row: 1, column: '学院' });
  });

  it('imports only the good rows when asked, and keeps a student whose row was bad on the roll', async () => {
    const zhaoBad = zhao.map((c, i) => (i === 8 ? '0' : c));
    const response = await upload<ImportAnswer>(csv(zhaoBad, qian), '?college=science&onlyValidRows=true');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enrolled: 1, updated: 0, left: 0, unchanged: 0, rejectedRows: 1 });
    expect(response.body.errors.map((e) => [e.row, e.rule])).toEqual([[2, 'rank-percentile-range']]);
    lastPosition = response.body.position;
    expect((await roster('?college=science&status=enrolled')).body.items.map((s) => s.name)).toEqual(['赵六', '钱七']);
  });

  it('records a changed row as an update of that field only, and an absent student as left', async () => {
    const zhangMoved = zhang.map((c, i) => (i === 8 ? '35' : c));
    expect((await upload(csv(zhangMoved, li), '', artsStaff)).status).toBe(403);
    expect((await upload(csv(zhangMoved, li), '?college=science', artsStaff)).status).toBe(403);
    const response = await upload<ImportAnswer>(csv(zhangMoved, li), '?college=arts', artsStaff);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enrolled: 0, updated: 1, left: 1, unchanged: 1, rejectedRows: 0 });
    lastPosition = response.body.position;

    const zhangId = await idOf('张三');
    const events = [];
    for await (const e of t.runtime.store.readStream(`student-${zhangId}`)) events.push(e);
    expect(events.map((e) => e.type)).toEqual(['StudentEnrolled', 'StudentRecordUpdated']);
    expect(events[1]!.data.changes).toEqual({ rankPercentile: 35 });
    const arts = await roster('?college=arts');
    expect(arts.body.items.map((s) => [s.name, s.status])).toEqual([
      ['王,五', 'left'],
      ['张三', 'enrolled'],
      ['李四', 'enrolled'],
    ]);
  });

  it('reads an XLSX roll like a CSV one (first sheet, same headers)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('理学院');
    sheet.addRow(HEADER);
    sheet.addRow([2024020101, '赵六', 'science', '物理学', 2024, '物理2401', null, 'CYL', 20, 0, 'no']);
    sheet.addRow([2024020102, '钱七', 'science', '物理学', 2024, '物理2401', '篮球队', '共青团员', 60, 0, '否']);
    const response = await upload<ImportAnswer>(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      '?college=science',
      schoolStaff,
      XLSX,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enrolled: 0, updated: 0, left: 0, unchanged: 2 });
  });

  it('serves the templates and refuses other body types with 415', async () => {
    const template = await fetch(`${t.baseUrl}/api/v1/students/import-template.csv`, {
      headers: { authorization: `Bearer ${schoolStaff}` },
    });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await template.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe(`\uFEFF${HEADER.join(',')}`);
    const workbook = await fetch(`${t.baseUrl}/api/v1/students/import-template.xlsx`, {
      headers: { authorization: `Bearer ${schoolStaff}` },
    });
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toBe(XLSX);
    expect((await upload('{"rows":[]}', '', schoolStaff, 'application/json')).status).toBe(415);
  });
});

describe('eligibility and erasure over HTTP', () => {
  it('explains staff eligibility rule by rule (Art. 18)', async () => {
    const li = await t.request<{ eligible: boolean }>('GET', `/api/v1/students/${await idOf('李四')}/eligibility`, {
      token: schoolStaff,
    });
    expect(li.status).toBe(200);
    expect(li.body.eligible).toBe(true);
    const zhang = await t.request<{
      eligible: boolean;
      organisationId: string;
      checks: Array<{ rule: string; passed: boolean; article: string; detail: string }>;
    }>('GET', `/api/v1/students/${await idOf('张三')}/eligibility`, { token: artsStaff });
    expect(zhang.body.eligible).toBe(false);
    expect(zhang.body.organisationId).toBe('arts');
    expect(zhang.body.checks.map((c) => [c.rule, c.passed, c.article])).toEqual([
      ['political-status', true, 'Art. 18'],
      ['academic-rank', false, 'Art. 18'],
      ['failed-courses', true, 'Art. 18'],
    ]);
    expect(zhang.body.checks[1]!.detail).toContain('top 35%');
    const left = await t.request<{ code: string }>('GET', `/api/v1/students/${await idOf('王,五')}/eligibility`, {
      token: schoolStaff,
    });
    expect(left.body.code).toBe('STUDENTS.NOT_ENROLLED');
    const otherCollege = await t.request('GET', `/api/v1/students/${await idOf('赵六')}`, { token: artsStaff });
    expect(otherCollege.status).toBe(404);
  });

  it('erases a student: key destroyed, roster purged, chain intact, no plaintext anywhere in the log', async () => {
    const zhangId = await idOf('张三');
    expect(
      (
        await t.request('POST', `/api/v1/students/${zhangId}/erasure`, {
          token: schoolStaff,
          body: { reason: 'request 17' },
        })
      ).status,
    ).toBe(403);
    const erased = await t.request<{ events: string[]; position: string }>(
      'POST',
      `/api/v1/students/${zhangId}/erasure`,
      {
        token: admin,
        body: { reason: 'Deletion request 2026-17' },
      },
    );
    expect(erased.status).toBe(200);
    expect(erased.body.events).toEqual(['PersonalDataErased']);
    lastPosition = erased.body.position;

    const row = await t.request<Page['items'][number]>('GET', `/api/v1/students/${zhangId}`, {
      token: schoolStaff,
      headers: { 'x-read-after': lastPosition },
    });
    expect(row.body).toMatchObject({
      studentId: zhangId,
      status: 'erased',
      name: null,
      studentNumber: null,
      rankPercentile: null,
    });
    const [identity] = await t.runtime.dataSource.query(
      `SELECT wrapped_key, number_hmac, erased_at FROM student_identities WHERE student_id = $1`,
      [zhangId],
    );
    expect(identity).toMatchObject({ wrapped_key: null, number_hmac: null });
    expect(identity.erased_at).toBeInstanceOf(Date);

    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
    for (const secret of [...NAMES, '2023010101', '2024020102']) {
      const [hits] = await t.runtime.dataSource.query(
        `SELECT count(*) AS n FROM es.events WHERE data::text LIKE $1 OR metadata::text LIKE $1`,
        [`%${secret}%`],
      );
      expect([secret, Number(hits.n)]).toEqual([secret, 0]);
    }
  });

  it('rebuilds the roster after an erasure to the same rows', async () => {
    const before = await roster('?limit=500');
    await t.runtime.projections.rebuild(['students.roster']);
    const [checkpoint] = await t.runtime.dataSource.query(
      `SELECT rebuilt_at FROM projection_checkpoints WHERE name = 'students.roster'`,
    );
    expect(checkpoint.rebuilt_at).toBeInstanceOf(Date);
    const after = await roster('?limit=500');
    expect(after.body).toEqual(before.body);
  });

  it('enrols an erased student who is on a later roll as a new student', async () => {
    const erasedId = (await roster('?status=erased')).body.items[0]!.studentId;
    const response = await upload<ImportAnswer>(csv(zhang, li), '?college=arts');
    expect(response.body).toMatchObject({ enrolled: 1, unchanged: 1, left: 0 });
    lastPosition = response.body.position;
    expect(await idOf('张三')).not.toBe(erasedId);
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
  });
});
