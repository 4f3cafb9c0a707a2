import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import { type BatchStatement, type Projection, runBatchStatement } from '../../projections/projection.js';
import type { Queryable } from './queryable.js';
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
    const writes = plan(await openBlock(events, manager, true), events, key, blockEvents);
    if (writes) await runBatchStatement(manager, writes);
  };
  return {
    name: AUDIT_LEDGER,
    handles: 'all',
    tables: ['audit_ledger_blocks', 'audit_ledger_leaves'],
    apply: (event, manager) => applyBatch([event], manager),
    applyBatch,
    // Read, then one statement with the checkpoint (issue 15: five round trips a batch were two): the read needs no
    // lock, since the ledger's tables change only with its checkpoint, and the statement fails if that moved.
    batchStatement: async (events, db) => plan(await openBlock(events, db, false), events, key, blockEvents),
  };
}

/** The batch's leaves and the blocks it seals, from the open block; undefined when the ledger holds every event. */
function plan(
  { open, seen }: { open: OpenBlock; seen: ReadonlySet<string> },
  events: readonly RecordedEvent[],
  key: LedgerKey,
  blockEvents: number,
): BatchStatement | undefined {
  // events already in the ledger are skipped: replaying a batch changes nothing
  const fresh = events.filter((e) => !seen.has(e.id));
  if (fresh.length === 0) return undefined;
  let block = open;
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
  return saveStatement(leaves, sealed, block);
}

/**
 * The open block and its leaves so far, and which of the batch's events the ledger already holds, in one round
 * trip (the block row locked: one runner seals it). Every batch leaves an open block behind, so a ledger without
 * one holds no leaf at all.
 */
async function openBlock(
  events: readonly RecordedEvent[],
  db: Queryable,
  lock: boolean,
): Promise<{ open: OpenBlock; seen: ReadonlySet<string> }> {
  const [found]: Array<{
    block_no: number;
    prev_block_hash: string;
    first_position: string | null;
    last_position: string | null;
    leaves: string[];
    seen: string[];
  }> = (await db.query(
    `SELECT b.block_no, b.prev_block_hash, b.first_position, b.last_position,
            ARRAY(SELECT l.leaf_hash FROM audit_ledger_leaves l WHERE l.block_no = b.block_no ORDER BY l.leaf_index) AS leaves,
            ARRAY(SELECT l.event_id::text FROM audit_ledger_leaves l WHERE l.event_id = ANY($1::uuid[])) AS seen
       FROM audit_ledger_blocks b WHERE b.status = 'open'${lock ? ' FOR UPDATE OF b' : ''}`,
    [events.map((e) => e.id)],
  )) as never;
  if (!found)
    return {
      open: { blockNo: 0, prevBlockHash: LEDGER_GENESIS, firstPosition: null, lastPosition: null, leaves: [] },
      seen: new Set(),
    };
  return {
    open: {
      blockNo: found.block_no,
      prevBlockHash: found.prev_block_hash,
      firstPosition: found.first_position,
      lastPosition: found.last_position,
      leaves: found.leaves,
    },
    seen: new Set(found.seen),
  };
}

/**
 * The batch's leaves and blocks in one statement (issue 15: a rebuild paid a round trip per statement per batch).
 * The blocks sealed, then the open one, are upserted in block order: the block that was open is the first of them
 * and is overwritten, so at most one block is ever open (the unique index checks it row by row).
 */
function saveStatement(leaves: Leaf[], sealed: Sealed[], open: OpenBlock): BatchStatement {
  const blocks = [
    ...sealed.map((s) => ({ ...s, status: 'sealed' })),
    {
      blockNo: open.blockNo,
      status: 'open',
      count: open.leaves.length,
      first: open.firstPosition,
      last: open.lastPosition,
      prev: open.prevBlockHash,
      root: null,
      hash: null,
      signature: null,
      sealedAt: null,
    },
  ];
  return {
    ctes: [
      `leaves AS (
         INSERT INTO audit_ledger_leaves (block_no, leaf_index, event_id, position, leaf_hash)
         SELECT * FROM unnest($1::int[], $2::int[], $3::uuid[], $4::text[], $5::text[])
       )`,
    ],
    final: `INSERT INTO audit_ledger_blocks (block_no, status, event_count, first_position, last_position, prev_block_hash,
            merkle_root, block_hash, signature, sealed_at)
     SELECT b.block_no, b.status, b.event_count, b.first_position, b.last_position, b.prev_block_hash, b.merkle_root,
            b.block_hash, b.signature, b.sealed_at
       FROM unnest($6::int[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
            $14::text[], $15::timestamptz[]) WITH ORDINALITY AS b(block_no, status, event_count, first_position,
            last_position, prev_block_hash, merkle_root, block_hash, signature, sealed_at, n)
      ORDER BY b.n
     ON CONFLICT (block_no) DO UPDATE SET status = EXCLUDED.status, event_count = EXCLUDED.event_count,
            first_position = EXCLUDED.first_position, last_position = EXCLUDED.last_position,
            prev_block_hash = EXCLUDED.prev_block_hash, merkle_root = EXCLUDED.merkle_root,
            block_hash = EXCLUDED.block_hash, signature = EXCLUDED.signature, sealed_at = EXCLUDED.sealed_at`,
    params: [
      leaves.map((l) => l.blockNo),
      leaves.map((l) => l.index),
      leaves.map((l) => l.eventId),
      leaves.map((l) => l.position),
      leaves.map((l) => l.hash),
      blocks.map((b) => b.blockNo),
      blocks.map((b) => b.status),
      blocks.map((b) => b.count),
      blocks.map((b) => b.first),
      blocks.map((b) => b.last),
      blocks.map((b) => b.prev),
      blocks.map((b) => b.root),
      blocks.map((b) => b.hash),
      blocks.map((b) => b.signature),
      blocks.map((b) => b.sealedAt),
    ],
  };
}
