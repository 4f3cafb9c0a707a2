import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { verifyBundle } from '../../src/shared/audit/bundle/bundle-verifier.js';
import type { LedgerHead } from '../../src/shared/audit/bundle/bundle-format.js';
import { chainHash } from '../../src/shared/audit/hash-chain.js';
import { blockHash } from '../../src/shared/audit/ledger/ledger-block.js';
import { blockSignatureValid } from '../../src/shared/audit/ledger/ledger-key.js';
import { AUDIT_LEDGER } from '../../src/shared/audit/ledger/ledger.projection.js';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { root } from '../support/built-server.js';
import { settledLog } from '../support/events.js';
import { tamperWithEvents } from '../support/tamper.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 13 item 4 through the real HTTP stack and the built CLI: a supervisor downloads an audit bundle (the whole
 * log, a range, an organisation), an auditor verifies it offline, tampered bundles fail naming the event, block or
 * file, and a published head is checked against later states of the database, also after an intruder's edit.
 */
const BLOCK = 4;
const ROLL = [
  '学号,姓名,学院,专业,年级,班级,社团,政治面貌,专业排名百分比,不及格门数,学生会骨干',
  '2023010101,张三,arts,视觉传达设计,2023,视传2301,,共青团员,12,0,否',
  '2024020101,赵六,science,物理学,2024,物理2401,,CYL,20,0,no',
].join('\n');

type Problem = { code: string; errors?: Array<{ field: string }> };
type Consistency = {
  consistent: boolean;
  current: { blockNo: number } | null;
  problems: Array<{ problem: string; blockNo?: number; eventId?: string }>;
};

let t: TestApp;
let dir: string;
let admin: string;
let supervisor: string;
let auditor: string;
let artsAuditor: string;
let artsStaff: string;

/** The log once every reader sees all of it and the ledger has taken every event in. */
async function settled(): Promise<RecordedEvent[]> {
  const log = await settledLog(t.runtime.store, 30_000);
  await waitUntilCaughtUp(t.runtime.projections, [AUDIT_LEDGER], 30_000);
  return log;
}

async function download(query: string, token = supervisor): Promise<{ status: number; path: string; type: string }> {
  const response = await fetch(`${t.baseUrl}/api/v1/audit/bundles${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const path = join(dir, `bundle-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(path, Buffer.from(await response.arrayBuffer()));
  return { status: response.status, path, type: response.headers.get('content-type') ?? '' };
}

/** The bundle with one file changed and re-zipped, as an intruder would hand it on. */
function tampered(path: string, name: string, change: (text: string) => string): string {
  const files = unzipSync(readFileSync(path));
  files[name] = strToU8(change(strFromU8(files[name]!)));
  const out = path.replace(/\.zip$/, `-${name.replace(/\W/g, '')}.zip`);
  writeFileSync(out, zipSync(files));
  return out;
}

const jsonLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const editLine = (text: string, index: number, edit: (value: Record<string, unknown>) => unknown) =>
  `${text
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === index ? JSON.stringify(edit(JSON.parse(line))) : line))
    .join('\n')}\n`;
const filesOf = (path: string) => unzipSync(readFileSync(path));

/** A command of the built dist/, as `npm run cli` runs it, with exactly this environment. */
function cli(script: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'dist', script), ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '', DATABASE_URL: t.database.url },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

