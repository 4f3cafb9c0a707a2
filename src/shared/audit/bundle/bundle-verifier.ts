import { type KeyObject, createHash, createPublicKey } from 'node:crypto';
import type { EventMetadata } from '../../event-store/event-store.port.js';
import { GENESIS_HASH, chainHash } from '../hash-chain.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from '../ledger/ledger-block.js';
import { blockSignatureValid } from '../ledger/ledger-key.js';
import { inclusionHolds } from '../ledger/merkle.js';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleBlock,
  type BundleEvent,
  type BundleManifest,
  type BundleProof,
  HASHED_FILES,
  HEAD_FORMAT,
  type LedgerHead,
  manifestSignatureValid,
} from './bundle-format.js';
import { ZipReader, ZipUnreadable } from './zip-reader.js';

export type BundleProblem = Readonly<{
  check: 'file' | 'manifest' | 'key' | 'block' | 'event' | 'proof' | 'head';
  detail: string;
  file?: string;
  line?: number;
  eventId?: string;
  stream?: string;
  revision?: string;
  blockNo?: number;
}>;

export type BundleReport = Readonly<{
  ok: boolean;
  /** the first problem in the order the checks run (below); `problems` lists up to MAX_PROBLEMS */
  firstProblem?: BundleProblem;
  problems: BundleProblem[];
  manifest?: BundleManifest;
  checked: Readonly<{
    events: number;
    sealedEvents: number;
    unsealedEvents: number;
    streams: number;
    blocks: number;
    /** the first event no block in the bundle seals: it and every later one are chain-checked only */
    firstUnsealedEventId: string | null;
  }>;
  key: Readonly<{ fingerprint: string | null; pinned: boolean }>;
  against?: Readonly<{ blockNo: number; blockHash: string; contained: boolean }>;
}>;

export type VerifyBundleOptions = Readonly<{
  /** a public key (SPKI PEM) the auditor trusts: the bundle's must be it */
  trustedKeyPem?: string;
  /** an earlier published head the bundle's blocks must contain */
  against?: unknown;
}>;

