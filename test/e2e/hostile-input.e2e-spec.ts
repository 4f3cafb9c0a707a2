import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 16 item 2: every operation of /api/docs-json gets a bounded, reproducible batch of hostile input
 * (wrong types, missing and unknown fields, huge values, deep nesting, unicode edge cases, injection
 * fragments, path traversal, bad ids, wrong content types and tokens). No answer may be a 5xx, every 4xx is
 * problem+json, and no refused request writes an event, checked against a log that valid writes make grow.
 */

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  maxLength?: number;
  maxItems?: number;
  maximum?: number;
  pattern?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
type Answer = { status: number; contentType: string; body: unknown; text: string };
type Case = {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The answer this case must get, when the case is precise enough to know it. */
  expect?: number;
};

/** A fixed seed: the same cases every run, so a failure found once is found again (HOSTILE_SEED explores others). */
const SEED = Number(process.env.HOSTILE_SEED ?? 0x16_02);
const CASES_PER_OPERATION = 20;
const TOKEN_CASES_PER_OPERATION = 4;

/** mulberry32: small, fast, good enough to pick cases. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T>(items: readonly T[]): T[] =>
      items
        .map((item) => ({ item, key: next() }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item),
  };
}

/** Strings a careless or hostile client sends: unicode edge cases, injection fragments, traversal. */
const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  'zero\u200bwidth\u200d',
  '\ufeffbom',
  'e\u0301\u0301\u0301',
  '𝕏🎓👩🏽‍🎓',
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  '"); DELETE FROM read_models; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '',
  ' ',
];

/** Path parameters as they travel in a URL: already encoded, some of them invalid on purpose. */
const HOSTILE_SEGMENTS: ReadonlyArray<{ label: string; segment: string; expect?: number }> = [
  { label: 'NUL byte', segment: 'a%00b' },
  { label: 'lone NUL', segment: '%00' },
  { label: 'encoded traversal', segment: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'dot segment', segment: '%2E%2E' },
  { label: 'SQL fragment', segment: "'%20OR%201%3D1%20--" },
  { label: 'script', segment: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { label: 'RTL override', segment: '%E2%80%AEevil' },
  { label: 'zero-width', segment: 'a%E2%80%8Bb' },
  { label: 'lone surrogate (invalid UTF-8)', segment: '%ED%A0%80' },
  { label: 'broken percent-encoding', segment: '%E0%A4%A' },
  { label: 'negative number', segment: '-1' },
  { label: 'huge number', segment: '99999999999999999999999999' },
  { label: 'float', segment: '1.5e308' },
  { label: 'UUID-ish', segment: '00000000-0000-0000-0000-000000000000' },
  { label: 'overlong parameter', segment: 'x'.repeat(200), expect: 414 },
];

let t: TestApp;
let doc: Document;
let admin: string;
const answers: Array<{ c: Case; a: Answer }> = [];
const failures: string[] = [];
const writesByRejected: string[] = [];
const acceptedHostile: string[] = [];
const operationsWith5xx = new Set<string>();
let validWrites = 0;

beforeAll(async () => {
  // The fuzz sends a few thousand requests from one address: raise the budgets rather than weaken the checks.
  t = await startTestApp({ RATE_LIMIT_MAX: '1000000', RATE_LIMIT_BALLOT_MAX: '1000000' });
  admin = t.token('root', { role: 'admin', org: '*' });
  doc = (await t.request<Document>('GET', '/api/docs-json')).body;
  for (const [id, kind, parentId] of [
    ['school', 'school-union', undefined],
    ['arts', 'college-union', 'school'],
  ] as const) {
    const response = await t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId: id, kind, name: `${id} 学生会`, ...(parentId ? { parentId } : {}) },
    });
    expect(response.status).toBe(201);
  }
});
afterAll(() => t?.close());

function resolve(schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 20) return undefined;
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
  const nested = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (nested?.length) return resolve(nested[0], depth + 1);
  return schema;
}