let log: RecordedEvent[];
let whole: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-e2e-'));
  t = await startTestApp({ LEDGER_BLOCK_EVENTS: String(BLOCK) });
  admin = t.token('root', { role: 'admin', org: '*' });
  supervisor = t.token('supervisor-1', { role: 'supervisor', org: '*' });
  auditor = t.token('auditor-1', { role: 'auditor', org: '*' });
  artsAuditor = t.token('auditor-arts', { role: 'auditor', org: 'arts' });
  artsStaff = t.token('arts-staff', { role: 'college-union-staff', org: 'arts' });
  const schoolStaff = t.token('staff-7', { role: 'union-staff', org: 'school' });
  const register = (organisationId: string, kind: string, name: string, parentId?: string) =>
    t.request('POST', '/api/v1/organisations', {
      token: admin,
      body: { organisationId, kind, name, ...(parentId ? { parentId } : {}) },
    });
  expect((await register('school', 'school-union', '校学生会')).status).toBe(201);
  expect((await register('arts', 'college-union', '艺术学院学生会', 'school')).status).toBe(201);
  expect((await register('science', 'college-union', '理学院学生会', 'school')).status).toBe(201);
  const changed = await t.request('PATCH', '/api/v1/organisations/school/policy', {
    token: schoolStaff,
    body: { changes: { quorum: { numerator: 3, denominator: 4 } }, reason: '第二次代表大会决议' },
  });
  expect(changed.status).toBe(200);
  const imported = await fetch(`${t.baseUrl}/api/v1/students/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${schoolStaff}`, 'content-type': 'text/csv; charset=utf-8' },
    body: ROLL,
  });
  expect(imported.status).toBe(200);
  log = await settled();
  // at least one event after the last sealed block, so the bundle has an unsealed tail
  for (let i = 0; log.length % BLOCK === 0; i++) {
    const renamed = await t.request('PUT', '/api/v1/organisations/arts/name', {
      token: artsStaff,
      body: { name: `艺术设计学院学生会 ${i}` },
    });
    expect(renamed.status).toBe(200);
    log = await settled();
  }
  const answer = await download('');
  expect(answer.status).toBe(200);
  whole = answer.path;
});

afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an audit bundle of the whole log', () => {
  it('is a zip of the events as stored, the signed blocks, the proofs, the key and a manifest', () => {
    const files = filesOf(whole);
    expect(Object.keys(files).sort()).toEqual([
      'blocks.jsonl',
      'events.jsonl',
      'manifest.json',
      'manifest.sig',
      'proofs.jsonl',
      'public-key.pem',
    ]);
    const events = jsonLines(strFromU8(files['events.jsonl']!));
    expect(events.map((e) => [e.id, e.stream, e.revision, e.type, e.data, e.metadata])).toEqual(
      log.map((e) => [e.id, e.stream, e.revision.toString(), e.type, e.data, e.metadata]),
    );
    // students' personal data stays the ciphertext the log holds; it is neither opened nor replaced
    const text = strFromU8(files['events.jsonl']!);
    for (const plain of ['张三', '赵六', '2023010101', '[sealed]']) expect(text).not.toContain(plain);
    expect(strFromU8(files['public-key.pem']!)).toBe(t.runtime.ledgerKey.publicKeyPem);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({
      format: 'charter-audit-bundle',
      exportedBy: { actorId: 'supervisor-1', role: 'supervisor', organisationId: '*' },
      counts: {
        events: log.length,
        sealedEvents: log.length - (log.length % BLOCK),
        unsealedEvents: log.length % BLOCK,
        blocks: Math.floor(log.length / BLOCK),
      },
      personalData: 'as-stored',
    });
  });

  it('verifies offline, and says which events are not yet sealed', async () => {
    const report = await verifyBundle(whole);
    expect(report.problems).toEqual([]);
    expect(report.checked).toMatchObject({
      events: log.length,
      sealedEvents: log.length - (log.length % BLOCK),
      unsealedEvents: log.length % BLOCK,
      firstUnsealedEventId: log[log.length - (log.length % BLOCK)]!.id,
    });
  });

  it('verifies with the built CLI and the charter-verify bin, with the key pinned', async () => {
    const keyFile = join(dir, 'ledger-key.pem');
    writeFileSync(keyFile, t.runtime.ledgerKey.publicKeyPem);
    const viaCli = await cli('cli.js', ['audit', 'verify-bundle', whole]);
    expect(viaCli.code).toBe(0);
    expect(viaCli.out).toContain(`OK: ${log.length} events`);
    expect(viaCli.out).toContain(`${log.length % BLOCK} events not yet sealed`);
    const viaBin = await cli('charter-verify.js', [whole, '--key', keyFile]);
    expect([viaBin.code, viaBin.out]).toEqual([0, expect.stringContaining('pinned with --key')]);
  });

  it('answers as a zip attachment, to supervisors, auditors and admin only', async () => {
    const response = await fetch(`${t.baseUrl}/api/v1/audit/bundles`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="charter-audit-.*\.zip"$/);
    await response.arrayBuffer();
    expect((await download('', admin)).status).toBe(200);
    const staff = await t.request<Problem>('GET', '/api/v1/audit/bundles', { token: artsStaff });
    expect([staff.status, staff.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
  });
});

