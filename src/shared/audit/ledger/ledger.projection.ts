import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import type { Projection } from '../../projections/projection.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from './ledger-block.js';
import { type LedgerKey, signBlock } from './ledger-key.js';
import { merkleRoot } from './merkle.js';

export const AUDIT_LEDGER = 'audit.ledger';

type OpenBlock = { block_no: number; event_count: number; first_position: string | null; prev_block_hash: string };

/**
 * Seals the global order into blocks of `blockEvents` events: each block holds the Merkle root of its events'
 * leaves, links to the previous block's hash and is signed with the ledger key. An intruder who rewrites events
 * and their stream chains still breaks a signed root. Blocks depend only on the log, so a rebuild reproduces them.
 */
export function ledgerProjection(key: LedgerKey, blockEvents: number): Projection {
  return {
    name: AUDIT_LEDGER,
    handles: 'all',
    tables: ['audit_ledger_blocks', 'audit_ledger_leaves'],

    async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
      const block = await openBlock(manager);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO audit_ledger_leaves (block_no, leaf_index, event_id, position, leaf_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [block.block_no, block.event_count, event.id, event.position, eventLeaf(event)],
      );
      if (inserted.length === 0) return;
      const count = block.event_count + 1;
      const first = block.first_position ?? event.position;
      if (count < blockEvents) {
        await manager.query(`UPDATE audit_ledger_blocks SET event_count = $2, first_position = $3, last_position = $4 WHERE block_no = $1`, [
          block.block_no, count, first, event.position,
        ]);
        return;
      }
      const leaves: Array<{ leaf_hash: string }> = await manager.query(
        `SELECT leaf_hash FROM audit_ledger_leaves WHERE block_no = $1 ORDER BY leaf_index`, [block.block_no],
      );
      const root = merkleRoot(leaves.map((l) => l.leaf_hash));
      const hash = blockHash({ blockNo: block.block_no, prevBlockHash: block.prev_block_hash, merkleRoot: root, eventCount: count, firstPosition: first, lastPosition: event.position });
      await manager.query(
        `UPDATE audit_ledger_blocks SET status = 'sealed', event_count = $2, first_position = $3, last_position = $4, merkle_root = $5,
                block_hash = $6, signature = $7, sealed_at = $8 WHERE block_no = $1`,
        [block.block_no, count, first, event.position, root, hash, signBlock(key, hash), event.recordedAt],
      );
      await manager.query(
        `INSERT INTO audit_ledger_blocks (block_no, status, event_count, prev_block_hash) VALUES ($1, 'open', 0, $2)`,
        [block.block_no + 1, hash],
      );
    },
  };
}

async function openBlock(manager: EntityManager): Promise<OpenBlock> {
  const [open]: OpenBlock[] = await manager.query(
    `SELECT block_no, event_count, first_position, prev_block_hash FROM audit_ledger_blocks WHERE status = 'open' FOR UPDATE`,
  );
  if (open) return open;
  await manager.query(`INSERT INTO audit_ledger_blocks (block_no, status, event_count, prev_block_hash) VALUES (0, 'open', 0, $1)`, [LEDGER_GENESIS]);
  return { block_no: 0, event_count: 0, first_position: null, prev_block_hash: LEDGER_GENESIS };
}
