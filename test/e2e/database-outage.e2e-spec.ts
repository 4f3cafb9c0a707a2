import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/test-app.js';
import type { TcpProxy } from '../support/tcp-proxy.js';
import { type AppBehindProxy, startAppBehindProxy } from '../support/app-behind-proxy.js';
import { eventually } from '../support/eventually.js';

let t: TestApp;
let proxy: TcpProxy;
let admin: string;
let behind: AppBehindProxy;

beforeAll(async () => {
  behind = await startAppBehindProxy();
  ({ t, proxy } = behind);
  admin = t.token('root', { role: 'admin', org: '*' });
});
afterAll(() => behind.close());

describe('when the database goes away', () => {
  it('answers commands with 503 problem+json, reports it in /health, and recovers by itself', async () => {
    const register = (id: string) =>
      t.request<{ code: string; status: number }>('POST', '/api/v1/organisations', {
        token: admin,
        body: { organisationId: id, kind: 'school-union', name: id },
      });
    expect((await register('before')).status).toBe(201);

    await proxy.cut();
    const refused = await register('during');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('SERVICE.DATABASE_UNAVAILABLE');
    const health = await t.request<{ status: string; database: string }>('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'down', database: 'down' });

    await proxy.start();
    await eventually(async () => (await t.request('GET', '/health')).status === 200, 20_000, 'recovery');
    expect((await register('after')).status).toBe(201);
    expect(await t.runtime.store.getStreamRevision('organisation-during')).toBe('no_stream');
  });
});
