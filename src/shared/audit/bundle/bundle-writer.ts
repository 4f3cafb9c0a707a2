import { createHash, type Hash, type KeyObject } from 'node:crypto';
import { Zip, ZipDeflate } from 'fflate';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import { merkleLevels, auditPath } from '../ledger/merkle.js';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleBlock,
  type BundleFilter,
  type BundleManifest,
  type BundleProof,
  type FileDigest,
  bundleEvent,
  signManifest,
} from './bundle-format.js';

export type LeafPlace = Readonly<{ blockNo: number; leafIndex: number }>;

/** What a bundle is written from; the caller reads the log and the ledger, the writer only shapes and seals. */
export type BundleSource = Readonly<{
  /** the newest sealed block when the export began; blocks after it are left out, their events unsealed */
  head: BundleBlock | null;
  publicKeyPem: string;
  privateKey: KeyObject;
  exportedAt: string;
  exportedBy: BundleManifest['exportedBy'];
  filter: BundleFilter;
  /** sealed blocks 0 to `head`, in order, a batch at a time */
  blocks: () => AsyncIterable<readonly BundleBlock[]>;
  /**
   * The exported events in global order, a batch at a time. Called twice (the events, then their proofs): the second
   * pass must yield the same events, so the caller bounds it by where the first one stopped.
   */
  events: (pass: 'events' | 'proofs') => AsyncIterable<readonly RecordedEvent[]>;
  /** after the first pass: how far it read the log */
  readUpTo: () => string | null;
  /** where the ledger placed these events; an event it has not reached yet is absent */
  placements: (eventIds: readonly string[]) => Promise<ReadonlyMap<string, LeafPlace>>;
  /** one sealed block's leaf hashes in leaf order */
  blockLeaves: (blockNo: number) => Promise<readonly string[]>;
}>;

const encoder = new TextEncoder();

/** One zip entry being written: its bytes pass through SHA-256 on their way in. */
class Entry {
  private readonly hash: Hash = createHash('sha256');
  private readonly file: ZipDeflate;
  private bytes = 0;
  lines = 0;

  constructor(zip: Zip, name: string) {
    this.file = new ZipDeflate(name, { level: 6 });
    zip.add(this.file);
  }

  push(text: string, lines = 0): void {
    if (text === '') return;
    const chunk = encoder.encode(text);
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.lines += lines;
    this.file.push(chunk);
  }

  end(): FileDigest {
    this.file.push(new Uint8Array(0), true);
    return { sha256: this.hash.digest('hex'), bytes: this.bytes, lines: this.lines };
  }
}

const jsonl = (items: readonly unknown[]) => items.map((item) => `${JSON.stringify(item)}\n`).join('');

/**
 * The bundle as zip bytes, produced as the reader takes them: a batch of events (or blocks) is read, compressed and
 * handed on before the next is read, so memory stays a batch and one block's Merkle tree, whatever the range.
 * Entries are written one after another (a zip streams no other way); the events are therefore read twice, once for
 * `events.jsonl` and once for `proofs.jsonl`. The manifest, written last, holds every other file's SHA-256 and is
 * signed with the ledger key.
 */
export async function* writeBundle(source: BundleSource): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  };

  const key = new Entry(zip, BUNDLE_FILES.key);
  key.push(source.publicKeyPem, source.publicKeyPem.split('\n').filter(Boolean).length);
  const keyDigest = key.end();
  yield* drain();

  const blocks = new Entry(zip, BUNDLE_FILES.blocks);
  for await (const batch of source.blocks()) {
    blocks.push(jsonl(batch), batch.length);
    yield* drain();
  }
  const blocksDigest = blocks.end();
  yield* drain();

  const events = new Entry(zip, BUNDLE_FILES.events);
  const streams = new Set<string>();
  let firstPosition: string | null = null;
  let lastPosition: string | null = null;
  for await (const batch of source.events('events')) {
    for (const event of batch) streams.add(event.stream);
    firstPosition ??= batch[0]?.position ?? null;
    lastPosition = batch.at(-1)?.position ?? lastPosition;
    events.push(jsonl(batch.map(bundleEvent)), batch.length);
    yield* drain();
  }
  const eventsDigest = events.end();
  yield* drain();

  const proofs = new Entry(zip, BUNDLE_FILES.proofs);
  const headBlock = source.head?.blockNo ?? -1;
  let tree = null as { blockNo: number; levels: string[][] } | null;
  let sealedEvents = 0;
  let proofPass = 0;
  for await (const batch of source.events('proofs')) {
    proofPass += batch.length;
    const places = await source.placements(batch.map((e) => e.id));
    const lines: BundleProof[] = [];
    for (const event of batch) {
      const place = places.get(event.id);
      if (!place || place.blockNo > headBlock) continue;
      if (tree?.blockNo !== place.blockNo)
        tree = { blockNo: place.blockNo, levels: merkleLevels(await source.blockLeaves(place.blockNo)) };
      const size = tree.levels[0]!.length;
      lines.push({
        eventId: event.id,
        blockNo: place.blockNo,
        leafIndex: place.leafIndex,
        treeSize: size,
        path: place.leafIndex < size ? auditPath(tree.levels, place.leafIndex) : [],
      });
    }
    sealedEvents += lines.length;
    proofs.push(jsonl(lines), lines.length);
    yield* drain();
  }
  const proofsDigest = proofs.end();
  yield* drain();
  if (proofPass !== eventsDigest.lines)
    throw new Error(`the proof pass read ${proofPass} events, the event pass ${eventsDigest.lines}`);

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: source.exportedAt,
    exportedBy: source.exportedBy,
    filter: source.filter,
    range: { firstPosition, lastPosition, readUpTo: source.readUpTo() },
    counts: {
      events: eventsDigest.lines,
      sealedEvents,
      unsealedEvents: eventsDigest.lines - sealedEvents,
      streams: streams.size,
      blocks: blocksDigest.lines,
    },
    ledgerHead: source.head
      ? {
          blockNo: source.head.blockNo,
          blockHash: source.head.blockHash,
          lastPosition: source.head.lastPosition,
          sealedAt: source.head.sealedAt,
        }
      : null,
    files: {
      [BUNDLE_FILES.key]: keyDigest,
      [BUNDLE_FILES.blocks]: blocksDigest,
      [BUNDLE_FILES.events]: eventsDigest,
      [BUNDLE_FILES.proofs]: proofsDigest,
    },
    personalData: 'as-stored',
  };
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestEntry = new ZipDeflate(BUNDLE_FILES.manifest, { level: 6 });
  zip.add(manifestEntry);
  manifestEntry.push(manifestBytes, true);
  const signature = new ZipDeflate(BUNDLE_FILES.signature, { level: 0 });
  zip.add(signature);
  signature.push(encoder.encode(`${signManifest(source.privateKey, manifestBytes)}\n`), true);
  zip.end();
  yield* drain();
}