/** A value that satisfies the schema's shape (not necessarily the domain's rules): the base each case breaks. */
function sample(raw: Schema | undefined, depth = 0): unknown {
  const schema = resolve(raw);
  if (!schema || depth > 6) return 'x';
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return schema.format === 'date' ? '2026-01-01' : 'sample-1';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items, depth + 1)];
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, depth + 1)]),
      );
  }
}

/** A value of another type than the schema's, among those a careless client sends. */
function wrongTypeFor(raw: Schema | undefined, random: ReturnType<typeof generator>): unknown {
  const type = resolve(raw)?.type;
  if (type === 'string') return random.pick([12345, ['a'], { a: 1 }, true]);
  if (type === 'integer' || type === 'number') return random.pick(['1', 1.5, -1, { n: 1 }, [1], true]);
  if (type === 'boolean') return random.pick(['yes', 'true', 1, [true]]);
  if (type === 'array') return random.pick([{ not: 'a list' }, 'x', [[]], [{}]]);
  // an object: a list of objects passes a bare ValidateNested element by element
  return random.pick([[{}], [{}, {}], ['not', 'an', 'object'], 'text', 7]);
}

function hugeFor(raw: Schema | undefined): unknown {
  const schema = resolve(raw);
  if (schema?.type === 'array') return Array.from({ length: Math.max(20_000, (schema.maxItems ?? 0) + 1) }, () => 'x');
  if (schema?.type === 'integer' || schema?.type === 'number') return 1e308;
  return '长'.repeat(Math.max(100_000, (schema?.maxLength ?? 0) + 1));
}

const deep = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** A plausible value for a path parameter, so the request reaches validation and the handler. */
function plausible(name: string): string {
  if (/^(n|round)$/i.test(name)) return '1';
  if (/school|org|branch|college|league|party|federation/i.test(name)) return 'school';
  return 'fuzz-1';
}

function fillPath(path: string, override?: { name: string; segment: string }): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    override?.name === name ? override.segment : encodeURIComponent(plausible(name)),
  );
}

function bodyCases(method: string, path: string, schema: Schema | undefined, random: ReturnType<typeof generator>) {
  const base = sample(schema) as Record<string, unknown>;
  const properties = Object.entries(resolve(schema)?.properties ?? {});
  const url = fillPath(path);
  const json = (label: string, value: unknown): Case => ({
    label,
    method,
    path: url,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  });
  const cases: Case[] = [
    json('body: every field missing', {}),
    json('body: an unknown field', { ...base, zzUnknown: 'x', __proto__: { polluted: true } }),
    json('body: prototype pollution', JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}')),
    json('body: a list, not an object', [base]),
    json('body: a bare string', 'hello'),
    json('body: null', null),
    json('body: deep nesting', { ...base, zzDeep: deep(3_000) }),
    {
      label: 'body: nesting a million levels deep',
      method,
      path: url,
      headers: { 'content-type': 'application/json' },
      body: `${'['.repeat(500_000)}${']'.repeat(500_000)}`,
    },
    {
      label: 'body: malformed JSON',
      method,
      path: url,
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    },
    { label: 'body: text/plain', method, path: url, headers: { 'content-type': 'text/plain' }, body: 'hello' },
    {
      label: 'body: XML',
      method,
      path: url,
      headers: { 'content-type': 'application/xml' },
      body: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    },
    {
      label: 'body: form-encoded',
      method,
      path: url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2',
    },
  ];
  for (const [key, value] of random.shuffle(properties).slice(0, 4)) {
    cases.push(json(`body.${key}: wrong type`, { ...base, [key]: wrongTypeFor(value, random) }));
    cases.push(json(`body.${key}: huge`, { ...base, [key]: hugeFor(value) }));
    cases.push(json(`body.${key}: deep nesting`, { ...base, [key]: deep(500) }));
    const hostile = random.pick(HOSTILE_STRINGS);
    cases.push(json(`body.${key}: ${JSON.stringify(hostile).slice(0, 30)}`, { ...base, [key]: hostile }));
  }
  for (const [key] of properties.filter(([, v]) => resolve(v)?.type === 'array').slice(0, 2)) {
    cases.push(json(`body.${key}: list of hostile strings`, { ...base, [key]: [...HOSTILE_STRINGS] }));
    cases.push(json(`body.${key}: list of nulls`, { ...base, [key]: [null, null] }));
  }
  const required = resolve(schema)?.required ?? [];
  if (required.length > 0) {
    const { [random.pick(required)]: _dropped, ...rest } = base;
    cases.push(json('body: one required field missing', rest));
  }
  return cases;
}

