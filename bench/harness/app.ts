import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '../../src/http-app.js';
import { type Runtime, startRuntime } from '../../src/runtime.js';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import type { RoleGrant } from '../../src/shared/auth/roles.js';
import { loadConfig } from '../../src/shared/config/app-config.js';
import type { BenchDatabase } from './types.js';

export type HttpReply<T = unknown> = Readonly<{ status: number; body: T }>;

/** The real application, in this process, on a benchmark database, listening on a loopback port. */
export type BenchApp = Readonly<{
  runtime: Runtime;
  app: NestFastifyApplication;
  baseUrl: string;
  port: number;
  /** A signed bearer token with the app's own secret and issuer. */
  token(subject: string, ...grants: RoleGrant[]): string;
  /** One request with fetch, for set-up (registering organisations and the like), not for measuring. */
  request<T = unknown>(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpReply<T>>;
  close(): Promise<void>;
}>;

/**
 * startRuntime + createHttpApp + listen + projections.start(), as main.ts does, with logging off and otherwise
 * the defaults (DB_POOL_SIZE 20 for the event store's pool and 20 for TypeORM's, PROJECTION_POLL_MS 250,
 * COMMAND_RETRIES 5). `env` overrides settings. The caller must close() it before the database is dropped.
 */
export async function startBenchApp(db: BenchDatabase, env: Readonly<Record<string, string>> = {}): Promise<BenchApp> {
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', ...env });
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
  return {
    runtime,
    app,
    baseUrl,
    port,
    token: (subject, ...grants) => issueToken(config.jwtSecret, config.jwtIssuer, subject, grants),
    request: async <T>(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      const text = await response.text();
      return { status: response.status, body: (text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T };
    },
    close: async () => {
      await opened.close();
      await runtime.close();
    },
  };
}

/** Runs `task` on `items` with at most `concurrency` at a time (set-up over HTTP without a thousand sockets at once). */
export async function inParallel<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
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
