import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let schoolStaff: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = t.token('root', { role: 'admin', org: '*' });
  schoolStaff = t.token('staff-7', { role: 'union-staff', org: 'school' });
});
afterAll(() => t.close());

describe('organisations over HTTP', () => {
  it('registers the school union and a college under it, then lists them with the charter defaults', async () => {
    const school = await t.request<{ position: string; events: string[] }>('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId: 'school', kind: 'school-union', name: '校学生会' },
    });
    expect(school.status).toBe(201);
    expect(school.body.events).toEqual(['OrganisationRegistered']);
    const college = await t.request<{ position: string }>('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId: 'arts', kind: 'college-union', name: '艺术学院学生会', parentId: 'school' },
    });
    expect(college.status).toBe(201);

    const list = await t.request<
      Array<{ organisationId: string; policy: { presidiumSeats: number; staff: { min: number; max: number } } }>
    >('GET', '/api/v1/organisations', { token: schoolStaff, headers: { 'x-read-after': college.body.position } });
    expect(list.status).toBe(200);
    expect(list.body.map((o) => o.organisationId)).toEqual(['arts', 'school']);
    expect(list.body[0]!.policy.presidiumSeats).toBe(3);
    expect(list.body[0]!.policy.staff).toEqual({ min: 20, max: 30 });
    expect(list.body[1]!.policy.presidiumSeats).toBe(4);
  });

  it('records a policy change by the union staff, with its reason in the event', async () => {
    const changed = await t.request<{ position: string; events: string[]; stream: string }>(
      'PATCH',
      '/api/v1/organisations/school/policy',
      {
        token: schoolStaff,
        body: { changes: { staff: { max: 45 } }, reason: 'Resolution 3' },
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.events).toEqual(['PolicyChanged']);
    const view = await t.request<{ policy: { staff: { max: number } }; policyChanges: number }>(
      'GET',
      '/api/v1/organisations/school',
      {
        token: schoolStaff,
        headers: { 'x-read-after': changed.body.position },
      },
    );
    expect(view.body.policy.staff.max).toBe(45);
    expect(view.body.policyChanges).toBe(1);
    const events = [];
    for await (const e of t.runtime.store.readStream('organisation-school')) events.push(e);
    expect(events[1]!.metadata).toMatchObject({
      actorId: 'staff-7',
      actorRole: 'union-staff',
      actorOrganisationId: 'school',
      reason: 'Resolution 3',
    });
  });

  it('answers a rule the charter breaks with problem+json naming the field', async () => {
    const response = await t.request<{ code: string; status: number; errors: Array<{ field: string }> }>(
      'PATCH',
      '/api/v1/organisations/school/policy',
      {
        token: schoolStaff,
        body: { changes: { quorum: { numerator: 1, denominator: 2 } }, reason: 'try' },
      },
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('ORGANISATION.POLICY_OUT_OF_RANGE');
    expect(response.body.errors[0]!.field).toBe('policy.quorum');
  });

  it('names every invalid and unknown field of a malformed body', async () => {
    const response = await t.request<{ code: string; errors: Array<{ field: string; rule: string }> }>(
      'POST',
      '/api/v1/organisations',
      {
        token: admin,
        body: { organisationId: 'Bad Id!', kind: 'club', name: '', colour: 'red' },
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('REQUEST.INVALID');
    const fields = response.body.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['organisationId', 'kind', 'name', 'colour']));
  });

  it('answers unparseable JSON with a 400 problem, not a 500', async () => {
    const response = await t.request<{ status: number }>('POST', '/api/v1/organisations', {
      token: admin,
      body: '{"organisationId": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a missing token with 401 and a role for another organisation with 403', async () => {
    const anonymous = await t.request<{ code: string }>('GET', '/api/v1/organisations');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    const forged = issueToken('not-the-secret', t.runtime.config.jwtIssuer, 'root', [{ role: 'admin', org: '*' }]);
    expect((await t.request('GET', '/api/v1/organisations', { token: forged })).status).toBe(401);
    const otherIssuer = issueToken(t.runtime.config.jwtSecret, 'elsewhere', 'root', [{ role: 'admin', org: '*' }]);
    expect((await t.request('GET', '/api/v1/organisations', { token: otherIssuer })).status).toBe(401);
    const otherCollege = t.token('staff-9', { role: 'college-union-staff', org: 'science' });
    const forbidden = await t.request<{ code: string }>('PATCH', '/api/v1/organisations/arts/policy', {
      token: otherCollege,
      body: { changes: { presidiumSeats: 2 }, reason: 'x' },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('AUTH.ROLE_REQUIRED');
  });

  it('lets a supervisor read everything and write nothing', async () => {
    const supervisor = t.token('sup-1', { role: 'supervisor', org: '*' });
    expect((await t.request('GET', '/api/v1/organisations', { token: supervisor })).status).toBe(200);
    const write = await t.request('PATCH', '/api/v1/organisations/school/policy', {
      token: supervisor,
      body: { changes: { presidiumSeats: 2 }, reason: 'x' },
    });
    expect(write.status).toBe(403);
  });

  it('returns the first answer to a repeated Idempotency-Key and refuses the key with another body', async () => {
    const body = { organisationId: 'science', kind: 'college-union', name: '理学院学生会', parentId: 'school' };
    const headers = { 'idempotency-key': 'register-science-0001' };
    const first = await t.request<{ position: string }>('POST', '/api/v1/organisations', {
      token: admin,
      body,
      headers,
    });
    const again = await t.request<{ position: string }>('POST', '/api/v1/organisations', {
      token: admin,
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.runtime.store.getStreamRevision('organisation-science')).toBe(0n);
    const other = await t.request<{ code: string }>('POST', '/api/v1/organisations', {
      token: admin,
      body: { ...body, name: 'x' },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('echoes the correlation id and writes it into the events and the request log', async () => {
    const response = await t.request<{ stream: string }>('PUT', '/api/v1/organisations/arts/name', {
      token: t.token('arts-staff', { role: 'college-union-staff', org: 'arts' }),
      body: { name: '艺术与设计学院学生会' },
      headers: { 'x-correlation-id': 'corr-e2e-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe('corr-e2e-1');
    const events = [];
    for await (const e of t.runtime.store.readStream('organisation-arts')) events.push(e);
    expect(events.at(-1)!.metadata.correlationId).toBe('corr-e2e-1');
    expect(t.logLines.some((l) => l.includes('"correlationId":"corr-e2e-1"') && l.includes('"status":200'))).toBe(true);
  });

  it('serves the OpenAPI document and reports health with each projection', async () => {
    const docs = await t.request<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toContain('/api/v1/organisations');
    const health = await t.request<{ status: string; database: string; projections: Array<{ name: string }> }>(
      'GET',
      '/health',
    );
    expect(health.status).toBe(200);
    expect(health.body.database).toBe('up');
    expect(health.body.projections.map((p) => p.name)).toContain('organisations.directory');
  });
});