function queryCases(method: string, path: string, parameters: Parameter[], random: ReturnType<typeof generator>) {
  const url = fillPath(path);
  return random
    .shuffle(parameters.filter((p) => p.in === 'query'))
    .slice(0, 3)
    .flatMap((p): Case[] => [
      { label: `query ${p.name}: wrong type`, method, path: `${url}?${p.name}=%7B%22a%22%3A1%7D` },
      { label: `query ${p.name}: repeated`, method, path: `${url}?${p.name}=1&${p.name}=2` },
      { label: `query ${p.name}: NUL`, method, path: `${url}?${p.name}=a%00b` },
      { label: `query ${p.name}: huge number`, method, path: `${url}?${p.name}=1e309` },
      { label: `query ${p.name}: SQL`, method, path: `${url}?${p.name}=${encodeURIComponent("1' OR '1'='1")}` },
      { label: `query ${p.name}: invalid UTF-8`, method, path: `${url}?${p.name}=%ED%A0%80` },
      { label: `query ${p.name}[]: bracket array`, method, path: `${url}?${p.name}[]=1&${p.name}[a]=2` },
    ]);
}

/** Tokens that must never get past the guard: missing, malformed, expired, wrongly signed, wrong scheme. */
function tokenCases(method: string, path: string): Case[] {
  const url = fillPath(path);
  const { jwtSecret, jwtIssuer } = t.runtime.config;
  const grant = [{ role: 'admin', org: '*' }] as const;
  const expired = issueToken(jwtSecret, jwtIssuer, 'root', grant, -60);
  const forged = issueToken('not-the-secret-not-the-secret-00', jwtIssuer, 'root', grant);
  const otherIssuer = issueToken(jwtSecret, 'someone-else', 'root', grant);
  const [header, payload] = t.token('root', ...grant).split('.');
  const unsigned = `${header}.${payload}.`;
  const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
  return [
    { label: 'token: none', method, path: url },
    { label: 'token: garbage', method, path: url, headers: { authorization: 'Bearer not.a.token' } },
    { label: 'token: expired', method, path: url, headers: { authorization: `Bearer ${expired}` } },
    { label: 'token: forged', method, path: url, headers: { authorization: `Bearer ${forged}` } },
    { label: 'token: other issuer', method, path: url, headers: { authorization: `Bearer ${otherIssuer}` } },
    { label: 'token: unsigned', method, path: url, headers: { authorization: `Bearer ${unsigned}` } },
    { label: 'token: alg none', method, path: url, headers: { authorization: `Bearer ${none}` } },
    { label: 'token: basic scheme', method, path: url, headers: { authorization: 'Basic cm9vdDpyb290' } },
    { label: 'token: empty bearer', method, path: url, headers: { authorization: 'Bearer ' } },
    {
      label: 'token: a role of another organisation',
      method,
      path: url,
      headers: { authorization: `Bearer ${t.token('mallory', { role: 'union-staff', org: 'elsewhere' })}` },
    },
  ];
}

