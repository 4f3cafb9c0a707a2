import { issueToken } from '../../src/shared/auth/issue-token.js';
import { DEVELOPMENT_JWT_SECRET } from '../../src/shared/config/app-config.js';
import { type BuiltServer, startBuiltServer } from './built-server.js';
import { eventually } from './eventually.js';
import { freePort } from './free-port.js';
import { type HttpClient, httpRequester, logLeaks } from './test-app.js';

/** The built server (`node dist/app/main.js`) in its own process, spoken to over HTTP like a TestApp. */
export type BuiltApp = HttpClient &
  Readonly<{
    server: BuiltServer;
    port: number;
    env: Readonly<Record<string, string>>;
    /** SIGKILL: no shutdown hook runs, the process is gone when this resolves */
    kill: () => Promise<void>;
    /** SIGTERM, then fails when its output holds a token, a credential or a key (issue 16 item 7) */
    stop: () => Promise<void>;
  }>;

/**
 * Starts the built server with `env` (on `port`, or a free one) and resolves once /health/ready answers 200: its
 * migrations ran, the database and the event store answer. A server that exits first fails with what it printed.
 */
export async function startBuiltApp(
  env: Record<string, string>,
  options: { port?: number; timeoutMs?: number } = {},
): Promise<BuiltApp> {
  const port = options.port ?? (await freePort());
  const server = startBuiltServer({ LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const secrets = new Set<string>();
  const app: BuiltApp = {
    baseUrl,
    port,
    env,
    server,
    token: (subject, ...grants) => issueToken(DEVELOPMENT_JWT_SECRET, 'charter', subject, grants),
    request: httpRequester(baseUrl, (secret) => secrets.add(secret)),
    kill: async () => {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    },
    stop: async () => {
      await server.stop();
      const leaks = logLeaks(server.output().split('\n'), secrets);
      if (leaks.length > 0) throw new Error(`the server's log holds secrets:\n${leaks.join('\n')}`);
    },
  };
  await waitUntilReady(app, options.timeoutMs ?? 60_000);
  return app;
}

/** Until the instance answers /health/ready with 200; fails at once when its process has ended. */
export async function waitUntilReady(app: BuiltApp, timeoutMs: number): Promise<void> {
  await eventually(
    async () => {
      if (app.server.child.exitCode !== null || app.server.child.signalCode !== null)
        throw new Error(`the server on port ${app.port} exited:\n${app.server.output()}`);
      return fetch(`${app.baseUrl}/health/ready`).then(
        (response) => response.status === 200,
        () => false,
      );
    },
    timeoutMs,
    `the server on port ${app.port} answering /health/ready`,
  );
}

/**
 * One client over several instances, as a load balancer spreads requests: each request goes to the next instance in
 * turn, so a command and the query that reads it after (X-Read-After) land on different ones.
 */
export function roundRobin(apps: readonly BuiltApp[]): HttpClient {
  let next = 0;
  return {
    baseUrl: apps[0]!.baseUrl,
    token: apps[0]!.token,
    request: (method, path, options) => apps[next++ % apps.length]!.request(method, path, options),
  };
}
