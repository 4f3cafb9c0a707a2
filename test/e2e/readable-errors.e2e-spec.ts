import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { type HttpResponse, type TestApp, startTestApp } from '../support/test-app.js';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ field: string | null; rule: string; message: string; row?: number | null; column?: string | null }>;
  accepted?: string[];
};
type ImportAnswer = {
  enrolled: number;
  encoding?: string;
  position: string;
  errors: Array<{ row: number; rule: string; message: string }>;
};
type Page = { items: Array<{ name: string | null; studentNumber: string | null }> };

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
const row = (number: string, name: string, rank = '12') => [
  number,
  name,
  'arts',
  '视觉传达设计',
  '2023',
  '视传2301',
  '摄影社；辩论队',
  '共青团员',
  rank,
  '0',
  '否',
];
const csvText = (...rows: string[][]) => `${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;

/** Framework class names (HttpException, NotFoundException, RequestInvalid, ...) and rule-named error classes. */
const CLASS_NAME = /Exception|Error\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/;
const HAN = /\p{Script=Han}/u;

let t: TestApp;
let admin: string;
let schoolStaff: string;

async function send<T = Problem>(
  method: string,
  path: string,
  body: string | Buffer | undefined,
  headers: Record<string, string>,
): Promise<HttpResponse<T>> {
  const response = await fetch(`${t.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${admin}`, ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text,
  } as never;
}

const importRoll = (file: Buffer, headers: Record<string, string> = {}, query = '') =>
  send<ImportAnswer & Problem>('POST', `/api/v1/students/imports${query}`, file, {
    authorization: `Bearer ${schoolStaff}`,
    'content-type': 'text/csv',
    ...headers,
  });

beforeAll(async () => {
  t = await startTestApp();
  admin = t.token('root', { role: 'admin', org: '*' });
  schoolStaff = t.token('staff-7', { role: 'union-staff', org: 'school' });
  const register = (organisationId: string, kind: string, name: string, parentId?: string) =>
    t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId, kind, name, ...(parentId ? { parentId } : {}) },
    });
  expect((await register('school', 'school-union', '校学生会')).status).toBe(201);
  expect((await register('arts', 'college-union', '艺术学院学生会', 'school')).status).toBe(201);
});
afterAll(() => t.close());

describe('bodies a route does not take', () => {
  it('answers a text/plain POST to a JSON route with 415, not with "every field is missing"', async () => {
    const response = await send(
      'POST',
      '/api/v1/organisations',
      JSON.stringify({ organisationId: 'law', kind: 'college-union', name: '法学院' }),
      { 'content-type': 'text/plain' },
    );
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      title: '不支持的内容类型',
      accepted: ['application/json'],
    });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses a CSV body on a JSON route and a JSON body on the roll import', async () => {
    const csvOnJson = await send('POST', '/api/v1/organisations', csvText(row('2023010101', '张三')), {
      'content-type': 'text/csv',
    });
    expect([csvOnJson.status, csvOnJson.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    const jsonOnImport = await send('POST', '/api/v1/students/imports', '{"rows":[]}', {
      authorization: `Bearer ${schoolStaff}`,
      'content-type': 'application/json',
    });
    expect([jsonOnImport.status, jsonOnImport.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    expect(jsonOnImport.body.accepted).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const response = await send('POST', '/api/v1/organisations', '{"organisationId": ', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'REQUEST.MALFORMED_JSON', title: 'JSON 格式有误' });
  });

  it('answers a body over the limit with 413 REQUEST.TOO_LARGE', async () => {
    const huge = JSON.stringify({ organisationId: 'law', kind: 'college-union', name: 'x'.repeat(3 * 1024 * 1024) });
    const response = await send('POST', '/api/v1/organisations', huge, {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', title: 'The request is too large' });
  });
});

describe('titles a person can read', () => {
  it('never names a framework or error class in a title, in either language', async () => {
    const answers = await Promise.all(
      ['zh', 'en'].flatMap((language) => [
        send('GET', '/api/v1/no-such-route', undefined, { 'accept-language': language }),
        send('DELETE', '/api/v1/organisations', undefined, { 'accept-language': language }),
        send('GET', '/api/v1/organisations', undefined, { authorization: '', 'accept-language': language }),
        send('POST', '/api/v1/organisations', '{', { 'content-type': 'application/json', 'accept-language': language }),
        send(
          'POST',
          '/api/v1/organisations',
          JSON.stringify({ organisationId: 'school', kind: 'school-union', name: '校学生会' }),
          { 'content-type': 'application/json', 'accept-language': language },
        ),
        send('POST', '/api/v1/organisations', JSON.stringify({ organisationId: 'Bad Id!' }), {
          'content-type': 'application/json',
          'accept-language': language,
        }),
      ]),
    );
    expect(answers.map((a) => a.body.code)).toEqual(
      expect.arrayContaining([
        'REQUEST.NOT_FOUND',
        'AUTH.UNAUTHENTICATED',
        'REQUEST.MALFORMED_JSON',
        'ORGANISATION.ALREADY_REGISTERED',
        'REQUEST.INVALID',
      ]),
    );
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body.title).not.toMatch(CLASS_NAME);
    }
    const notFound = answers[0]!.body;
    expect(notFound).toMatchObject({ code: 'REQUEST.NOT_FOUND', title: '找不到该地址' });
  });
});

describe('validation errors', () => {
  it('lists each field once, with the first rule it breaks', async () => {
    const response = await send(
      'POST',
      '/api/v1/organisations',
      JSON.stringify({ organisationId: 42, kind: 'club', name: '', colour: 'red' }),
      { 'content-type': 'application/json' },
    );
    expect(response.status).toBe(400);
    const fields = response.body.errors!.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['organisationId', 'kind', 'name', 'colour']));
    expect(new Set(fields).size).toBe(fields.length);
    expect(response.body.errors!.find((e) => e.field === 'organisationId')!.rule).toBe('isString');
    expect(response.body.errors!.find((e) => e.field === 'colour')!.rule).toBe('whitelistValidation');
  });

  it('speaks Chinese by default and English with Accept-Language: en; the codes and rules stay the same', async () => {
    const body = JSON.stringify({
      organisationId: 'law',
      kind: 'college-union',
      name: '',
      parentId: 'school',
      colour: 'red',
    });
    const zh = await send('POST', '/api/v1/organisations', body, { 'content-type': 'application/json' });
    const en = await send('POST', '/api/v1/organisations', body, {
      'content-type': 'application/json',
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    expect(en.headers.get('content-language')).toBe('en');
    expect(zh.body).toMatchObject({ code: 'REQUEST.INVALID', title: '请求内容有误' });
    expect(en.body).toMatchObject({ code: 'REQUEST.INVALID', title: 'The request is not valid' });
    const byField = (errors: Problem['errors']) =>
      [...errors!].sort((a, b) => String(a.field).localeCompare(String(b.field)));
    expect(byField(zh.body.errors)).toEqual([
      { field: 'colour', rule: 'whitelistValidation', message: 'colour 不是可接受的字段' },
      { field: 'name', rule: 'isNotEmpty', message: 'name 不能为空' },
    ]);
    expect(byField(en.body.errors)).toEqual([
      { field: 'colour', rule: 'whitelistValidation', message: 'colour is not a known field' },
      { field: 'name', rule: 'isNotEmpty', message: 'name must not be empty' },
    ]);
    expect(zh.body.detail.split('；').sort()).toEqual(['colour 不是可接受的字段', 'name 不能为空']);
  });

  it('names the bound a rule was declared with', async () => {
    const response = await send(
      'POST',
      '/api/v1/organisations',
      JSON.stringify({ organisationId: 'law', kind: 'college-union', name: '法'.repeat(500), parentId: 'school' }),
      {
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
      },
    );
    expect(response.body.errors).toEqual([
      { field: 'name', rule: 'maxLength', message: expect.stringMatching(/^name 最多 \d+ 个字符$/) },
    ]);
  });
});

describe('domain errors', () => {
  it('speak Chinese by default and English with Accept-Language: en, under one code', async () => {
    const again = JSON.stringify({ organisationId: 'school', kind: 'school-union', name: '校学生会' });
    const zh = await send('POST', '/api/v1/organisations', again, { 'content-type': 'application/json' });
    const en = await send('POST', '/api/v1/organisations', again, {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect([zh.status, en.status]).toEqual([409, 409]);
    expect(zh.body).toMatchObject({
      code: 'ORGANISATION.ALREADY_REGISTERED',
      type: 'urn:charter:problem:organisation.already_registered',
      title: '组织已登记',
    });
    expect(zh.body.detail).toMatch(HAN);
    expect(en.body).toMatchObject({
      code: 'ORGANISATION.ALREADY_REGISTERED',
      type: zh.body.type,
      title: 'Organisation already registered',
    });
    expect(en.body.detail).not.toMatch(HAN);
  });
});

describe('a roll saved by Excel in China (GB18030/GBK CSV)', () => {
  it('is read as GB18030, says so, and imports the names correctly', async () => {
    const file = iconv.encode(csvText(row('2023010101', '张三'), row('2023010102', '欧阳娜娜')), 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const response = await importRoll(file);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ enrolled: 2, encoding: 'GB18030' });
    const page = await t.request<Page>('GET', '/api/v1/students?limit=50', {
      token: schoolStaff,
      headers: { 'x-read-after': response.body.position },
    });
    expect(page.body.items.map((s) => s.name).sort()).toEqual(['张三', '欧阳娜娜'].sort());
  });

  it('reports UTF-8 for a UTF-8 roll', async () => {
    const response = await importRoll(
      Buffer.from(`\uFEFF${csvText(row('2023010101', '张三'), row('2023010102', '欧阳娜娜'))}`, 'utf8'),
    );
    expect(response.status).toBe(200);
    expect(response.body.encoding).toBe('UTF-8');
  });

  it('words the problems of a refused roll in Chinese, or English with Accept-Language: en', async () => {
    const file = iconv.encode(csvText(row('2023010101', '张三', '150')), 'gb18030');
    const zh = await importRoll(file);
    const en = await importRoll(file, { 'accept-language': 'en' });
    expect([zh.status, en.status]).toEqual([422, 422]);
    expect(zh.body).toMatchObject({ code: 'STUDENTS.IMPORT_REJECTED', title: '名册未导入' });
    expect(en.body).toMatchObject({ code: 'STUDENTS.IMPORT_REJECTED', title: 'The roll was not imported' });
    const byField = (errors: Problem['errors']) =>
      [...errors!].sort((a, b) => String(a.field).localeCompare(String(b.field)));
    expect(byField(zh.body.errors)).toEqual([
      expect.objectContaining({
        row: 2,
        column: '专业排名百分比',
        rule: 'rank-percentile-range',
        message: '专业排名百分比应为 1 到 100 的整数',
      }),
    ]);
    expect(en.body.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: '专业排名百分比',
        rule: 'rank-percentile-range',
        message: 'rank percentile is a whole number from 1 to 100',
      }),
    ]);
  });

  it("words the skipped rows of an onlyValidRows import in the caller's language", async () => {
    const file = iconv.encode(csvText(row('2023010101', '张三'), row('2023010103', '王五', '150')), 'gb18030');
    const response = await importRoll(file, {}, '?onlyValidRows=true');
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ row: 3, rule: 'rank-percentile-range', message: '专业排名百分比应为 1 到 100 的整数' }),
    ]);
  });
});