/** The hostile cases of one operation: a bounded, seeded selection of every family that applies to it. */
function casesFor(method: string, path: string, op: Operation, index: number): Case[] {
  const random = generator(SEED + index);
  const params = (path.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1));
  const pathCases = params.flatMap((name) =>
    random.shuffle(HOSTILE_SEGMENTS).map((s): Case => ({
      label: `path ${name}: ${s.label}`,
      method,
      path: fillPath(path, { name, segment: s.segment }),
      ...(s.expect ? { expect: s.expect } : {}),
    })),
  );
  const bodyType = Object.keys(op.requestBody?.content ?? {});
  const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
  const body =
    method === 'get'
      ? []
      : bodyType.includes('application/json') || bodyType.length === 0
        ? bodyCases(method, path, jsonSchema, random)
        : [
            {
              label: 'body: JSON on a file route',
              method,
              path: fillPath(path),
              headers: { 'content-type': 'application/json' },
              body: '{}',
            },
            {
              label: 'body: hostile CSV',
              method,
              path: fillPath(path),
              headers: { 'content-type': 'text/csv' },
              body: `学号,姓名\r\n${HOSTILE_STRINGS.map((s) => `"${s.replace(/"/g, '""')}",x`).join('\r\n')}\r\n`,
            },
          ];
  const query = queryCases(method, path, op.parameters ?? [], random);
  const headers = headerCases(method, path, random);
  // The cases every operation gets, whatever the seed: a NUL in its first path parameter, no body, an unknown field.
  const always = (cases: Case[], labels: RegExp) => [
    ...cases.filter((c) => labels.test(c.label)),
    ...random.shuffle(cases.filter((c) => !labels.test(c.label))),
  ];
  const families = [
    always(pathCases, /: NUL byte$/).slice(0, 8),
    always(body, /^body: (every field missing|an unknown field|one required field missing)$/),
    random.shuffle(query),
    headers,
  ];
  // Round robin over the families: each is represented, and the total per operation stays bounded.
  const authorised: Case[] = [];
  for (let round = 0; authorised.length < CASES_PER_OPERATION && families.some((f) => f.length > round); round++)
    for (const family of families)
      if (family[round] && authorised.length < CASES_PER_OPERATION) authorised.push(family[round]);
  return [
    ...authorised.map((c) => ({ ...c, headers: { authorization: `Bearer ${admin}`, ...c.headers } })),
    ...random.shuffle(tokenCases(method, path)).slice(0, TOKEN_CASES_PER_OPERATION),
  ];
}

/** Headers the app reads itself, with values no client should send. */
function headerCases(method: string, path: string, random: ReturnType<typeof generator>): Case[] {
  const url = fillPath(path);
  const withBody = method === 'get' ? {} : { body: '{}' };
  const json: Record<string, string> = method === 'get' ? {} : { 'content-type': 'application/json' };
  const cases: Case[] = [
    {
      label: 'header: hostile correlation id',
      method,
      path: url,
      headers: { ...json, 'x-correlation-id': `<script>${'c'.repeat(500)}` },
      ...withBody,
    },
    {
      label: 'header: hostile causation id',
      method,
      path: url,
      headers: { ...json, 'x-causation-id': "' OR 1=1 --" },
      ...withBody,
    },
    {
      label: 'header: malformed X-Read-After',
      method,
      path: url,
      headers: { ...json, 'x-read-after': '../../etc' },
      ...withBody,
    },
    {
      label: 'header: odd Accept-Language',
      method,
      path: url,
      headers: { ...json, 'accept-language': `*;q=abc,${'x'.repeat(300)};q=2` },
      ...withBody,
    },
    {
      label: 'header: content-type with odd parameters',
      method,
      path: url,
      headers: { 'content-type': 'application/json; charset=utf-7; boundary=--x' },
      ...withBody,
    },
  ];
  if (method !== 'get')
    cases.push(
      {
        label: 'header: traversal Idempotency-Key',
        method,
        path: url,
        headers: { ...json, 'idempotency-key': '../../../etc/passwd' },
        body: '{}',
      },
      {
        label: 'header: SQL Idempotency-Key',
        method,
        path: url,
        headers: { ...json, 'idempotency-key': "k'; DROP TABLE http_idempotency; --" },
        body: '{}',
      },
    );
  return random.shuffle(cases);
}

