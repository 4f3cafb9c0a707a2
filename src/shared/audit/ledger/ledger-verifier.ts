import type { KeyObject } from 'node:crypto';
import type { EventStore, Position } from '../../event-store/event-store.port.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from './ledger-block.js';
import { blockSignatureValid } from './ledger-key.js';
import type { Queryable } from './queryable.js';
import { merkleRoot } from './merkle.js';

export type LedgerBreak = Readonly<{
  blockNo: number;
  problem: 'root-mismatch' | 'unlinked' | 'hash-mismatch' | 'bad-signature' | 'missing-events';
  detail: string;
}>;

export type LedgerReport = Readonly<{ ok: boolean; sealedBlocks: number; sealedEvents: number; breaks: LedgerBreak[] }>;

/** A sealed row of audit_ledger_blocks, as the ledger's readers select it. */
export type SealedBlockRow = {
  block_no: number;
  event_count: number;
  first_position: string;
  last_position: string;
  prev_block_hash: string;
  merkle_root: string;
  block_hash: string;
  signature: string;
  sealed_at: Date | string;
};

/**
 * Checks every sealed block against the event log itself (not the stored leaves): the events of each block, in
 * global order, must give its Merkle root; each block must link to the one before and carry a valid signature.
 */
export async function verifyLedger(
  store: EventStore,
  db: Queryable,
  publicKey: KeyObject,
  options: { onProgress?: (blocks: number, events: number) => void } = {},
): Promise<LedgerReport> {
  const blocks = (await db.query(
    `SELECT * FROM audit_ledger_blocks WHERE status = 'sealed' ORDER BY block_no`,
  )) as SealedBlockRow[];
  const breaks: LedgerBreak[] = [];
  let prev = LEDGER_GENESIS;
  let after: Position | undefined;
  let sealedEvents = 0;
  for (const block of blocks) {
    const events = await store.readAll({ after, maxCount: block.event_count, visibility: 'committed' });
    sealedEvents += events.length;
    if (events.length < block.event_count) {
      breaks.push({
        blockNo: block.block_no,
        problem: 'missing-events',
        detail: `the log holds ${events.length} of the block's ${block.event_count} events`,
      });
      break;
    }
    after = events[events.length - 1]!.position;
    const root = merkleRoot(events.map(eventLeaf));
    const header = {
      blockNo: block.block_no,
      prevBlockHash: block.prev_block_hash,
      merkleRoot: block.merkle_root,
      eventCount: block.event_count,
      firstPosition: block.first_position,
      lastPosition: block.last_position,
    };
    if (block.prev_block_hash !== prev)
      breaks.push({ blockNo: block.block_no, problem: 'unlinked', detail: 'does not link to the previous block' });
    if (blockHash(header) !== block.block_hash)
      breaks.push({
        blockNo: block.block_no,
        problem: 'hash-mismatch',
        detail: 'the stored block hash does not match its header',
      });
    if (!blockSignatureValid(publicKey, block.block_hash, block.signature))
      breaks.push({
        blockNo: block.block_no,
        problem: 'bad-signature',
        detail: 'the signature does not verify with the ledger key',
      });
    if (root !== block.merkle_root) {
      breaks.push({
        blockNo: block.block_no,
        problem: 'root-mismatch',
        detail: `the events from ${events[0]!.position} to ${after} no longer give the sealed Merkle root`,
      });
    }
    prev = block.block_hash;
    options.onProgress?.(block.block_no + 1, sealedEvents);
  }
  return { ok: breaks.length === 0, sealedBlocks: blocks.length, sealedEvents, breaks };
}
