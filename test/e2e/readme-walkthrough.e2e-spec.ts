import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_JWT_SECRET } from '../../src/shared/config/app-config.js';
import { type BuiltServer, root, startBuiltServer } from '../support/built-server.js';
import { eventually } from '../support/eventually.js';
import { logLeaks } from '../support/test-app.js';
import { freePort } from '../support/free-port.js';
import { type TestDatabase, createTestDatabase } from '../support/test-database.js';

/**
 * The README's "Trying it" walk-through, run as a newcomer pastes it: every `sh` block in order, in one shell,
 * against `node dist/app/main.js` started as `npm start` starts it. A `text` block after a `sh` block lists lines
 * its output must contain. The only change to the text is the port: the server listens on a free one.
 */
type Step = { script: string; expected: string[] };

function walkThrough(readme: string): Step[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Trying it'));
  if (!section) throw new Error('README.md has no "Trying it" section');
  const steps: Step[] = [];
  for (const [, language, body] of section.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)) {
    if (language === 'sh') steps.push({ script: body!, expected: [] });
    else if (language === 'text' && steps.length > 0)
      steps.at(-1)!.expected.push(...body!.split('\n').filter((l) => l.trim() !== ''));
  }
  return steps;
}

let database: TestDatabase;
let server: BuiltServer;
let port: number;
const env = () => ({
  ...process.env,
  NODE_OPTIONS: '',
  DATABASE_URL: database.url,
  PORT: String(port),
  LOG_LEVEL: 'warn',
});

beforeAll(async () => {
  database = await createTestDatabase();
  port = await freePort();
  server = startBuiltServer(env());
  await eventually(
    async () => {
      if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
      return fetch(`http://localhost:${port}/health`).then(
        (response) => response.ok,
        () => false,
      );
    },
    60_000,
    'the server answering /health',
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe('README walk-through', () => {
  it('runs every command block as written and prints what the README says', async () => {
    const steps = walkThrough(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const marker = (i: number) => `@@readme-step-${i}@@`;
    const script = [
      'set -euo pipefail',
      ...steps.flatMap((step, i) => [
        `echo '${marker(i)}'`,
        step.script.replaceAll('localhost:3000', `localhost:${port}`),
      ]),
    ].join('\n');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const shell = spawn('bash', ['-c', script], { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      shell.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      shell.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      shell.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    const outputs = steps.map((_, i) => output.split(marker(i))[1]?.split(marker(i + 1))[0] ?? '');
    const failed = steps.findIndex((_, i) => !output.includes(marker(i + 1)));
    if (code !== 0)
      throw new Error(
        `README block ${failed + 1} failed (exit ${code}):\n${steps[failed]?.script}\n--- output ---\n${outputs[failed]}`,
      );
    steps.forEach((step, i) => {
      for (const line of step.expected) {
        if (!outputs[i]!.includes(line))
          throw new Error(`README block ${i + 1} did not print ${JSON.stringify(line)}; it printed:\n${outputs[i]}`);
      }
    });
  }, 300_000);

  // issue 16 item 7: the built server's own log, like every test app's, holds no token, key or credential
  it('leaves no secret in the server’s log', () => {
    expect(logLeaks(server.output().split('\n'), new Set([DEVELOPMENT_JWT_SECRET]))).toEqual([]);
  });
});
