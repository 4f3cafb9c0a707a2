import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Position, RecordedEvent } from '../../event-store/event-store.port.js';
import { GENESIS_HASH, chainHash } from '../hash-chain.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from '../ledger/ledger-block.js';
import { loadLedgerKey, signBlock } from '../ledger/ledger-key.js';
import { merkleRoot } from '../ledger/merkle.js';
import { type BundleBlock, headOf } from './bundle-format.js';
import { verifyBundle } from './bundle-verifier.js';
import { type BundleSource, type LeafPlace, writeBundle } from './bundle-writer.js';

/**
 * The bundle written from a log and ledger built here in memory (chain hashes, leaves, signed blocks computed as the
 * store and the ledger projection compute them), then verified offline, whole and tampered.
 */
const key = loadLedgerKey({});
const otherKey = loadLedgerKey({ LEDGER_SIGNING_KEY: '11'.repeat(32) });
const BLOCK = 4;
const STREAMS = ['organisation-school', 'student-s1', 'organisation-school', 'congress-c1', 'student-s1'];

function buildLog(count: number): RecordedEvent[] {
  const heads = new Map<string, { revision: bigint; hash: string }>();
  return Array.from({ length: count }, (_, i) => {
    const stream = STREAMS[i % STREAMS.length]!;
    const before = heads.get(stream);
    const revision = before ? before.revision + 1n : 0n;
    const prevHash = before?.hash ?? GENESIS_HASH;
    const base = {
      stream,
      revision,
      id: randomUUID(),
      type: 'SomethingHappened',
      data: { organisationId: i % 2 ? 'school' : 'arts', n: i, note: `event ${i}` },
      metadata: {
        commandId: randomUUID(),
        correlationId: 'c',
        causationId: 'c',
        actorId: 'staff-1',
        actorRole: 'union-staff',
        actorOrganisationId: 'school',
        occurredAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        schemaVersion: '1',
        prevHash,
        hash: '',
      },
    };
    const hash = chainHash(prevHash, base);
    heads.set(stream, { revision, hash });
    return {
      ...base,
      metadata: { ...base.metadata, hash },
      position: `pg:1:${i}` as Position,
      recordedAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
    };
  });
}

function buildLedger(log: readonly RecordedEvent[]): { blocks: BundleBlock[]; leaves: string[] } {
  const leaves = log.map(eventLeaf);
  const blocks: BundleBlock[] = [];
  for (let from = 0; from + BLOCK <= log.length; from += BLOCK) {
    const header = {
      blockNo: blocks.length,
      prevBlockHash: blocks.at(-1)?.blockHash ?? LEDGER_GENESIS,
      merkleRoot: merkleRoot(leaves.slice(from, from + BLOCK)),
      eventCount: BLOCK,
      firstPosition: log[from]!.position,
      lastPosition: log[from + BLOCK - 1]!.position,
    };
    const hash = blockHash(header);
    blocks.push({ ...header, blockHash: hash, signature: signBlock(key, hash), sealedAt: '2026-11-02T00:00:00.000Z' });
  }
  return { blocks, leaves };
}

function source(log: readonly RecordedEvent[], keep: (e: RecordedEvent) => boolean = () => true): BundleSource {
  const { blocks, leaves } = buildLedger(log);
  const chosen = log.filter(keep);
  const batches = async function* () {
    for (let i = 0; i < chosen.length; i += 3) yield chosen.slice(i, i + 3);
  };
  return {
    head: blocks.at(-1) ?? null,
    publicKeyPem: key.publicKeyPem,
    privateKey: key.privateKey,
    exportedAt: '2026-11-03T00:00:00.000Z',
    exportedBy: { actorId: 'supervisor-1', role: 'supervisor', organisationId: '*' },
    filter: {},
    blocks: async function* () {
      yield blocks.slice(0, 2);
      yield blocks.slice(2);
    },
    events: batches,
    readUpTo: () => log.at(-1)?.position ?? null,
    placements: async (ids) => {
      const places = new Map<string, LeafPlace>();
      log.forEach(
        (e, i) => ids.includes(e.id) && places.set(e.id, { blockNo: Math.floor(i / BLOCK), leafIndex: i % BLOCK }),
      );
      return places;
    },
    blockLeaves: async (blockNo) => leaves.slice(blockNo * BLOCK, blockNo * BLOCK + BLOCK),
  };
}

async function zipOf(s: BundleSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of writeBundle(s)) parts.push(chunk);
  return Buffer.concat(parts);
}

