import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { markFaulted } from '../../src/shared/projections/checkpoint-store.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

let t: TestApp;
let cors: TestApp;
let admin: string;

beforeAll(async () => {
  [t, cors] = await Promise.all([
    startTestApp(),
    startTestApp({ CORS_ORIGINS: 'https://union.example.edu.cn, https://admin.example.edu.cn' }),
  ]);
  admin = t.token('root', { role: 'admin', org: '*' });
});
afterAll(async () => {
  await Promise.all([t?.close(), cors?.close()]);
});

const register = (app: TestApp, id: string) =>
  app.request<{ code?: string; position?: string }>('POST', '/api/v1/organisations', {
    token: admin,
    body: { organisationId: id, kind: 'school-union', name: `${id} 学生会` },
  });

describe('security headers (helmet)', () => {
  it('are on API answers, error answers included', async () => {
    for (const response of [await t.request('GET', '/health/live'), await t.request('GET', '/api/v1/organisations')]) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await t.request('GET', '/api/v1/organisations')).status).toBe(401);
  });

  it('let Swagger UI load: its page uses only same-origin scripts, which the policy allows, and they and the document are served', async () => {
    const page = await t.request<string>('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    // An inline <script> would be blocked by script-src 'self': every script must come from a URL on this server.
    const scripts = [...page.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      const src = /src=["']([^"']+)["']/.exec(attributes)?.[1];
      expect(src).toBeDefined();
      expect(src).not.toMatch(/^(https?:)?\/\//);
      const script = await t.request('GET', new URL(src!, `${t.baseUrl}/api/docs/`).pathname);
      expect(script.status).toBe(200);
    }
    const stylesheet = /<link[^>]+href=["']([^"']+\.css)["']/.exec(page.body)?.[1];
    expect((await t.request('GET', new URL(stylesheet!, `${t.baseUrl}/api/docs/`).pathname)).status).toBe(200);

    const json = await t.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });
});

describe('CORS', () => {
  it('is off by default: no Access-Control-Allow-Origin for any origin, preflight included', async () => {
    const simple = await t.request('GET', '/health/live', { headers: { origin: 'https://union.example.edu.cn' } });
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await t.request('OPTIONS', '/api/v1/organisations', {
      headers: {
        origin: 'https://union.example.edu.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes an origin on CORS_ORIGINS, for requests and preflights, and answers no other origin', async () => {
    const allowed = await cors.request('GET', '/health/live', { headers: { origin: 'https://admin.example.edu.cn' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.edu.cn');
    expect(allowed.headers.get('vary')).toContain('Origin');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-correlation-id');
    const preflight = await cors.request('OPTIONS', '/api/v1/organisations', {
      headers: {
        origin: 'https://union.example.edu.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://union.example.edu.cn');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const other = await cors.request('GET', '/health/live', { headers: { origin: 'https://evil.example.com' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPreflight = await cors.request('OPTIONS', '/api/v1/organisations', {
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /metrics', () => {
  it('exposes command, conflict, retry, projection and HTTP metrics, labelled by route pattern, never by id', async () => {
    const registered = await register(t, 'metrics-school');
    expect(registered.status).toBe(201);
    const again = await register(t, 'metrics-school');
    expect(again.body.code).toBe('ORGANISATION.ALREADY_REGISTERED');
    expect(
      (
        await t.request('GET', '/api/v1/organisations/metrics-school', {
          token: admin,
          headers: { 'x-read-after': registered.body.position! },
        })
      ).status,
    ).toBe(200);

    const scrape = await t.request<string>('GET', '/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toContain('text/plain');
    const text = scrape.body;
    for (const [name, type] of [
      ['charter_command_duration_seconds', 'histogram'],
      ['charter_append_conflicts_total', 'counter'],
      ['charter_command_retries_total', 'counter'],
      ['charter_projection_lag_events', 'gauge'],
      ['charter_projection_faulted', 'gauge'],
      ['charter_projection_rebuild_progress', 'gauge'],
      ['charter_http_request_duration_seconds', 'histogram'],
    ]) {
      expect(text).toContain(`# TYPE ${name} ${type}`);
    }
    expect(text).toContain('charter_command_duration_seconds_count{command="RegisterOrganisation",outcome="ok"} 1');
    expect(text).toContain(
      'charter_command_duration_seconds_count{command="RegisterOrganisation",outcome="rejected"} 1',
    );
    expect(text).toMatch(
      /charter_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/organisations",status="201"\} 1/,
    );
    expect(text).toMatch(
      /charter_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/organisations\/:organisationId",status="200"\} 1/,
    );
    expect(text).not.toContain('metrics-school');
    for (const name of t.runtime.projections.names()) {
      expect(text).toMatch(new RegExp(`charter_projection_faulted\\{projection="${name}"\\} 0`));
      expect(text).toMatch(new RegExp(`charter_projection_lag_events\\{projection="${name}"\\} \\d+`));
      expect(text).toMatch(new RegExp(`charter_projection_rebuild_progress\\{projection="${name}"\\} [\\d.]+`));
    }
  });

  it('counts only its own runtime: another app in the same process has not seen these commands', async () => {
    const other = await cors.request<string>('GET', '/metrics');
    expect(other.body).not.toContain('command="RegisterOrganisation"');
  });
});

describe('health probes', () => {
  it('/health/live answers 200 while the process runs; /health/ready is 200 while everything is up', async () => {
    const live = await t.request('GET', '/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'up' });
    const ready = await t.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      database: 'up',
      eventStore: { kind: 'postgres', status: 'up' },
      faultedProjections: [],
    });
  });

  it('/health/ready is 503 while a projection is faulted, and 200 again once it is resumed; /health/live stays 200', async () => {
    const [name] = t.runtime.projections.names();
    await markFaulted(t.runtime.dataSource, name!, '00000000-0000-4000-8000-000000000000', 'injected by the test');
    const notReady = await t.request<{ status: string; faultedProjections: string[] }>('GET', '/health/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({ status: 'not-ready', database: 'up', faultedProjections: [name] });
    expect((await t.request('GET', '/health/live')).status).toBe(200);
    expect((await t.request<string>('GET', '/metrics')).body).toContain(
      `charter_projection_faulted{projection="${name}"} 1`,
    );
    // The existing /health is unchanged: a faulted projection degrades it but it still answers 200.
    const health = await t.request<{ status: string }>('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');

    await t.runtime.projections.resume([name!]);
    expect((await t.request('GET', '/health/ready')).status).toBe(200);
  });
});
