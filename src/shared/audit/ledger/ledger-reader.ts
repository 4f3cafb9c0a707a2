import { type KeyObject, createHash, createPublicKey } from 'node:crypto';
import type { EventStore } from '../../event-store/event-store.port.js';
import { verifyChains } from '../chain-verifier.js';
import { type BundleBlock, type LedgerHead, headOf } from '../bundle/bundle-format.js';
import { type BlockHeader, blockHash } from './ledger-block.js';
import { blockSignatureValid } from './ledger-key.js';
import { type SealedBlockRow, verifyLedger } from './ledger-verifier.js';
import type { Queryable } from './queryable.js';

type BlockRow = SealedBlockRow;

const COLUMNS = `block_no, event_count, first_position, last_position, prev_block_hash, merkle_root, block_hash, signature, sealed_at`;

const blockOf = (r: BlockRow): BundleBlock => ({
  blockNo: r.block_no,
  prevBlockHash: r.prev_block_hash,
  merkleRoot: r.merkle_root,
  eventCount: r.event_count,
  firstPosition: r.first_position,
  lastPosition: r.last_position,
  blockHash: r.block_hash,
  signature: r.signature,
  sealedAt: new Date(r.sealed_at).toISOString(),
});

/** The newest sealed block, or null before the first is sealed. */
export async function sealedHead(db: Queryable): Promise<BundleBlock | null> {
  const [row] = (await db.query(
    `SELECT ${COLUMNS} FROM audit_ledger_blocks WHERE status = 'sealed' ORDER BY block_no DESC LIMIT 1`,
  )) as BlockRow[];
  return row ? blockOf(row) : null;
}

/** The sealed blocks from block 0 to `upTo`, in order, `batchSize` at a time. */
export async function* sealedBlocks(db: Queryable, upTo: number, batchSize = 1000): AsyncGenerator<BundleBlock[]> {
  for (let from = 0; from <= upTo; from += batchSize) {
    const rows = (await db.query(
      `SELECT ${COLUMNS} FROM audit_ledger_blocks WHERE status = 'sealed' AND block_no >= $1 AND block_no <= $2 ORDER BY block_no`,
      [from, Math.min(upTo, from + batchSize - 1)],
    )) as BlockRow[];
    if (rows.length > 0) yield rows.map(blockOf);
  }
}