async function send(c: Case): Promise<Answer> {
  const response = await fetch(`${t.baseUrl}${c.path}`, {
    method: c.method.toUpperCase(),
    headers: c.headers,
    body: c.body,
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (contentType.includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, contentType, body, text };
}

/** What each answer must be, whatever was sent. */
function judge(c: Case, a: Answer): void {
  const where = `${c.method.toUpperCase()} ${c.path.slice(0, 120)} (${c.label})`;
  answers.push({ c, a });
  if (a.status >= 500) failures.push(`${where}: ${a.status} ${a.text.slice(0, 200)}`);
  if (c.expect && a.status !== c.expect) failures.push(`${where}: expected ${c.expect}, got ${a.status}`);
  if (a.status >= 400 && a.status < 500) {
    const body = a.body as { status?: unknown; code?: unknown; title?: unknown };
    if (!a.contentType.startsWith('application/problem+json'))
      failures.push(`${where}: ${a.status} answered as ${a.contentType || 'no content type'}: ${a.text.slice(0, 120)}`);
    else if (body.status !== a.status || typeof body.code !== 'string' || typeof body.title !== 'string')
      failures.push(`${where}: ${a.status} problem lacks status, code or title: ${a.text.slice(0, 120)}`);
  }
}

const head = async (): Promise<string> => (await t.runtime.store.headPosition()) ?? 'empty';

let organisationsRegistered = 0;
/** A valid write between batches: the log grows, so an unchanged head after a rejected batch means something. */
async function validWrite(): Promise<void> {
  organisationsRegistered += 1;
  const response = await t.request('POST', '/api/v1/organisations', {
    token: admin,
    body: { organisationId: `fuzz-valid-${organisationsRegistered}`, kind: 'school-union', name: '合法写入' },
  });
  expect(response.status).toBe(201);
  validWrites += 1;
}

function operations() {
  return Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ method, path, op })),
  );
}

describe('hostile input, every operation of /api/docs-json', () => {
  it('never answers 5xx, answers every 4xx as problem+json, and writes no event for a refused request', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(60);
    let index = 0;
    for (const { method, path, op } of ops) {
      index += 1;
      if (index % 8 === 0) {
        const before = await head();
        await validWrite();
        expect(await head()).not.toBe(before);
      }
      // The batch of one operation: the head is read before and after each request, so a write is pinned on the
      // request that made it; a batch all refused must leave the head where it found it.
      const batchBefore = await head();
      let allRefused = true;
      for (const c of casesFor(method, path, op, index)) {
        const before = await head();
        const answer = await send(c);
        const after = await head();
        judge(c, answer);
        if (answer.status >= 500) operationsWith5xx.add(`${method.toUpperCase()} ${path}`);
        const id = `${method.toUpperCase()} ${path} (${c.label})`;
        if (answer.status >= 300) {
          if (after !== before) writesByRejected.push(`${id}: ${answer.status}, head moved ${before} -> ${after}`);
        } else {
          allRefused = false;
          if (method !== 'get') acceptedHostile.push(`${id}: ${answer.status}`);
        }
      }
      const batchAfter = await head();
      if (allRefused && batchAfter !== batchBefore)
        writesByRejected.push(
          `${method.toUpperCase()} ${path}: refused batch, head moved ${batchBefore} -> ${batchAfter}`,
        );
    }
    await overlongRequests();
    printSummary(ops.length);
    expect(validWrites).toBeGreaterThan(5);
    expect(failures).toEqual([]);
    expect(writesByRejected).toEqual([]);
  });
});

