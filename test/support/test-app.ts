import type { Clock } from '../../src/shared/clock.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '../../src/app/http-app.js';
import { type Runtime, startRuntime } from '../../src/app/runtime.js';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import type { RoleGrant } from '../../src/shared/auth/roles.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { JsonLogger } from '../../src/shared/logging/json-logger.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export type HttpResponse<T = unknown> = Readonly<{ status: number; headers: Headers; body: T }>;

/** What a test needs to speak HTTP to an app, in this process or in its own (test/support/built-app.ts). */
export type HttpClient = Readonly<{
  baseUrl: string;
  token: (subject: string, ...grants: RoleGrant[]) => string;
  request: <T = unknown>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ) => Promise<HttpResponse<T>>;
}>;

export type TestApp = HttpClient &
  Readonly<{
    runtime: Runtime;
    app: NestFastifyApplication;
    database: TestDatabase;
    logLines: string[];
    close: () => Promise<void>;
  }>;

/** The real app on its own database, listening on a loopback port: tests speak HTTP to it. */
export async function startTestApp(
  env: Record<string, string> = {},
  routeUrl: (url: string) => string = (url) => url,
  options: { clock?: Clock } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // A generous read-after bound: a 2-core machine running several test files at once is slow, not wrong.
  const config = loadConfig({
    DATABASE_URL: routeUrl(database.url),
    LOG_LEVEL: 'info',
    PROJECTION_POLL_MS: '50',
    DB_POOL_SIZE: '8',
    READ_WAIT_TIMEOUT_MS: '30000',
    ...env,
  });
  const logLines: string[] = [];
  const runtime = await startRuntime(config, {
    clock: options.clock,
    logger: new JsonLogger('info', (line) => logLines.push(line)),
  });
  const app = await createHttpApp(runtime);
  await app.listen({ port: 0, host: '127.0.0.1' });
  runtime.projections.start();
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // Issue 16 item 7: every secret this app handed out or was given, to look for in its log at the close.
  const secrets = new Set<string>(
    [config.jwtSecret, ...Object.values(config.keys)].filter(
      (v): v is string => typeof v === 'string' && v.length >= 16,
    ),
  );
  const request = httpRequester(baseUrl, (secret) => secrets.add(secret));

  return {
    runtime,
    app,
    baseUrl,
    database,
    logLines,
    token: (subject, ...grants) => issueToken(config.jwtSecret, config.jwtIssuer, subject, grants),
    request,
    close: async () => {
      await app.close();
      await runtime.close();
      await database.drop();
      const leaks = logLeaks(logLines, secrets);
      if (leaks.length > 0) throw new Error(`the log holds secrets or sealed personal data:\n${leaks.join('\n')}`);
    },
  };
}

/** A clock that runs with real time, moved forward on demand (due dates, overdue answers). */
export function movableClock(): Clock & { advanceDays: (days: number) => void } {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advanceDays: (days) => {
      offsetMs += days * 86_400_000;
    },
  };
}

/**
 * Log lines that hold what a log must never hold (issue 16 item 7): a bearer token (any JWT, and every token the
 * tests sent), a ballot credential the app issued, a configured key, a private key, or a sealed personal value.
 */
export function logLeaks(lines: readonly string[], secrets: ReadonlySet<string>): string[] {
  const patterns = [/eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /pii1:/];
  return lines.filter(
    (line) => patterns.some((p) => p.test(line)) || [...secrets].some((secret) => line.includes(secret)),
  );
}

/**
 * Sends a request and reads the whole answer (JSON parsed when it is JSON). `seen` hears every token sent and every
 * ballot credential answered, for the log-leak check.
 */
export function httpRequester(baseUrl: string, seen: (secret: string) => void = () => {}): HttpClient['request'] {
  return async (method, path, options = {}) => {
    if (options.token) seen(options.token);
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    for (const [, credential] of text.matchAll(/"credential":"([^"]{16,})"/g)) seen(credential!);
    return {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && text ? JSON.parse(text) : text,
    } as never;
  };
}
