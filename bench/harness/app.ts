import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '../../src/app/http-app.js';
import { type Runtime, startRuntime } from '../../src/app/runtime.js';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import type { RoleGrant } from '../../src/shared/auth/roles.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import { encodePgPosition } from '../../src/shared/event-store/postgres/pg-position.js';
import type { BenchDatabase } from './types.js';

export type HttpReply<T = unknown> = Readonly<{ status: number; body: T }>;

/** `body` is sent as JSON, unless it is a string and `contentType` says what it is (a CSV roll, say). */
export type RequestOptions = Readonly<{
  token?: string;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}>;

/** The real application, in this process, on a benchmark database, listening on a loopback port. */
export type BenchApp = Readonly<{
  runtime: Runtime;
  app: NestFastifyApplication;
  baseUrl: string;
  port: number;
  /** A signed bearer token with the app's own secret and issuer. */
  token(subject: string, ...grants: RoleGrant[]): string;
  /** One request with fetch, for set-up (registering organisations and the like), not for measuring. */
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<HttpReply<T>>;
  /** The same, failing unless the answer is a 2xx; answers its body. */
  ok<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<T>;
  close(): Promise<void>;
}>;

/**
 * startRuntime + createHttpApp + listen + projections.start(), as main.ts does, with logging off and otherwise
 * the defaults (DB_POOL_SIZE 20 for the event store's pool and 20 for TypeORM's, PROJECTION_POLL_MS 250,
 * COMMAND_RETRIES 5). `env` overrides settings. The caller must close() it before the database is dropped.
 */
export async function startBenchApp(db: BenchDatabase, env: Readonly<Record<string, string>> = {}): Promise<BenchApp> {
  // One client at benchmark rates is what the rate limit exists to stop; the bench measures the command path.
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', RATE_LIMIT: 'off', ...env });
  const runtime = await startRuntime(config);
  let app: NestFastifyApplication | undefined;
  try {
    app = await createHttpApp(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await runtime.close();
    throw error;
  }
  runtime.projections.start();
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const opened = app;
  const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<HttpReply<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      const raw = options.contentType !== undefined && typeof options.body === 'string';
      headers['content-type'] = options.contentType ?? 'application/json';
      body = raw ? (options.body as string) : JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    return {
      status: response.status,
      body: (text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T,
    };
  };
  return {
    runtime,
    app,
    baseUrl,
    port,
    token: (subject, ...grants) => issueToken(config.jwtSecret, config.jwtIssuer, subject, grants),
    request,
    ok: async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
      const reply = await request<T>(method, path, options);
      if (reply.status < 200 || reply.status >= 300)
        throw new Error(`${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 500)}`);
      return reply.body;
    },
    close: async () => {
      await opened.close();
      await runtime.close();
    },
  };
}

/** Runs `task` on `items` with at most `concurrency` at a time (set-up over HTTP without a thousand sockets at once). */
export async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

/**
 * Waits until every projection of the app has applied the whole log as it stands (so a measurement does not
 * start while the read models are still catching up on the set-up); fails when one has faulted.
 */
export async function settleProjections(app: BenchApp, timeoutMs = 300_000): Promise<void> {
  const rows: Array<{ tx: string; seq: string }> = await app.runtime.dataSource.query(
    'SELECT tx_id::text AS tx, global_seq::text AS seq FROM es.events ORDER BY tx_id DESC, global_seq DESC LIMIT 1',
  );
  const head = rows[0];
  if (!head) return;
  const names = app.runtime.projections.names();
  try {
    await app.runtime.projections.waitFor(encodePgPosition(head.tx, head.seq), names, timeoutMs);
  } catch (error) {
    const faulted = (await app.runtime.projections.status()).filter((s) => s.status === 'faulted');
    if (faulted.length > 0)
      throw new Error(`Projection(s) faulted: ${faulted.map((s) => `${s.name}: ${s.error}`).join('; ')}`);
    throw error;
  }
}
