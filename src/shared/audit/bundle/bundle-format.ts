import { type KeyObject, createHash, sign, verify } from 'node:crypto';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import type { BlockHeader } from '../ledger/ledger-block.js';

/**
 * The audit bundle (issue 13 item 4): a zip an outside auditor verifies with no database. Its files, in the order
 * they are written and read:
 *
 * - `public-key.pem`: the Ed25519 key the ledger blocks are signed with (SPKI PEM);
 * - `blocks.jsonl`: every sealed ledger block from block 0 to the ledger head at export time, one `BundleBlock` a line;
 * - `events.jsonl`: the exported events exactly as the log stores them (what the chain hash covers), one
 *   `BundleEvent` a line, in global order;
 * - `proofs.jsonl`: for each exported event a sealed block holds, in the same order, its RFC 6962 audit path from the
 *   event's leaf to its block's Merkle root (`BundleProof`); events after the head are not yet sealed and have none;
 * - `manifest.json`: what was asked, the counts, each file's SHA-256, the ledger head, when and by whom;
 * - `manifest.sig`: the ledger key's Ed25519 signature over the manifest (`manifestMessage`).
 */
export const BUNDLE_FORMAT = 'charter-audit-bundle';
export const BUNDLE_VERSION = 1;
export const HEAD_FORMAT = 'charter-ledger-head';

export const BUNDLE_FILES = {
  key: 'public-key.pem',
  blocks: 'blocks.jsonl',
  events: 'events.jsonl',
  proofs: 'proofs.jsonl',
  manifest: 'manifest.json',
  signature: 'manifest.sig',
} as const;

/** The files the manifest lists with their hashes: all but the manifest and its signature. */
export const HASHED_FILES = [BUNDLE_FILES.key, BUNDLE_FILES.blocks, BUNDLE_FILES.events, BUNDLE_FILES.proofs] as const;

/** One event as stored: `revision` as a decimal string; `position` and `recordedAt` are the store's, not hashed. */
export type BundleEvent = Readonly<{
  position: string;
  recordedAt: string;
  stream: string;
  revision: string;
  id: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, string>>;
}>;

/** A sealed block: its header, the hash that covers it and the signature over that hash. */
export type BundleBlock = BlockHeader & Readonly<{ blockHash: string; signature: string; sealedAt: string }>;

export type BundleProof = Readonly<{
  eventId: string;
  blockNo: number;
  leafIndex: number;
  /** the block's event count: the tree the path climbs */
  treeSize: number;
  /** sibling hashes from the leaf up (RFC 6962 §2.1.1) */
  path: readonly string[];
}>;

/** A published ledger head: the latest sealed block's header, hash and signature, and the key to check them. */
export type LedgerHead = BundleBlock &
  Readonly<{ format: typeof HEAD_FORMAT; version: typeof BUNDLE_VERSION; publicKey: string }>;

export type BundleFilter = Readonly<{
  /** after this position (exclusive) */
  from?: string;
  /** up to this position (inclusive) */
  until?: string;
  /** occurredAt at or after */
  since?: string;
  /** occurredAt before */
  untilTime?: string;
  organisationId?: string;
}>;

export type FileDigest = Readonly<{ sha256: string; bytes: number; lines: number }>;

export type BundleManifest = Readonly<{
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  exportedBy: Readonly<{ actorId: string; role: string; organisationId: string }>;
  filter: BundleFilter;
  /** the positions of the first and last exported event (null for none), and how far the log was read */
  range: Readonly<{ firstPosition: string | null; lastPosition: string | null; readUpTo: string | null }>;
  counts: Readonly<{ events: number; sealedEvents: number; unsealedEvents: number; streams: number; blocks: number }>;
  /** the newest sealed block when the export began (null before any block is sealed) */
  ledgerHead: Readonly<{ blockNo: number; blockHash: string; lastPosition: string; sealedAt: string }> | null;
  files: Readonly<Record<(typeof HASHED_FILES)[number], FileDigest>>;
  /** personal data the log seals under each student's key stays ciphertext: the bundle is the log as stored */
  personalData: 'as-stored';
}>;

export function bundleEvent(event: RecordedEvent): BundleEvent {
  return {
    position: event.position,
    recordedAt: event.recordedAt.toISOString(),
    stream: event.stream,
    revision: event.revision.toString(),
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  };
}

export function headOf(block: BundleBlock, publicKeyPem: string): LedgerHead {
  return { format: HEAD_FORMAT, version: BUNDLE_VERSION, ...block, publicKey: publicKeyPem };
}

export const sha256Hex = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * What the manifest's signature covers: a purpose line and the manifest's SHA-256. The purpose keeps the message
 * apart from a block signature (which covers a bare 32-byte block hash), so one never passes for the other.
 */
export function manifestMessage(manifestBytes: Uint8Array): Buffer {
  return Buffer.from(`${BUNDLE_FORMAT}/${BUNDLE_VERSION} manifest\n${sha256Hex(manifestBytes)}`);
}

export function signManifest(privateKey: KeyObject, manifestBytes: Uint8Array): string {
  return sign(null, manifestMessage(manifestBytes), privateKey).toString('base64');
}

export function manifestSignatureValid(publicKey: KeyObject, manifestBytes: Uint8Array, signature: string): boolean {
  try {
    return verify(null, manifestMessage(manifestBytes), publicKey, Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}