describe('a bundle of part of the log', () => {
  it("holds one organisation's own events, the same the history shows, and verifies", async () => {
    const history = await t.request<{ items: Array<{ eventId: string }> }>(
      'GET',
      '/api/v1/history/events?organisationId=arts&limit=1000',
      { token: supervisor },
    );
    const answer = await download('?organisationId=arts');
    const ids = jsonLines(strFromU8(filesOf(answer.path)['events.jsonl']!)).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toEqual(history.body.items.map((e) => e.eventId));
    expect(ids.length).toBeLessThan(log.length);
    const report = await verifyBundle(answer.path);
    expect([report.ok, report.checked.events]).toEqual([true, ids.length]);
  });

  it("holds an auditor granted for one organisation to that organisation's events", async () => {
    const own = await download('', artsAuditor);
    const manifest = JSON.parse(strFromU8(filesOf(own.path)['manifest.json']!));
    expect(manifest.filter.organisationId).toBe('arts');
    const other = await t.request<Problem>('GET', '/api/v1/audit/bundles?organisationId=science', {
      token: artsAuditor,
    });
    expect([other.status, other.body.code]).toEqual([403, 'HISTORY.OUT_OF_SCOPE']);
  });

  it('holds a range of positions, and of time', async () => {
    const from = log[2]!.position;
    const until = log[6]!.position;
    const range = await download(`?from=${from}&until=${until}`);
    const ids = jsonLines(strFromU8(filesOf(range.path)['events.jsonl']!)).map((e) => e.id);
    expect(ids).toEqual(log.slice(3, 7).map((e) => e.id));
    expect((await verifyBundle(range.path)).ok).toBe(true);
    const since = log[4]!.metadata.occurredAt;
    const timed = await download(`?since=${encodeURIComponent(since)}`);
    const timedIds = jsonLines(strFromU8(filesOf(timed.path)['events.jsonl']!)).map((e) => e.id);
    expect(timedIds).toEqual(
      log.filter((e) => Date.parse(e.metadata.occurredAt) >= Date.parse(since)).map((e) => e.id),
    );
  });

  it('refuses a reversed range or a foreign position with problem+json naming the field', async () => {
    const reversed = await t.request<Problem>(
      'GET',
      `/api/v1/audit/bundles?from=${log[6]!.position}&until=${log[2]!.position}`,
      { token: supervisor },
    );
    expect([reversed.status, reversed.body.code, reversed.body.errors?.[0]?.field]).toEqual([
      422,
      'AUDIT.RANGE_REVERSED',
      'until',
    ]);
    expect(reversed.headers.get('content-type')).toContain('application/problem+json');
    const times = await t.request<Problem>(
      'GET',
      '/api/v1/audit/bundles?since=2026-11-02T00:00:00Z&untilTime=2026-11-01T00:00:00Z',
      { token: supervisor },
    );
    expect([times.status, times.body.errors?.[0]?.field]).toEqual([422, 'untilTime']);
    const foreign = await t.request<Problem>('GET', '/api/v1/audit/bundles?from=kdb:1:1', { token: supervisor });
    expect([foreign.status, foreign.body.errors?.[0]?.field]).toEqual([400, 'from']);
  });
});

