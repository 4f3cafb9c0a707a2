import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITIES, MIGRATIONS } from '../../src/app/persistence.js';
import { verifyBundle } from '../../src/shared/audit/bundle/bundle-verifier.js';
import { loadLedgerKey } from '../../src/shared/audit/ledger/ledger-key.js';
import { ledgerProjection } from '../../src/shared/audit/ledger/ledger.projection.js';
import { GENESIS_HASH } from '../../src/shared/audit/hash-chain.js';
import { issueToken } from '../../src/shared/auth/issue-token.js';
import { chainEvents } from '../../src/shared/commands/chain-events.js';
import { DEVELOPMENT_JWT_SECRET } from '../../src/shared/config/app-config.js';
import { createPool } from '../../src/shared/database/create-pool.js';
import { createDataSource } from '../../src/shared/database/data-source.js';
import { PostgresEventStore } from '../../src/shared/event-store/postgres/postgres-event-store.js';
import { ProjectionService } from '../../src/shared/projections/projection-service.js';
import { type BuiltServer, startBuiltServer } from '../support/built-server.js';
import { eventually } from '../support/eventually.js';
import { logLeaks } from '../support/test-app.js';
import { freePort } from '../support/free-port.js';
import { type TestDatabase, createTestDatabase } from '../support/test-database.js';

/**
 * Issue 13 item 6: the routes that hand out the whole log stream it with flat memory. The server runs in its own
 * process (as `npm start` runs it) with its heap capped well below the size of what it streams, over a log seeded
 * with EVENTS real, hash-chained events; the stream must arrive whole and the server's resident memory stay
 * bounded. Speed is measured in bench/, not here.
 */
const EVENTS = 200_000;
const STREAMS = 500;
/** V8's old space for the server: far below what buffering the answers would need */
const HEAP_MB = 96;

let database: TestDatabase;
let server: BuiltServer;
let port: number;
let supervisor: string;

/** The server's resident set, from the kernel (Linux), in MiB. */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function seed(url: string): Promise<void> {
  const pool = createPool(url, 4);
  const store = new PostgresEventStore(pool, { maxEventBytes: 1024 * 1024, pollIntervalMs: 100 });
  const perStream = EVENTS / STREAMS;
  const actor = { id: 'teller-1', role: 'union-staff', organisationId: 'school' };
  const append = async (s: number) => {
    const stream = `sitting-large-${s}`;
    const decided = Array.from({ length: perStream }, (_, i) => ({
      type: 'DelegateCheckedIn',
      data: { sittingId: `large-${s}`, delegateId: `delegate-${i}`, present: i + 1, at: '2026-11-27T01:00:00.000Z' },
    }));
    const context = { commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID(), actor };
    const events = chainEvents(stream, 'no_stream', GENESIS_HASH, decided, context, '2026-11-27T01:00:00.000Z');
    await store.appendToStream(stream, events, { expected: 'no_stream' });
  };
  for (let s = 0; s < STREAMS; s += 4) await Promise.all([s, s + 1, s + 2, s + 3].map(append));
  // the ledger seals the log (as the server's own runner would) so that the bundle carries blocks and proofs
  const db = createDataSource(url, { entities: ENTITIES, migrations: MIGRATIONS }, 2);
  await db.initialize();
  const ledger = new ProjectionService([ledgerProjection(loadLedgerKey({}), 1000)], store, db, {
    batchSize: 5000,
    pollMs: 50,
  });
  ledger.start();
  await ledger.catchUpToHead(ledger.names(), 240_000);
  await ledger.stop();
  await db.destroy();
  await pool.end();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.url);
  port = await freePort();
  server = startBuiltServer({
    DATABASE_URL: database.url,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // the read models are not what is measured: the history reads the log itself
    PROJECTIONS: 'off',
    NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
  });
  await eventually(
    async () => {
      if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
      return fetch(`http://localhost:${port}/health/live`).then(
        (response) => response.ok,
        () => false,
      );
    },
    60_000,
    'the server answering /health/live',
  );
  supervisor = issueToken(DEVELOPMENT_JWT_SECRET, 'charter', 'supervisor-1', [{ role: 'supervisor', org: '*' }]);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** Reads a streamed answer to its end (into `file` when given), sampling the server's memory. */
async function streamed(path: string, accept: string, file?: string) {
  const pid = server.child.pid!;
  const before = residentMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 20);
  try {
    const response = await fetch(`http://localhost:${port}${path}`, {
      headers: { authorization: `Bearer ${supervisor}`, accept },
    });
    expect(response.status).toBe(200);
    let bytes = 0;
    let tail = '';
    let lines = 0;
    let last = '';
    const decoder = new TextDecoder();
    const out = file ? createWriteStream(file) : undefined;
    for await (const chunk of response.body!) {
      bytes += chunk.byteLength;
      if (out) {
        if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
        continue;
      }
      const text = tail + decoder.decode(chunk, { stream: true });
      const parts = text.split('\n');
      tail = parts.pop()!;
      lines += parts.length;
      if (parts.length > 0) last = parts.at(-1)!;
    }
    if (out) await new Promise((resolve) => out.end(resolve));
    if (tail !== '') {
      lines++;
      last = tail;
    }
    return { bytes, lines, last, before, peak };
  } finally {
    clearInterval(sampler);
  }
}

describe('a large log', () => {
  it('streams its whole history as NDJSON with the server held to a small heap', async () => {
    const answer = await streamed('/api/v1/history/events', 'application/x-ndjson');
    const streamedMiB = answer.bytes / 1024 / 1024;
    console.log(
      `history NDJSON: ${EVENTS} events, ${streamedMiB.toFixed(1)} MiB streamed; server RSS ${answer.before.toFixed(0)} → peak ${answer.peak.toFixed(0)} MiB (heap cap ${HEAP_MB} MiB)`,
    );
    expect(server.child.exitCode).toBeNull();
    // every event, then the end line
    expect(answer.lines).toBe(EVENTS + 1);
    expect(JSON.parse(answer.last)).toMatchObject({ end: true, count: EVENTS });
    // what it sent is several times what it may hold
    expect(streamedMiB).toBeGreaterThan(HEAP_MB);
    expect(answer.peak - answer.before).toBeLessThan(Math.max(64, streamedMiB / 2));
  }, 300_000);

  it('exports it as an audit bundle with flat memory, and the bundle verifies offline', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'charter-bundle-'));
    try {
      const file = join(directory, 'bundle.zip');
      const answer = await streamed('/api/v1/audit/bundles', 'application/zip', file);
      const streamedMiB = answer.bytes / 1024 / 1024;
      console.log(
        `audit bundle: ${EVENTS} events, ${streamedMiB.toFixed(1)} MiB streamed; server RSS ${answer.before.toFixed(0)} → peak ${answer.peak.toFixed(0)} MiB (heap cap ${HEAP_MB} MiB)`,
      );
      expect(server.child.exitCode).toBeNull();
      expect(answer.peak - answer.before).toBeLessThan(Math.max(64, streamedMiB / 2));
      const report = await verifyBundle(file);
      expect(report.firstProblem).toBeUndefined();
      expect(report.ok).toBe(true);
      expect(report.checked.events).toBe(EVENTS);
      expect(report.checked.sealedEvents).toBe(EVENTS);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 300_000);

  // issue 16 item 7: the built server's own log, like every test app's, holds no token, key or credential
  it('leaves no secret in the server’s log', () => {
    expect(logLeaks(server.output().split('\n'), new Set([DEVELOPMENT_JWT_SECRET, supervisor]))).toEqual([]);
  });
});
