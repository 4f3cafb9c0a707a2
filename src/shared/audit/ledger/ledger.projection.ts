import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import type { Projection } from '../../projections/projection.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from './ledger-block.js';
import { type LedgerKey, signBlock } from './ledger-key.js';
import { merkleRoot } from './merkle.js';

export const AUDIT_LEDGER = 'audit.ledger';

type OpenBlock = {
  blockNo: number;
  prevBlockHash: string;
  firstPosition: string | null;
  lastPosition: string | null;
  leaves: string[];
};
type Leaf = { blockNo: number; index: number; eventId: string; position: string; hash: string };
type Sealed = {
  blockNo: number;
  prev: string;
  count: number;
  first: string;
  last: string;
  root: string;
  hash: string;
  signature: string;
  sealedAt: Date;
};

/**
 * Seals the global order into blocks of `blockEvents` events: each block holds the Merkle root of its events'
 * leaves, links to the previous block's hash and is signed with the ledger key. An intruder who rewrites events
 * and their stream chains still breaks a signed root. Blocks depend only on the log, so a rebuild reproduces them.
 * A batch costs a handful of statements however many events it holds.
 */
export function ledgerProjection(key: LedgerKey, blockEvents: number): Projection {
  const applyBatch = async (events: readonly RecordedEvent[], manager: EntityManager): Promise<void> => {
    const fresh = await unseen(events, manager);
    if (fresh.length === 0) return;
    let block = await openBlock(manager);
    const leaves: Leaf[] = [];
    const sealed: Sealed[] = [];
    for (const event of fresh) {
      const hash = eventLeaf(event);
      leaves.push({
        blockNo: block.blockNo,
        index: block.leaves.length,
        eventId: event.id,
        position: event.position,
        hash,
      });
      block.leaves.push(hash);
      block.firstPosition ??= event.position;
      block.lastPosition = event.position;
      if (block.leaves.length < blockEvents) continue;
      const header = {
        blockNo: block.blockNo,
        prevBlockHash: block.prevBlockHash,
        merkleRoot: merkleRoot(block.leaves),
        eventCount: block.leaves.length,
        firstPosition: block.firstPosition,
        lastPosition: event.position,
      };
      const digest = blockHash(header);
      sealed.push({
        blockNo: block.blockNo,
        prev: block.prevBlockHash,
        count: header.eventCount,
        first: header.firstPosition,
        last: header.lastPosition,
        root: header.merkleRoot,
        hash: digest,
        signature: signBlock(key, digest),
        sealedAt: event.recordedAt,
      });
      block = {
        blockNo: block.blockNo + 1,
        prevBlockHash: digest,
        firstPosition: null,
        lastPosition: null,
        leaves: [],
      };
    }
    await save(leaves, sealed, block, manager);
  };
  return {
    name: AUDIT_LEDGER,
    handles: 'all',
    tables: ['audit_ledger_blocks', 'audit_ledger_leaves'],
    apply: (event, manager) => applyBatch([event], manager),
    applyBatch,
  };
}

/** Events already in the ledger are skipped: replaying a batch changes nothing. */
async function unseen(events: readonly RecordedEvent[], manager: EntityManager): Promise<RecordedEvent[]> {
  const rows: Array<{ event_id: string }> = await manager.query(
    `SELECT event_id FROM audit_ledger_leaves WHERE event_id = ANY($1::uuid[])`,
    [events.map((e) => e.id)],
  );
  const seen = new Set(rows.map((r) => r.event_id));
  return events.filter((e) => !seen.has(e.id));
}

async function openBlock(manager: EntityManager): Promise<OpenBlock> {
  const [open]: Array<{
    block_no: number;
    prev_block_hash: string;
    first_position: string | null;
    last_position: string | null;
  }> = await manager.query(
    `SELECT block_no, prev_block_hash, first_position, last_position FROM audit_ledger_blocks WHERE status = 'open' FOR UPDATE`,
  );
  if (!open) return { blockNo: 0, prevBlockHash: LEDGER_GENESIS, firstPosition: null, lastPosition: null, leaves: [] };
  const leaves: Array<{ leaf_hash: string }> = await manager.query(
    `SELECT leaf_hash FROM audit_ledger_leaves WHERE block_no = $1 ORDER BY leaf_index`,
    [open.block_no],
  );
  return {
    blockNo: open.block_no,
    prevBlockHash: open.prev_block_hash,
    firstPosition: open.first_position,
    lastPosition: open.last_position,
    leaves: leaves.map((l) => l.leaf_hash),
  };
}

async function save(leaves: Leaf[], sealed: Sealed[], open: OpenBlock, manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO audit_ledger_leaves (block_no, leaf_index, event_id, position, leaf_hash)
     SELECT * FROM unnest($1::int[], $2::int[], $3::uuid[], $4::text[], $5::text[])`,
    [
      leaves.map((l) => l.blockNo),
      leaves.map((l) => l.index),
      leaves.map((l) => l.eventId),
      leaves.map((l) => l.position),
      leaves.map((l) => l.hash),
    ],
  );
  await manager.query(`DELETE FROM audit_ledger_blocks WHERE status = 'open'`);
  for (const s of sealed) {
    await manager.query(
      `INSERT INTO audit_ledger_blocks (block_no, status, event_count, first_position, last_position, prev_block_hash, merkle_root, block_hash, signature, sealed_at)
       VALUES ($1, 'sealed', $2, $3, $4, $5, $6, $7, $8, $9)`,
      [s.blockNo, s.count, s.first, s.last, s.prev, s.root, s.hash, s.signature, s.sealedAt],
    );
  }
  await manager.query(
    `INSERT INTO audit_ledger_blocks (block_no, status, event_count, first_position, last_position, prev_block_hash) VALUES ($1, 'open', $2, $3, $4, $5)`,
    [open.blockNo, open.leaves.length, open.firstPosition, open.lastPosition, open.prevBlockHash],
  );
}