describe('a tampered bundle', () => {
  it('fails naming the event whose data changed by one character, through the verifier, the CLI and the bin', async () => {
    const index = log.findIndex((e) => e.type === 'OrganisationRegistered' && e.data.organisationId === 'arts');
    const path = tampered(whole, 'events.jsonl', (text) =>
      editLine(text, index, (e) => ({ ...e, data: { ...(e.data as object), name: '艺术学院学生含' } })),
    );
    const report = await verifyBundle(path);
    expect(report.firstProblem).toMatchObject({ check: 'event', eventId: log[index]!.id });
    const viaCli = await cli('cli.js', ['audit', 'verify-bundle', path]);
    expect(viaCli.code).toBe(1);
    expect(viaCli.out).toContain(`BROKEN: event problem at event ${log[index]!.id}`);
    const viaBin = await cli('charter-verify.js', [path]);
    expect([viaBin.code, viaBin.out]).toEqual([1, expect.stringContaining(log[index]!.id)]);
  });

  it('fails naming the event whose proof changed, the block whose signature changed, and the manifest', async () => {
    const proof = tampered(whole, 'proofs.jsonl', (text) =>
      editLine(text, 1, (p) => ({ ...p, leafIndex: (p.leafIndex as number) + 1 })),
    );
    expect((await verifyBundle(proof)).firstProblem).toMatchObject({ check: 'proof', eventId: log[1]!.id });
    const other = Buffer.from(jsonLines(strFromU8(filesOf(whole)['blocks.jsonl']!))[0]!.signature as string, 'base64');
    other[5] = other[5]! ^ 1;
    const signature = tampered(whole, 'blocks.jsonl', (text) =>
      editLine(text, 0, (b) => ({ ...b, signature: other.toString('base64') })),
    );
    const signed = await verifyBundle(signature);
    expect(signed.firstProblem).toMatchObject({ check: 'block', blockNo: 0 });
    expect(signed.firstProblem?.detail).toContain('signature');
    const manifest = tampered(whole, 'manifest.json', (text) =>
      text.replace('"actorId": "supervisor-1"', '"actorId": "supervisor-2"'),
    );
    expect((await verifyBundle(manifest)).firstProblem).toMatchObject({ check: 'manifest', file: 'manifest.sig' });
    const viaCli = await cli('cli.js', ['audit', 'verify-bundle', manifest]);
    expect([viaCli.code, viaCli.out]).toEqual([1, expect.stringContaining('manifest.sig')]);
  });
});

