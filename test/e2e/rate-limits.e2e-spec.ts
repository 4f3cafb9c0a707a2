import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type TestApp, startTestApp } from '../support/test-app.js';

type Problem = { status: number; code: string; title: string; detail: string; retryAfterSeconds: number };

let limited: TestApp;
let unlimited: TestApp;
let proxied: TestApp;

beforeAll(async () => {
  // A window far longer than the test: no budget can refill while it runs.
  [limited, unlimited, proxied] = await Promise.all([
    startTestApp({ RATE_LIMIT_MAX: '6', RATE_LIMIT_BALLOT_MAX: '2', RATE_LIMIT_WINDOW_MS: '3600000' }),
    startTestApp({ RATE_LIMIT: 'off', RATE_LIMIT_MAX: '1', RATE_LIMIT_BALLOT_MAX: '1' }),
    // The test speaks from 127.0.0.1: as if it were the reverse proxy in front of Charter.
    startTestApp({ TRUST_PROXY: '127.0.0.1', RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '3600000' }),
  ]);
});
afterAll(async () => {
  await Promise.all([limited?.close(), unlimited?.close(), proxied?.close()]);
});

const castPath = '/api/v1/ballot-box/some-election/rounds/1/ballots';
const credentialPath = '/api/v1/organisations/school/elections/some-election/rounds/1/credential';

function expectRateLimited(response: { status: number; headers: Headers; body: unknown }): Problem {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  // The refusal is still a response of this API: helmet's headers are on it.
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const body = response.body as Problem;
  expect(body).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
  expect(body.retryAfterSeconds).toBe(Number(response.headers.get('retry-after')));
  return body;
}

describe('rate limits per client IP', () => {
  it('give the ballot box and the credential route each a budget of their own, smaller than the API’s', async () => {
    for (const path of [castPath, credentialPath]) {
      for (let i = 0; i < 2; i++) {
        const within = await limited.request('POST', path, { body: { credential: 'not-a-credential' } });
        expect([400, 401, 404, 422]).toContain(within.status);
      }
      const refused = expectRateLimited(
        await limited.request('POST', path, { body: { credential: 'not-a-credential' } }),
      );
      expect(refused.title).toBe('请求过于频繁');
    }
    // Four strict requests spent nothing of the API's budget of six.
    for (let i = 0; i < 6; i++) expect((await limited.request('GET', '/health/live')).status).toBe(200);
  });

  it('refuse the request past the API-wide budget with 429 problem+json, in Chinese unless English is asked for', async () => {
    const zhResponse = await limited.request('GET', '/health/live');
    expect(zhResponse.headers.get('content-language')).toBe('zh-CN');
    const zh = expectRateLimited(zhResponse);
    expect(zh.title).toBe('请求过于频繁');
    expect(zh.detail).toMatch(/请在 \d+ 秒后重试/);
    const enResponse = await limited.request('GET', '/api/v1/organisations', {
      headers: { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' },
    });
    expect(enResponse.headers.get('content-language')).toBe('en');
    const en = expectRateLimited(enResponse);
    expect(en.title).toBe('Too many requests');
    expect(en.detail).toMatch(/retry in \d+ s/);
    // Without TRUST_PROXY, X-Forwarded-For is the client's own claim: naming another address buys no new budget.
    expectRateLimited(await limited.request('GET', '/health/live', { headers: { 'x-forwarded-for': '198.51.100.1' } }));
    expect(limited.logLines.some((line) => line.includes('"status":429'))).toBe(true);
  });

  it('count per client behind a trusted proxy: X-Forwarded-For from TRUST_PROXY names the client', async () => {
    const from = (client: string) => proxied.request('GET', '/health/live', { headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 2; i++) expect((await from('203.0.113.7')).status).toBe(200);
    expectRateLimited(await from('203.0.113.7'));
    expect((await from('203.0.113.8')).status).toBe(200);
  });

  it('are off with RATE_LIMIT=off, whatever the budgets say', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await unlimited.request('GET', '/health/live')).status).toBe(200);
      expect((await unlimited.request('POST', castPath, { body: { credential: 'not-a-credential' } })).status).not.toBe(
        429,
      );
    }
  });
});