describe('what the fuzz found, answered precisely', () => {
  type Problem = { status: number; code: string; title: string; errors?: Array<{ field: string; rule: string }> };
  const as = async (c: Case) => {
    const answer = await send({ ...c, headers: { authorization: `Bearer ${admin}`, ...c.headers } });
    return { ...answer, contentType: answer.contentType.split(';')[0], body: answer.body as Problem };
  };

  it('refuses a NUL byte in a path parameter, the query or the body with 400 naming the field, not a 500', async () => {
    const path = await as({ label: '', method: 'get', path: '/api/v1/organisations/a%00b' });
    expect([path.status, path.contentType, path.body.code]).toEqual([
      400,
      'application/problem+json',
      'REQUEST.INVALID',
    ]);
    expect(path.body.errors).toEqual([
      { field: 'organisationId', rule: 'wellFormedText', message: expect.stringContaining('organisationId') },
    ]);
    const query = await as({ label: '', method: 'get', path: '/api/v1/organisations?kind=%00' });
    expect([query.status, query.body.errors?.[0]?.field]).toEqual([400, 'kind']);
    const body = await as({
      label: '',
      method: 'post',
      path: '/api/v1/organisations/school/elections/e-1/rounds',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ sittingId: 'a\u0000b' }),
    });
    expect([body.status, body.body.errors?.[0]]).toEqual([
      400,
      { field: 'sittingId', rule: 'wellFormedText', message: expect.stringContaining('NUL byte') },
    ]);
    const surrogate = await as({
      label: '',
      method: 'put',
      path: '/api/v1/organisations/school/name',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x\\ud800y"}',
    });
    expect([surrogate.status, surrogate.body.errors?.[0]?.rule]).toEqual([400, 'wellFormedText']);
  });

  it('refuses a body nested too deeply with 400, however deep, where the stack overflowed', async () => {
    for (const body of [JSON.stringify({ delegateId: deep(3_000) }), `${'['.repeat(500_000)}${']'.repeat(500_000)}`]) {
      const answer = await as({
        label: '',
        method: 'post',
        path: '/api/v1/organisations/school/sittings/s-1/check-ins',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.rule).toBe('maxDepth');
    }
  });

  it('refuses a list where the body takes one object, and a missing nested object, where both got through', async () => {
    const listed = await as({
      label: '',
      method: 'post',
      path: '/api/v1/organisations',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId: 'listed', kind: 'school-union', name: '列表', policy: [{}] }),
    });
    expect([listed.status, listed.body.errors]).toEqual([
      400,
      [{ field: 'policy', rule: 'isObject', message: 'policy 必须是对象' }],
    ]);
    const missing = await as({
      label: '',
      method: 'patch',
      path: '/api/v1/organisations/school/policy',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '无' }),
    });
    expect([missing.status, missing.body.errors?.map((e) => [e.field, e.rule])]).toEqual([
      400,
      [['changes', 'isDefined']],
    ]);
  });

  it('answers what the router refuses (bad percent-encoding, a parameter over 100 characters) as problem+json', async () => {
    const malformed = await as({ label: '', method: 'get', path: '/api/v1/organisations/%ED%A0%80' });
    expect([malformed.status, malformed.contentType, malformed.body.code, malformed.body.title]).toEqual([
      400,
      'application/problem+json',
      'REQUEST.MALFORMED_URL',
      '地址格式有误',
    ]);
    const long = await as({
      label: '',
      method: 'get',
      path: `/api/v1/organisations/${'x'.repeat(200)}`,
      headers: { 'accept-language': 'en' },
    });
    expect([long.status, long.contentType, long.body.code, long.body.title]).toEqual([
      414,
      'application/problem+json',
      'REQUEST.URI_TOO_LONG',
      'The URL is too long',
    ]);
    expect((long.body as Problem & { correlationId?: string }).correlationId).toEqual(expect.any(String));
  });

  it('answers an overlong URL with 414 and overlong headers with 431, problem+json in the caller’s language', async () => {
    const url = await as({ label: '', method: 'get', path: `/api/v1/organisations?kind=${'x'.repeat(10_000)}` });
    expect([url.status, url.contentType, url.body.code, url.body.title]).toEqual([
      414,
      'application/problem+json',
      'REQUEST.URI_TOO_LONG',
      '地址过长',
    ]);
    const zh = await as({
      label: '',
      method: 'get',
      path: '/api/v1/organisations',
      headers: { 'x-big': 'h'.repeat(40_000) },
    });
    expect([zh.status, zh.contentType, zh.body.code, zh.body.title]).toEqual([
      431,
      'application/problem+json',
      'REQUEST.HEADERS_TOO_LARGE',
      '请求头过大',
    ]);
    const en = await as({
      label: '',
      method: 'get',
      path: '/api/v1/organisations',
      headers: { 'accept-language': 'en', 'x-big': 'h'.repeat(40_000) },
    });
    expect([en.status, en.body.code, en.body.title]).toEqual([
      431,
      'REQUEST.HEADERS_TOO_LARGE',
      'The headers are too large',
    ]);
  });
});

