import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Jest loads global setup as CommonJS without the ESM name mapping, so these two imports name the
// TypeScript files themselves, and they import nothing of the project's.
import { startEmbeddedPostgres } from '../../src/shared/database/embedded-postgres.ts';
import { freePort } from './free-port.ts';

/**
 * One PostgreSQL for the whole run: the embedded one, or the server DATABASE_URL names. The first test file
 * to need a database makes the migrated template (test/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  // (__dirname: Jest loads this file as CommonJS.) Built once here, before any test file runs: the tests that start `node dist/app/main.js` must not rebuild it
  // while another one's server runs from it.
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-if-changed.mjs')], {
    stdio: 'inherit',
  });
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'charter-test-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
      database: 'postgres',
    });
    (globalThis as { __charterEmbedded?: typeof embedded }).__charterEmbedded = embedded;
    adminUrl = embedded.url;
    console.log(
      `\nTests use an embedded PostgreSQL on port ${new URL(adminUrl).port}; set DATABASE_URL to use another server.`,
    );
  }
  process.env.CHARTER_TEST_ADMIN_URL = adminUrl;
  process.env.CHARTER_TEST_TEMPLATE = `charter_test_template_${process.pid}`;
}