/** Where the ledger placed these events (block and leaf); an event it has not reached is absent. */
export async function leafPlaces(
  db: Queryable,
  eventIds: readonly string[],
): Promise<Map<string, { blockNo: number; leafIndex: number }>> {
  const rows = (await db.query(
    `SELECT event_id, block_no, leaf_index FROM audit_ledger_leaves WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  )) as Array<{ event_id: string; block_no: number; leaf_index: number }>;
  return new Map(rows.map((r) => [r.event_id, { blockNo: r.block_no, leafIndex: r.leaf_index }]));
}

export async function blockLeaves(db: Queryable, blockNo: number): Promise<string[]> {
  const rows = (await db.query(`SELECT leaf_hash FROM audit_ledger_leaves WHERE block_no = $1 ORDER BY leaf_index`, [
    blockNo,
  ])) as Array<{ leaf_hash: string }>;
  return rows.map((r) => r.leaf_hash);
}

/** The published head: the newest sealed block as a signed digest anyone can keep and check later. */
export async function publishedHead(db: Queryable, publicKeyPem: string): Promise<LedgerHead | null> {
  const head = await sealedHead(db);
  return head ? headOf(head, publicKeyPem) : null;
}

export type ConsistencyProblem = Readonly<{
  blockNo?: number;
  /** for a break of a stream's hash chain: the event and where it sits */
  eventId?: string;
  stream?: string;
  revision?: string;
  problem:
    | 'chain-altered'
    | 'chain-inserted'
    | 'chain-deleted'
    | 'chain-unlinked'
    | 'head-altered'
    | 'head-signature'
    | 'key-changed'
    | 'missing-block'
    | 'rewritten'
    | 'root-mismatch'
    | 'unlinked'
    | 'hash-mismatch'
    | 'bad-signature'
    | 'missing-events';
  detail: string;
}>;

export type ConsistencyReport = Readonly<{
  consistent: boolean;
  earlier: Readonly<{ blockNo: number; blockHash: string }>;
  current: Readonly<{ blockNo: number; blockHash: string; lastPosition: string; sealedAt: string }> | null;
  /** events whose stream chains were recomputed: the whole log */
  events: number;
  /** sealed blocks checked against the log (every one, from block 0 to the current head) */
  sealedBlocks: number;
  sealedEvents: number;
  problems: ConsistencyProblem[];
}>;

/**
 * An earlier head as it is handed back: at least its block number and hash; with its signature, the signature is
 * checked; with its whole header (a head file from `audit head --out`), the hash is checked against the header.
 */
export type EarlierHead = Readonly<{
  blockNo: number;
  blockHash: string;
  signature?: string;
  publicKey?: string;
  header?: Omit<BlockHeader, 'blockNo'>;
}>;

/** A head file's fields as `checkConsistency` takes them. */
export function earlierHeadOf(head: LedgerHead): EarlierHead {
  const { blockNo, blockHash: hash, signature, publicKey, ...rest } = head;
  return {
    blockNo,
    blockHash: hash,
    signature,
    publicKey,
    header: {
      prevBlockHash: rest.prevBlockHash,
      merkleRoot: rest.merkleRoot,
      eventCount: rest.eventCount,
      firstPosition: rest.firstPosition,
      lastPosition: rest.lastPosition,
    },
  };
}

const fingerprint = (pem: string) => {
  try {
    return createHash('sha256')
      .update(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
      .digest('hex');
  } catch {
    return null;
  }
};

/**
 * A later state against an earlier published head (issue 13 item 4): the head is genuine (its hash from its header,
 * its signature with the ledger key), block N still has that hash, every sealed block from block 0 to the current
 * head still gives its Merkle root from the events themselves, links to the block before and verifies, and every
 * event still matches its stream's hash chain (a leaf commits to an event's chain hash, not its data, so an edit
 * that leaves the hash alone is the chain's to find): nothing was rewritten since the head was published.
 */
export async function checkConsistency(
  store: EventStore,
  db: Queryable,
  key: Readonly<{ publicKey: KeyObject; publicKeyPem: string }>,
  earlier: EarlierHead,
): Promise<ConsistencyReport> {
  const problems: ConsistencyProblem[] = [];
  const at = { blockNo: earlier.blockNo };
  if (earlier.header && blockHash({ blockNo: earlier.blockNo, ...earlier.header }) !== earlier.blockHash)
    problems.push({ ...at, problem: 'head-altered', detail: "the earlier head's hash does not match its header" });
  let signed = true;
  if (earlier.signature !== undefined) {
    try {
      signed = blockSignatureValid(key.publicKey, earlier.blockHash, earlier.signature);
    } catch {
      signed = false;
    }
  }
  if (!signed)
    problems.push({
      ...at,
      problem: 'head-signature',
      detail: "the earlier head's signature does not verify with the ledger key",
    });
  if (earlier.publicKey !== undefined && fingerprint(earlier.publicKey) !== fingerprint(key.publicKeyPem))
    problems.push({ ...at, problem: 'key-changed', detail: 'the earlier head names another ledger key than this one' });
  const [row] = (await db.query(
    `SELECT block_hash FROM audit_ledger_blocks WHERE block_no = $1 AND status = 'sealed'`,
    [earlier.blockNo],
  )) as Array<{ block_hash: string }>;
  if (!row)
    problems.push({
      ...at,
      problem: 'missing-block',
      detail: `the ledger holds no sealed block ${earlier.blockNo}: it was truncated, or has not been rebuilt so far`,
    });
  else if (row.block_hash !== earlier.blockHash)
    problems.push({
      ...at,
      problem: 'rewritten',
      detail: `block ${earlier.blockNo} now has another hash: the ledger was rewritten since the head was published`,
    });
  const chains = await verifyChains(store);
  for (const b of chains.breaks)
    problems.push({
      problem: `chain-${b.problem}`,
      eventId: b.eventId,
      stream: b.stream,
      revision: b.revision,
      detail: `${b.stream} at revision ${b.revision}: ${b.detail}`,
    });
  const ledger = await verifyLedger(store, db, key.publicKey);
  problems.push(...ledger.breaks);
  const head = await sealedHead(db);
  return {
    consistent: problems.length === 0,
    earlier: { blockNo: earlier.blockNo, blockHash: earlier.blockHash },
    current: head
      ? { blockNo: head.blockNo, blockHash: head.blockHash, lastPosition: head.lastPosition, sealedAt: head.sealedAt }
      : null,
    events: chains.events,
    sealedBlocks: ledger.sealedBlocks,
    sealedEvents: ledger.sealedEvents,
    problems,
  };
}