/** One batch whose every request the server must refuse before reading it: overlong URLs and headers. */
async function overlongRequests(): Promise<void> {
  const before = await head();
  const cases: Case[] = [
    { label: 'overlong URL', method: 'get', path: `/api/v1/organisations?kind=${'x'.repeat(10_000)}`, expect: 414 },
    {
      label: 'overlong URL on a command',
      method: 'post',
      path: `/api/v1/organisations?${'a=1&'.repeat(3_000)}`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
      expect: 414,
    },
    {
      label: 'overlong header',
      method: 'get',
      path: '/api/v1/organisations',
      headers: { 'x-big': 'h'.repeat(40_000) },
      expect: 431,
    },
    {
      label: 'overlong header, English',
      method: 'post',
      path: '/api/v1/organisations',
      headers: { 'accept-language': 'en', 'x-big': 'h'.repeat(40_000), 'content-type': 'application/json' },
      body: '{}',
      expect: 431,
    },
    {
      label: 'many headers',
      method: 'get',
      path: '/api/v1/organisations',
      headers: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`x-h-${i}`, 'v'.repeat(10)])),
      expect: 431,
    },
  ];
  for (const c of cases) {
    c.headers = { authorization: `Bearer ${admin}`, ...c.headers };
    judge(c, await send(c));
  }
  const after = await head();
  if (after !== before) writesByRejected.push(`overlong requests: head moved ${before} -> ${after}`);
}

function printSummary(operationCount: number): void {
  const byClass: Record<string, number> = {};
  for (const { a } of answers)
    byClass[`${Math.floor(a.status / 100)}xx`] = (byClass[`${Math.floor(a.status / 100)}xx`] ?? 0) + 1;
  const byCode: Record<string, number> = {};
  for (const { a } of answers) {
    const code = (a.body as { code?: string })?.code ?? String(a.status);
    byCode[code] = (byCode[code] ?? 0) + 1;
  }
  const codes = Object.entries(byCode)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const classes = Object.entries(byClass)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `hostile input (seed ${SEED}): ${operationCount} operations walked, ${answers.length} requests sent (${classes}), ` +
      `${validWrites} valid writes between batches, ${failures.length} failures ` +
      `(5xx on ${operationsWith5xx.size} operations), ` +
      `${writesByRejected.length} refused requests or batches that wrote, ${acceptedHostile.length} hostile commands accepted` +
      `\nby code: ${codes}` +
      (failures.length ? `\n${failures.join('\n')}` : '') +
      (acceptedHostile.length ? `\naccepted:\n${acceptedHostile.join('\n')}` : '') +
      // the server's own account of its 5xx answers: the first stack traces it logged
      `\n${t.logLines
        .filter((line) => line.includes('"level":"error"'))
        .slice(0, 3)
        .join('\n')}`,
  );
}
