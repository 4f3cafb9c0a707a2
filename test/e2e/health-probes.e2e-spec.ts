import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '../support/eventually.js';
import type { TcpProxy } from '../support/tcp-proxy.js';
import { type AppBehindProxy, startAppBehindProxy } from '../support/app-behind-proxy.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let proxy: TcpProxy;
let behind: AppBehindProxy;

beforeAll(async () => {
  behind = await startAppBehindProxy();
  ({ t, proxy } = behind);
});
afterAll(() => behind.close());

describe('health probes while the database is away', () => {
  it('keep /health/live at 200, turn /health/ready to 503, and make it 200 again when the database is back', async () => {
    expect((await t.request('GET', '/health/ready')).status).toBe(200);

    await proxy.cut();
    const live = await t.request('GET', '/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'up' });
    const ready = await t.request<{ status: string; database: string; eventStore: { status: string } }>(
      'GET',
      '/health/ready',
    );
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'not-ready', database: 'down', eventStore: { status: 'down' } });
    // The metrics still answer: the projection gauges go without samples rather than failing the scrape.
    const scrape = await t.request<string>('GET', '/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.body).toContain('# TYPE charter_projection_lag_events gauge');
    expect(scrape.body).not.toMatch(/charter_projection_lag_events\{/);

    await proxy.start();
    await eventually(
      async () => (await t.request('GET', '/health/ready')).status === 200,
      20_000,
      'readiness after recovery',
    );
  });
});