let dir: string;
let file = 0;
function saved(bytes: Uint8Array): string {
  const path = join(dir, `bundle-${++file}.zip`);
  writeFileSync(path, bytes);
  return path;
}

/** The bundle with one file changed, re-zipped as an intruder would. */
function tampered(bytes: Uint8Array, name: string, change: (text: string) => string): string {
  const files = unzipSync(bytes);
  files[name] = strToU8(change(strFromU8(files[name]!)));
  return saved(zipSync(files));
}

const lines = (text: string) => text.trimEnd().split('\n');
const editLine = (text: string, index: number, edit: (value: Record<string, unknown>) => unknown) =>
  `${lines(text)
    .map((line, i) => (i === index ? JSON.stringify(edit(JSON.parse(line))) : line))
    .join('\n')}\n`;

const log = buildLog(14); // blocks 0..2 seal 12 events; the last 2 are not yet sealed
let whole: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charter-bundle-'));
  whole = await zipOf(source(log));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('audit bundle', () => {
  it('verifies whole: every event chain-checked, the sealed ones proven into signed blocks, the rest named unsealed', async () => {
    const report = await verifyBundle(saved(whole));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checked).toEqual({
      events: 14,
      sealedEvents: 12,
      unsealedEvents: 2,
      streams: 3,
      blocks: 3,
      firstUnsealedEventId: log[12]!.id,
    });
    expect(report.manifest?.ledgerHead?.blockNo).toBe(2);
    expect(report.manifest?.counts.events).toBe(14);
  });

  it('exports the events byte for byte as stored, and the manifest lists each file hash', () => {
    const files = unzipSync(whole);
    const events = lines(strFromU8(files['events.jsonl']!)).map((l) => JSON.parse(l));
    expect(events.map((e) => [e.id, e.revision, e.metadata.hash, e.data])).toEqual(
      log.map((e) => [e.id, e.revision.toString(), e.metadata.hash, e.data]),
    );
    expect(Object.keys(files).sort()).toEqual(
      ['blocks.jsonl', 'events.jsonl', 'manifest.json', 'manifest.sig', 'proofs.jsonl', 'public-key.pem'].sort(),
    );
  });

  it('verifies a part of the log (one organisation), its events scattered over blocks', async () => {
    const report = await verifyBundle(saved(await zipOf(source(log, (e) => e.data.organisationId === 'school'))));
    expect(report.problems).toEqual([]);
    expect(report.checked.events).toBe(7);
    expect(report.checked.sealedEvents).toBe(6);
  });

  it('names the event whose data changed, before the file hash that changed with it', async () => {
    const path = tampered(whole, 'events.jsonl', (t) =>
      editLine(t, 5, (e) => ({ ...e, data: { ...(e.data as object), note: 'event 6' } })),
    );
    const report = await verifyBundle(path);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ check: 'event', eventId: log[5]!.id, line: 6 });
    expect(report.problems).toContainEqual(expect.objectContaining({ check: 'file', file: 'events.jsonl' }));
  });

  it("names the event whose chain hash was recomputed: its proof no longer leads to the block's root", async () => {
    const files = unzipSync(whole);
    const events = lines(strFromU8(files['events.jsonl']!)).map((l) => JSON.parse(l));
    // the intruder rewrites event 3, its hash, and the next event of its stream
    const target = events[3];
    target.data.note = 'event X';
    target.metadata.hash = chainHash(target.metadata.prevHash, { ...target, revision: BigInt(target.revision) });
    const after = events.findIndex((e, i) => i > 3 && e.stream === target.stream);
    events[after].metadata.prevHash = target.metadata.hash;
    events[after].metadata.hash = chainHash(target.metadata.hash, {
      ...events[after],
      revision: BigInt(events[after].revision),
    });
    files['events.jsonl'] = strToU8(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const report = await verifyBundle(saved(zipSync(files)));
    expect(report.firstProblem).toMatchObject({ check: 'proof', eventId: log[3]!.id, blockNo: 0 });
  });

  it('names the event whose proof was changed', async () => {
    const report = await verifyBundle(
      tampered(whole, 'proofs.jsonl', (t) =>
        editLine(t, 9, (p) => ({
          ...p,
          path: [
            (p.path as string[])[0]!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
            ...(p.path as string[]).slice(1),
          ],
        })),
      ),
    );
    expect(report.firstProblem).toMatchObject({ check: 'proof', eventId: log[9]!.id, blockNo: 2 });
  });

  it('names a sealed event whose proof was dropped, so it cannot pass for not yet sealed', async () => {
    const report = await verifyBundle(
      tampered(whole, 'proofs.jsonl', (t) =>
        lines(t)
          .filter((_, i) => i !== 4)
          .map((l) => `${l}\n`)
          .join(''),
      ),
    );
    expect(report.firstProblem).toMatchObject({ check: 'proof', eventId: log[4]!.id });
  });

  it('names the block whose signature was changed, and one whose link or hash was', async () => {
    const forged = signBlock(otherKey, buildLedger(log).blocks[1]!.blockHash);
    const signature = await verifyBundle(
      tampered(whole, 'blocks.jsonl', (t) => editLine(t, 1, (b) => ({ ...b, signature: forged }))),
    );
    expect(signature.firstProblem).toMatchObject({ check: 'block', blockNo: 1 });
    expect(signature.firstProblem?.detail).toMatch(/signature/);
    const root = await verifyBundle(
      tampered(whole, 'blocks.jsonl', (t) => editLine(t, 2, (b) => ({ ...b, merkleRoot: '0'.repeat(64) }))),
    );
    expect(root.firstProblem).toMatchObject({ check: 'block', blockNo: 2 });
    expect(root.firstProblem?.detail).toMatch(/hash does not match/);
    const dropped = await verifyBundle(
      tampered(
        whole,
        'blocks.jsonl',
        (t) =>
          `${lines(t)
            .filter((_, i) => i !== 1)
            .join('\n')}\n`,
      ),
    );
    expect(dropped.firstProblem).toMatchObject({ check: 'block', blockNo: 2 });
  });

  it('names the manifest when it was changed, and a file the manifest does not match', async () => {
    const manifest = await verifyBundle(
      tampered(whole, 'manifest.json', (t) => t.replace('"actorId": "supervisor-1"', '"actorId": "someone-else"')),
    );
    expect(manifest.firstProblem).toMatchObject({ check: 'manifest', file: 'manifest.sig' });
    const counts = await verifyBundle(
      tampered(whole, 'manifest.json', (t) => t.replace('"events": 14', '"events": 15')),
    );
    expect(counts.firstProblem).toMatchObject({ check: 'manifest', file: 'manifest.json' });
    const key = await verifyBundle(tampered(whole, 'public-key.pem', (t) => `${t}\n`));
    expect(key.firstProblem).toMatchObject({ check: 'file', file: 'public-key.pem' });
  });

  it('refuses a bundle signed with another key than the pinned one, and accepts the pinned key', async () => {
    expect((await verifyBundle(saved(whole), { trustedKeyPem: key.publicKeyPem })).ok).toBe(true);
    const report = await verifyBundle(saved(whole), { trustedKeyPem: otherKey.publicKeyPem });
    expect(report.firstProblem).toMatchObject({ check: 'key' });
  });

  it('holds the bundle against an earlier head: contained, or rewritten since, or a head it does not reach', async () => {
    const { blocks } = buildLedger(log);
    const earlier = headOf(blocks[1]!, key.publicKeyPem);
    const held = await verifyBundle(saved(whole), { against: earlier });
    expect([held.ok, held.against]).toEqual([true, { blockNo: 1, blockHash: earlier.blockHash, contained: true }]);
    // another history: the same shape of log, other events, signed with the same key
    const other = headOf(buildLedger(buildLog(14)).blocks[1]!, key.publicKeyPem);
    const rewritten = await verifyBundle(saved(whole), { against: other });
    expect(rewritten.firstProblem).toMatchObject({ check: 'head', blockNo: 1 });
    const beyond = await verifyBundle(saved(whole), { against: { ...earlier, blockNo: 7 } });
    expect(beyond.firstProblem).toMatchObject({ check: 'head', blockNo: 7 });
    expect((await verifyBundle(saved(whole), { against: { nonsense: true } })).firstProblem?.check).toBe('head');
  });

  it('names a file that is not a zip, or a bundle without its manifest', async () => {
    expect((await verifyBundle(saved(strToU8('not a zip')))).firstProblem).toMatchObject({ check: 'file' });
    const files = unzipSync(whole);
    delete files['manifest.json'];
    expect((await verifyBundle(saved(zipSync(files)))).firstProblem).toMatchObject({
      check: 'file',
      file: 'manifest.json',
    });
  });

  it('writes an empty bundle for an empty range, which verifies', async () => {
    const report = await verifyBundle(saved(await zipOf(source(log, () => false))));
    expect([report.ok, report.checked.events, report.checked.blocks]).toEqual([true, 0, 3]);
  });
});