describe('published ledger heads', () => {
  let head: LedgerHead;
  const headFile = () => join(dir, 'head.json');

  it('answers the latest signed block digest, the same as the CLI exports', async () => {
    const answer = await t.request<LedgerHead>('GET', '/api/v1/audit/ledger/head', { token: auditor });
    expect(answer.status).toBe(200);
    head = answer.body;
    expect(head).toMatchObject({
      format: 'charter-ledger-head',
      blockNo: Math.floor(log.length / BLOCK) - 1,
      lastPosition: log[Math.floor(log.length / BLOCK) * BLOCK - 1]!.position,
      publicKey: t.runtime.ledgerKey.publicKeyPem,
    });
    expect(blockHash(head)).toBe(head.blockHash);
    expect(blockSignatureValid(t.runtime.ledgerKey.publicKey, head.blockHash, head.signature)).toBe(true);
    const exported = await cli('cli.js', ['audit', 'head', '--out', headFile()]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(headFile(), 'utf8'))).toEqual(head);
    const delegate = t.token('delegate-1', { role: 'delegate', org: 'school' });
    expect((await t.request('GET', '/api/v1/audit/ledger/head', { token: delegate })).status).toBe(403);
  });

  it('holds a bundle against the head it contains', async () => {
    const report = await verifyBundle(whole, { against: head });
    expect([report.ok, report.against]).toEqual([
      true,
      { blockNo: head.blockNo, blockHash: head.blockHash, contained: true },
    ]);
    const viaCli = await cli('cli.js', ['audit', 'verify-bundle', whole, '--against', headFile()]);
    expect([viaCli.code, viaCli.out]).toEqual([0, expect.stringContaining('holds the earlier head')]);
    const forged = join(dir, 'forged-head.json');
    writeFileSync(forged, JSON.stringify({ ...head, blockHash: 'ab'.repeat(32) }));
    const refused = await cli('cli.js', ['audit', 'verify-bundle', whole, '--against', forged]);
    expect([refused.code, refused.out]).toEqual([1, expect.stringContaining('head problem')]);
  });

  it('checks later states against the earlier head, through the route and the CLI', async () => {
    for (let i = 0; i < BLOCK; i++) {
      const renamed = await t.request('PUT', '/api/v1/organisations/science/name', {
        token: admin,
        body: { name: `理学院学生会 ${i}` },
      });
      expect(renamed.status).toBe(200);
    }
    log = await settled();
    const query = `blockNo=${head.blockNo}&blockHash=${head.blockHash}&signature=${encodeURIComponent(head.signature)}`;
    const later = await t.request<Consistency>('GET', `/api/v1/audit/ledger/consistency?${query}`, {
      token: supervisor,
    });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ consistent: true, problems: [] });
    expect(later.body.current!.blockNo).toBeGreaterThan(head.blockNo);
    const viaCli = await cli('cli.js', ['audit', 'verify-head', headFile()]);
    expect([viaCli.code, viaCli.out]).toEqual([0, expect.stringContaining('CONSISTENT')]);
    const rewritten = await t.request<Consistency>(
      'GET',
      `/api/v1/audit/ledger/consistency?blockNo=${head.blockNo}&blockHash=${'cd'.repeat(32)}`,
      { token: supervisor },
    );
    expect(rewritten.body).toMatchObject({
      consistent: false,
      problems: [{ problem: 'rewritten', blockNo: head.blockNo }],
    });
    const bad = await t.request<Problem>('GET', '/api/v1/audit/ledger/consistency?blockNo=-1&blockHash=xyz', {
      token: supervisor,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['blockHash', 'blockNo']);
  });

  it('names the block an intruder rewrote in the database with its chain hash, and a new bundle names the event', async () => {
    const target = log.find((e) => e.type === 'PolicyChanged')!;
    const data = { ...target.data, reason: '无决议' };
    await tamperWithEvents(
      t.runtime.dataSource,
      `UPDATE es.events SET data = $2, metadata = jsonb_set(metadata, '{hash}', to_jsonb($3::text)) WHERE event_id = $1`,
      [target.id, data, chainHash(target.metadata.prevHash, { ...target, data })],
    );
    const block = Math.floor(log.findIndex((e) => e.id === target.id) / BLOCK);
    const query = `blockNo=${head.blockNo}&blockHash=${head.blockHash}`;
    const after = await t.request<Consistency>('GET', `/api/v1/audit/ledger/consistency?${query}`, {
      token: supervisor,
    });
    expect(after.body.consistent).toBe(false);
    expect(after.body.problems).toContainEqual(expect.objectContaining({ problem: 'root-mismatch', blockNo: block }));
    const viaCli = await cli('cli.js', ['audit', 'verify-head', headFile()]);
    expect([viaCli.code, viaCli.out]).toEqual([1, expect.stringContaining(`ROOT-MISMATCH block ${block}`)]);
    const bundle = await download('');
    expect((await verifyBundle(bundle.path)).firstProblem).toMatchObject({ eventId: target.id });
  });

  it('names the event an intruder edited without its hash', async () => {
    const target = log.find((e) => e.type === 'OrganisationRenamed')!;
    await tamperWithEvents(t.runtime.dataSource, `UPDATE es.events SET data = $2 WHERE event_id = $1`, [
      target.id,
      { ...target.data, name: '改名' },
    ]);
    const query = `blockNo=${head.blockNo}&blockHash=${head.blockHash}`;
    const after = await t.request<Consistency>('GET', `/api/v1/audit/ledger/consistency?${query}`, {
      token: supervisor,
    });
    expect(after.body.problems).toContainEqual(
      expect.objectContaining({ problem: 'chain-altered', eventId: target.id }),
    );
    const bundle = await download('');
    const report = await verifyBundle(bundle.path);
    expect(report.problems).toContainEqual(expect.objectContaining({ check: 'event', eventId: target.id }));
  });
});
