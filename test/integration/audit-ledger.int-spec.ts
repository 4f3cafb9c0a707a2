import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { chainHash } from '../../src/shared/audit/hash-chain.js';
import { AUDIT_LEDGER } from '../../src/shared/audit/ledger/ledger.projection.js';
import { verifyLedger } from '../../src/shared/audit/ledger/ledger-verifier.js';
import { leafHash, merkleRoot } from '../../src/shared/audit/ledger/merkle.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { collect } from '../support/events.js';
import { tamperWithEvents } from '../support/tamper.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LEDGER_BLOCK_EVENTS: '4' });
  const admin = t.token('root', { role: 'admin', org: '*' });
  await t.request('POST', '/api/v1/organisations', {
    token: admin,
    body: { organisationId: 'school', kind: 'school-union', name: '校学生会' },
  });
  for (let i = 0; i < 9; i++) {
    await t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId: `c${i}`, kind: 'college-union', name: `学院 ${i}`, parentId: 'school' },
    });
  }
  await waitUntilCaughtUp(t.runtime.projections, [AUDIT_LEDGER], 10_000);
});
afterAll(() => t.close());

const verify = () => verifyLedger(t.runtime.store, t.runtime.dataSource, t.runtime.ledgerKey.publicKey);

describe('the signed ledger over the global order', () => {
  it('seals every full block of events, chained and signed', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, sealedBlocks: 2, sealedEvents: 8 });
    const [open] = await t.runtime.dataSource.query(
      `SELECT event_count FROM audit_ledger_blocks WHERE status = 'open'`,
    );
    expect(open.event_count).toBe(2);
  });

  it('follows RFC 6962 tree hashing', () => {
    const [a, b, c] = ['aa', 'bb', 'cc'].map((x) => x.repeat(32));
    const node = (l: string, r: string) =>
      createHash('sha256')
        .update(Buffer.from([1]))
        .update(Buffer.from(l, 'hex'))
        .update(Buffer.from(r, 'hex'))
        .digest('hex');
    // Three leaves split at the largest power of two below three: root = H(0x01 || H(0x01 || a || b) || c).
    expect(merkleRoot([a!])).toBe(a);
    expect(merkleRoot([a!, b!, c!])).toBe(node(node(a!, b!), c!));
    expect(leafHash('x')).toBe(
      createHash('sha256')
        .update(Buffer.from([0]))
        .update('x')
        .digest('hex'),
    );
  });

  it('rebuilds to the very same blocks and signatures', async () => {
    const dump = () => t.runtime.dataSource.query(`SELECT * FROM audit_ledger_blocks ORDER BY block_no`);
    const live = await dump();
    await t.runtime.projections.rebuild([AUDIT_LEDGER]);
    await waitUntilCaughtUp(t.runtime.projections, [AUDIT_LEDGER], 10_000);
    expect(await dump()).toEqual(live);
  });

  it('catches an intruder who rewrites an event and recomputes its stream chain, which alone would pass', async () => {
    const stream = 'organisation-c1';
    const [event] = (await collect(t.runtime.store.readStream(stream))) as RecordedEvent[];
    const data = { ...event!.data, name: '被篡改的学院' };
    const hash = chainHash(event!.metadata.prevHash, { ...event!, data });
    await tamper(
      `UPDATE es.events SET data = $2, metadata = jsonb_set(metadata, '{hash}', to_jsonb($3::text)) WHERE event_id = $1`,
      [event!.id, data, hash],
    );
    expect((await verifyChains(t.runtime.store)).ok).toBe(true);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([expect.objectContaining({ blockNo: 0, problem: 'root-mismatch' })]);
  });

  it('catches a forged block root by its signature', async () => {
    await t.runtime.dataSource.query(`UPDATE audit_ledger_blocks SET merkle_root = $1 WHERE block_no = 1`, [
      'ff'.repeat(32),
    ]);
    const problems = (await verify()).breaks.filter((b) => b.blockNo === 1).map((b) => b.problem);
    expect(problems).toEqual(expect.arrayContaining(['hash-mismatch', 'root-mismatch']));
  });
});

const tamper = (statement: string, params: unknown[]) => tamperWithEvents(t.runtime.dataSource, statement, params);