export const MAX_PROBLEMS = 100;
const SMALL_FILE = 1024 * 1024;
/** A line longer than this is refused rather than held: an event is at most MAX_EVENT_BYTES (1 MiB by default). */
export const MAX_LINE = 64 * 1024 * 1024;
const HEX64 = /^[0-9a-f]{64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isHex64 = (value: unknown): value is string => typeof value === 'string' && HEX64.test(value);
const keyFingerprint = (key: KeyObject) =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');

/** A file's lines as it streams, and the SHA-256, size and line count of all of it once read. */
class FileLines {
  private readonly hash = createHash('sha256');
  bytes = 0;
  lines = 0;
  digest = '';

  constructor(
    private readonly zip: ZipReader,
    readonly name: string,
  ) {}

  async *read(): AsyncGenerator<{ text: string; line: number }> {
    let rest = '';
    for await (const chunk of this.zip.chunks(this.name)) {
      this.hash.update(chunk);
      this.bytes += chunk.length;
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      for (const text of parts) yield { text, line: ++this.lines };
      if (rest.length > MAX_LINE)
        throw new ZipUnreadable(`line ${this.lines + 1} of ${this.name} is longer than ${MAX_LINE} characters`);
    }
    this.digest = this.hash.digest('hex');
    if (rest !== '') yield { text: rest, line: ++this.lines };
  }
}

class Problems {
  readonly list: BundleProblem[] = [];
  add(problem: BundleProblem): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
}

function parseLine(text: string, file: string, line: number, problems: Problems): unknown {
  try {
    return JSON.parse(text);
  } catch {
    problems.add({ check: 'file', file, line, detail: `line ${line} of ${file} is not JSON` });
    return undefined;
  }
}

function blockShapeOk(value: unknown): value is BundleBlock {
  if (!isRecord(value)) return false;
  return (
    isCount(value.blockNo) &&
    isHex64(value.prevBlockHash) &&
    isHex64(value.merkleRoot) &&
    isCount(value.eventCount) &&
    typeof value.firstPosition === 'string' &&
    typeof value.lastPosition === 'string' &&
    isHex64(value.blockHash) &&
    typeof value.signature === 'string' &&
    typeof value.sealedAt === 'string'
  );
}

function eventShapeOk(value: unknown): value is BundleEvent {
  if (!isRecord(value)) return false;
  return (
    typeof value.stream === 'string' &&
    typeof value.revision === 'string' &&
    /^\d{1,19}$/.test(value.revision) &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    isRecord(value.data) &&
    isRecord(value.metadata) &&
    Object.values(value.metadata).every((v) => typeof v === 'string')
  );
}

function proofShapeOk(value: unknown): value is BundleProof {
  if (!isRecord(value)) return false;
  return (
    typeof value.eventId === 'string' &&
    isCount(value.blockNo) &&
    isCount(value.leafIndex) &&
    isCount(value.treeSize) &&
    Array.isArray(value.path) &&
    value.path.every(isHex64)
  );
}

export function isLedgerHead(value: unknown): value is LedgerHead {
  return blockShapeOk(value) && (value as Record<string, unknown>).format === HEAD_FORMAT;
}

const headerOf = (b: BundleBlock) => ({
  blockNo: b.blockNo,
  prevBlockHash: b.prevBlockHash,
  merkleRoot: b.merkleRoot,
  eventCount: b.eventCount,
  firstPosition: b.firstPosition,
  lastPosition: b.lastPosition,
});

const signatureHolds = (key: KeyObject, block: BundleBlock) => {
  try {
    return blockSignatureValid(key, block.blockHash, block.signature);
  } catch {
    return false;
  }
};

function readKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies an audit bundle with no database (issue 13 item 4). The checks run in this order, and the first problem
 * is the first they meet: the files are there and the manifest reads; the public key (and that it is the pinned one);
 * every block (its hash from its header, its link to the block before from genesis, its signature); every event (its
 * chain hash from its prevHash and content, and its link to the stream's previous event in the bundle) with its
 * inclusion proof into its block's root; the earlier head given with `against`; then each file's SHA-256, the
 * counts and the ledger head against the manifest, and the manifest's signature. Content comes before the file
 * hashes so that an altered event is named, not only the file it sits in.
 */
export async function verifyBundle(path: string, options: VerifyBundleOptions = {}): Promise<BundleReport> {
  const problems = new Problems();
  const checked = { events: 0, sealedEvents: 0, unsealedEvents: 0, streams: 0, blocks: 0 };
  let firstUnsealedEventId: string | null = null;
  const report = (extra: Partial<BundleReport> = {}): BundleReport => ({
    ok: problems.list.length === 0,
    firstProblem: problems.list[0],
    problems: problems.list,
    checked: { ...checked, firstUnsealedEventId },
    key: { fingerprint: null, pinned: options.trustedKeyPem !== undefined },
    ...extra,
  });

  let zip: ZipReader;
  try {
    zip = await ZipReader.open(path);
  } catch (error) {
    if (!(error instanceof ZipUnreadable)) throw error;
    problems.add({ check: 'file', file: path, detail: error.message });
    return report();
  }
  for (const name of Object.values(BUNDLE_FILES)) {
    if (!zip.entries.has(name)) problems.add({ check: 'file', file: name, detail: `the bundle holds no ${name}` });
  }
  if (problems.list.length > 0) return report();

  try {
    return await verifyContents(zip, options, problems, checked, (id) => (firstUnsealedEventId ??= id), report);
  } catch (error) {
    if (!(error instanceof ZipUnreadable)) throw error;
    problems.add({ check: 'file', detail: error.message });
    return report();
  }
}

async function verifyContents(
  zip: ZipReader,
  options: VerifyBundleOptions,
  problems: Problems,
  checked: { events: number; sealedEvents: number; unsealedEvents: number; streams: number; blocks: number },
  unsealed: (eventId: string) => void,
  report: (extra?: Partial<BundleReport>) => BundleReport,
): Promise<BundleReport> {
  // the manifest and the key
  const manifestBytes = await zip.bytes(BUNDLE_FILES.manifest, SMALL_FILE);
  let manifest: BundleManifest | undefined;
  try {
    const parsed: unknown = JSON.parse(manifestBytes.toString('utf8'));
    if (!isRecord(parsed) || parsed.format !== BUNDLE_FORMAT || parsed.version !== BUNDLE_VERSION)
      problems.add({
        check: 'manifest',
        file: BUNDLE_FILES.manifest,
        detail: `not a ${BUNDLE_FORMAT} version ${BUNDLE_VERSION} manifest`,
      });
    else manifest = parsed as BundleManifest;
  } catch {
    problems.add({ check: 'manifest', file: BUNDLE_FILES.manifest, detail: 'manifest.json is not JSON' });
  }
  const keyFile = new FileLines(zip, BUNDLE_FILES.key);
  let keyPem = '';
  for await (const { text } of keyFile.read()) keyPem += `${text}\n`;
  const bundleKey = readKey(keyPem);
  if (!bundleKey) problems.add({ check: 'key', file: BUNDLE_FILES.key, detail: 'not an Ed25519 public key (PEM)' });
  let key = bundleKey;
  if (options.trustedKeyPem !== undefined) {
    const trusted = readKey(options.trustedKeyPem);
    if (!trusted) problems.add({ check: 'key', detail: 'the pinned key is not an Ed25519 public key (PEM)' });
    else if (bundleKey && keyFingerprint(bundleKey) !== keyFingerprint(trusted))
      problems.add({
        check: 'key',
        file: BUNDLE_FILES.key,
        detail: `the bundle's key (${keyFingerprint(bundleKey).slice(0, 16)}…) is not the pinned key (${keyFingerprint(trusted).slice(0, 16)}…)`,
      });
    key = trusted;
  }
  const fingerprint = key ? keyFingerprint(key) : null;

  // the blocks, from genesis
  const roots = new Map<number, { merkleRoot: string; eventCount: number; blockHash: string }>();
  const blocksFile = new FileLines(zip, BUNDLE_FILES.blocks);
  let last: BundleBlock | undefined;
  for await (const { text, line } of blocksFile.read()) {
    const value = parseLine(text, BUNDLE_FILES.blocks, line, problems);
    if (value === undefined) continue;
    if (!blockShapeOk(value)) {
      problems.add({ check: 'block', file: BUNDLE_FILES.blocks, line, detail: `line ${line} is not a block header` });
      continue;
    }
    checked.blocks++;
    const expectedNo = last ? last.blockNo + 1 : 0;
    const at = { check: 'block' as const, blockNo: value.blockNo, file: BUNDLE_FILES.blocks, line };
    if (value.blockNo !== expectedNo)
      problems.add({ ...at, detail: `block ${value.blockNo} stands where block ${expectedNo} belongs` });
    if (value.prevBlockHash !== (last ? last.blockHash : LEDGER_GENESIS))
      problems.add({
        ...at,
        detail: `block ${value.blockNo} does not link to ${last ? `block ${last.blockNo}` : 'the genesis'}`,
      });
    if (blockHash(headerOf(value)) !== value.blockHash)
      problems.add({ ...at, detail: `block ${value.blockNo}'s hash does not match its header` });
    if (key && !signatureHolds(key, value))
      problems.add({ ...at, detail: `block ${value.blockNo}'s signature does not verify with the ledger key` });
    roots.set(value.blockNo, {
      merkleRoot: value.merkleRoot,
      eventCount: value.eventCount,
      blockHash: value.blockHash,
    });
    last = value;
  }

  // the events and their proofs, side by side
  const eventsFile = new FileLines(zip, BUNDLE_FILES.events);
  const proofsFile = new FileLines(zip, BUNDLE_FILES.proofs);
  const proofLines = proofsFile.read();
  const nextProof = async (): Promise<{ proof?: BundleProof; line: number } | undefined> => {
    for (;;) {
      const next = await proofLines.next();
      if (next.done) return undefined;
      const value = parseLine(next.value.text, BUNDLE_FILES.proofs, next.value.line, problems);
      if (value === undefined) continue;
      if (proofShapeOk(value)) return { proof: value, line: next.value.line };
      problems.add({
        check: 'proof',
        file: BUNDLE_FILES.proofs,
        line: next.value.line,
        eventId: isRecord(value) && typeof value.eventId === 'string' ? value.eventId : undefined,
        detail: `line ${next.value.line} is not an inclusion proof`,
      });
    }
  };
  let pending = await nextProof();
  const streams = new Map<string, { revision: bigint; hash: string }>();
  let unsealedFrom: string | null = null;
  for await (const { text, line } of eventsFile.read()) {
    const value = parseLine(text, BUNDLE_FILES.events, line, problems);
    if (value === undefined) continue;
    if (!eventShapeOk(value)) {
      problems.add({
        check: 'event',
        file: BUNDLE_FILES.events,
        line,
        eventId: isRecord(value) && typeof value.id === 'string' ? value.id : undefined,
        detail: `line ${line} is not an event as the log stores it`,
      });
      continue;
    }
    checked.events++;
    const revision = BigInt(value.revision);
    const at = {
      eventId: value.id,
      stream: value.stream,
      revision: value.revision,
      file: BUNDLE_FILES.events,
      line,
    };
    const prevHash = value.metadata.prevHash ?? '';
    let hashHolds: boolean;
    try {
      hashHolds = chainHash(prevHash, { ...value, revision }) === value.metadata.hash;
    } catch {
      hashHolds = false;
    }
    if (!hashHolds)
      problems.add({ check: 'event', ...at, detail: `event ${value.id}'s content does not match its chain hash` });
    const before = streams.get(value.stream);
    if (before && revision <= before.revision)
      problems.add({
        check: 'event',
        ...at,
        detail: `${value.stream} revision ${revision} follows revision ${before.revision}`,
      });
    else if (
      revision === 0n ? prevHash !== GENESIS_HASH : before?.revision === revision - 1n && prevHash !== before.hash
    )
      problems.add({
        check: 'event',
        ...at,
        detail: `event ${value.id} does not link to the previous event of ${value.stream}`,
      });
    streams.set(value.stream, { revision, hash: value.metadata.hash ?? '' });

    if (pending?.proof?.eventId === value.id) {
      const proof = pending.proof;
      pending = await nextProof();
      if (unsealedFrom !== null) {
        problems.add({
          check: 'proof',
          eventId: unsealedFrom,
          file: BUNDLE_FILES.proofs,
          detail: `event ${unsealedFrom} has no inclusion proof, yet a later event (${value.id}) has one`,
        });
        unsealedFrom = null;
      }
      checked.sealedEvents++;
      const block = roots.get(proof.blockNo);
      const leaf = eventLeaf({ ...value, revision, metadata: value.metadata as EventMetadata });
      if (!block)
        problems.add({
          check: 'proof',
          ...at,
          blockNo: proof.blockNo,
          detail: `no block ${proof.blockNo} in the bundle`,
        });
      else if (
        proof.treeSize !== block.eventCount ||
        !inclusionHolds(leaf, proof.leafIndex, proof.treeSize, proof.path, block.merkleRoot)
      )
        problems.add({
          check: 'proof',
          ...at,
          blockNo: proof.blockNo,
          detail: `event ${value.id}'s inclusion proof does not lead to block ${proof.blockNo}'s Merkle root`,
        });
    } else {
      checked.unsealedEvents++;
      unsealed(value.id);
      unsealedFrom ??= value.id;
    }
  }
  checked.streams = streams.size;
  for (; pending; pending = await nextProof()) {
    problems.add({
      check: 'proof',
      file: BUNDLE_FILES.proofs,
      line: pending.line,
      eventId: pending.proof?.eventId,
      detail: `the proof for event ${pending.proof?.eventId} follows no event of the bundle in order`,
    });
  }

  // the earlier head the bundle must contain
  let against: BundleReport['against'];
  if (options.against !== undefined) {
    const head = options.against;
    if (!isLedgerHead(head)) {
      problems.add({ check: 'head', detail: `the earlier head is not a ${HEAD_FORMAT} digest` });
    } else {
      const contained = roots.get(head.blockNo)?.blockHash === head.blockHash;
      against = { blockNo: head.blockNo, blockHash: head.blockHash, contained };
      if (blockHash(headerOf(head)) !== head.blockHash)
        problems.add({
          check: 'head',
          blockNo: head.blockNo,
          detail: "the earlier head's hash does not match its header",
        });
      else if (key && !signatureHolds(key, head))
        problems.add({
          check: 'head',
          blockNo: head.blockNo,
          detail: "the earlier head's signature does not verify with the ledger key",
        });
      if (!roots.has(head.blockNo))
        problems.add({
          check: 'head',
          blockNo: head.blockNo,
          detail: `the bundle's blocks end before block ${head.blockNo} of the earlier head`,
        });
      else if (!contained)
        problems.add({
          check: 'head',
          blockNo: head.blockNo,
          detail: `block ${head.blockNo} is not the block of the earlier head: the ledger was rewritten since`,
        });
    }
  }

  // the manifest against what was read, and its signature
  if (manifest) {
    const files = isRecord(manifest.files) ? manifest.files : {};
    const read: Record<(typeof HASHED_FILES)[number], FileLines> = {
      [BUNDLE_FILES.key]: keyFile,
      [BUNDLE_FILES.blocks]: blocksFile,
      [BUNDLE_FILES.events]: eventsFile,
      [BUNDLE_FILES.proofs]: proofsFile,
    };
    for (const name of HASHED_FILES) {
      const listed = (files as Record<string, unknown>)[name];
      if (!isRecord(listed) || listed.sha256 !== read[name].digest || listed.bytes !== read[name].bytes)
        problems.add({
          check: 'file',
          file: name,
          detail: `${name}'s SHA-256 is not the one the manifest lists`,
        });
    }
    const counts: Record<string, unknown> = isRecord(manifest.counts) ? manifest.counts : {};
    for (const [name, value] of Object.entries(checked)) {
      if (counts[name] !== value)
        problems.add({
          check: 'manifest',
          file: BUNDLE_FILES.manifest,
          detail: `the manifest counts ${String(counts[name])} ${name}, the bundle holds ${value}`,
        });
    }
    const head = manifest.ledgerHead;
    const headHolds =
      head === null
        ? last === undefined
        : isRecord(head) && head.blockNo === last?.blockNo && head.blockHash === last?.blockHash;
    if (!headHolds)
      problems.add({
        check: 'manifest',
        file: BUNDLE_FILES.manifest,
        detail: "the manifest's ledger head is not the bundle's last block",
      });
  }
  const signature = (await zip.bytes(BUNDLE_FILES.signature, SMALL_FILE)).toString('utf8');
  if (key && !manifestSignatureValid(key, manifestBytes, signature))
    problems.add({
      check: 'manifest',
      file: BUNDLE_FILES.signature,
      detail: "the manifest's signature does not verify with the ledger key",
    });
  return report({ manifest, key: { fingerprint, pinned: options.trustedKeyPem !== undefined }, against });
}

/** Reads a published head (`audit head --out`) for `--against`; undefined when it is not JSON. */
export function parseHead(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
