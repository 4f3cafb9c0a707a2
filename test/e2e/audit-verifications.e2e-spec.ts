import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { auditReport } from '../../src/shared/audit/audit-report.js';
import { eventually } from '../support/eventually.js';
import { tamperWithEvents } from '../support/tamper.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 13 item 5 through the real HTTP stack: an auditor starts a verification, follows it to its report (the
 * CLI's), sees one run at a time across instances and a silent one read as stopped, and a tampered log fail.
 */
type Verification = {
  verificationId: string;
  status: 'running' | 'passed' | 'failed' | 'stopped';
  phase: string;
  requestedBy: { id: string; role: string };
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  progress: { eventsChecked: number; blocksChecked: number; headPosition: string | null };
  report: {
    ok: boolean;
    chains: { events: number; streams: number; breaks: Array<{ eventId?: string; problem: string }> };
    ledger: { ok: boolean; sealedBlocks: number; breaks: unknown[] };
    ledgerPublicKey: string;
  } | null;
  error: string | null;
};
type Problem = { code: string };

let t: TestApp;
let auditor: string;

const start = () => t.request<Verification>('POST', '/api/v1/audit/verifications', { token: auditor });
const follow = (id: string, token = auditor) =>
  t.request<Verification>('GET', `/api/v1/audit/verifications/${id}`, { token });
const finished = (id: string) =>
  eventually(
    async () => {
      const answer = await follow(id);
      return answer.body.status !== 'running' && answer.body;
    },
    60_000,
    `verification ${id} to finish`,
  );

async function settled(): Promise<void> {
  const projections = t.runtime.projections;
  await projections.catchUpToHead(projections.names(), 30_000);
}

beforeAll(async () => {
  t = await startTestApp({ LEDGER_BLOCK_EVENTS: '4' });
  auditor = t.token('auditor-1', { role: 'auditor', org: '*' });
  const admin = t.token('root', { role: 'admin', org: '*' });
  const staff = t.token('staff-7', { role: 'union-staff', org: 'school' });
  const registered = await t.request('POST', '/api/v1/organisations', {
    token: admin,
    body: { organisationId: 'school', kind: 'school-union', name: '校学生会' },
  });
  expect(registered.status).toBe(201);
  for (const [numerator, denominator] of [
    [3, 4],
    [4, 5],
    [2, 3],
    [3, 5],
    [5, 7],
  ]) {
    const changed = await t.request('PATCH', '/api/v1/organisations/school/policy', {
      token: staff,
      body: { changes: { quorum: { numerator, denominator } }, reason: '代表大会决议' },
    });
    expect(changed.status).toBe(200);
  }
  await settled();
});

afterAll(async () => {
  await t?.close();
});

describe('verification through the API', () => {
  it("starts, is followed to its report, and gives the CLI's result with the time it took", async () => {
    const started = await start();
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/v1/audit/verifications/${started.body.verificationId}`);
    expect(started.headers.get('x-verification-started')).toBe('true');
    expect(started.body.requestedBy).toEqual({ id: 'auditor-1', role: 'auditor' });

    const done = await finished(started.body.verificationId);
    expect(done.status).toBe('passed');
    expect(done.phase).toBe('done');
    expect(done.durationMs).toBeGreaterThanOrEqual(0);
    expect(done.finishedAt).not.toBeNull();
    const direct = await auditReport(t.runtime.store, t.runtime.dataSource, t.runtime.ledgerKey);
    expect(direct.ok).toBe(true);
    expect(done.report).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(done.report!.ledger.sealedBlocks).toBeGreaterThan(0);
    expect(done.progress.eventsChecked).toBe(direct.chains.events);
    expect(done.progress.blocksChecked).toBe(direct.ledger.sealedBlocks);

    const list = await t.request<Verification[]>('GET', '/api/v1/audit/verifications', { token: auditor });
    expect(list.body[0]!.verificationId).toBe(started.body.verificationId);
  });

  it('runs one at a time across instances, and reads a silent one as stopped', async () => {
    // another instance's verification, alive (fresh heartbeat): asking answers it rather than starting a second
    const elsewhere = randomUUID();
    await t.runtime.dataSource.query(
      `INSERT INTO audit_verifications (verification_id, requested_by, requested_role, status, phase)
       VALUES ($1, 'auditor-2', 'auditor', 'running', 'chains')`,
      [elsewhere],
    );
    const asked = await start();
    expect(asked.status).toBe(202);
    expect(asked.body.verificationId).toBe(elsewhere);
    expect(asked.headers.get('x-verification-started')).toBe('false');

    // that instance died: its record stops moving, reads as stopped, and a new verification can start
    await t.runtime.dataSource.query(
      `UPDATE audit_verifications SET heartbeat_at = now() - interval '2 minutes' WHERE verification_id = $1`,
      [elsewhere],
    );
    const silent = await follow(elsewhere);
    expect(silent.body.status).toBe('stopped');
    expect(silent.body.error).toMatch(/stopped/);
    const fresh = await start();
    expect(fresh.body.verificationId).not.toBe(elsewhere);
    expect(fresh.headers.get('x-verification-started')).toBe('true');
    expect((await finished(fresh.body.verificationId)).status).toBe('passed');
  });

  it('is for auditors and supervisors of the whole log; an unknown id is 404', async () => {
    const staff = t.token('staff-7', { role: 'union-staff', org: 'school' });
    const refused = await t.request<Problem>('POST', '/api/v1/audit/verifications', { token: staff });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.ROLE_REQUIRED');
    const scoped = t.token('school-auditor', { role: 'auditor', org: 'school' });
    const held = await t.request<Problem>('POST', '/api/v1/audit/verifications', { token: scoped });
    expect(held.status).toBe(403);
    expect(held.body.code).toBe('AUDIT.WHOLE_LOG_ONLY');
    const unknown = await t.request<Problem>('GET', `/api/v1/audit/verifications/${randomUUID()}`, {
      token: auditor,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('AUDIT.VERIFICATION_NOT_FOUND');
  });

  it('fails on a tampered log and names the altered event', async () => {
    const [victim]: Array<{ event_id: string }> = await t.runtime.dataSource.query(
      `SELECT event_id FROM es.events WHERE event_type = 'PolicyChanged' ORDER BY global_seq LIMIT 1`,
    );
    await tamperWithEvents(
      t.runtime.dataSource,
      `UPDATE es.events SET data = jsonb_set(data, '{reason}', '"改过的理由"') WHERE event_id = $1`,
      [victim!.event_id],
    );
    const started = await start();
    const done = await finished(started.body.verificationId);
    expect(done.status).toBe('failed');
    expect(done.report!.ok).toBe(false);
    expect(done.report!.chains.breaks[0]).toMatchObject({ eventId: victim!.event_id, problem: 'altered' });
  });
});
