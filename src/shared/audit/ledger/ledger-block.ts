import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import { leafHash } from './merkle.js';

/** The block before block 0. */
export const LEDGER_GENESIS = '0'.repeat(64);

/** What a ledger leaf commits to: where the event sits in its stream and its chain hash. */
export function eventLeaf(event: Pick<RecordedEvent, 'stream' | 'revision' | 'id' | 'metadata'>): string {
  return leafHash(`${event.stream}\n${event.revision}\n${event.id}\n${event.metadata.hash ?? ''}`);
}

export type BlockHeader = Readonly<{
  blockNo: number;
  prevBlockHash: string;
  merkleRoot: string;
  eventCount: number;
  firstPosition: string;
  lastPosition: string;
}>;

/** The hash a block's signature covers: its place in the ledger and what it holds. */
export function blockHash(h: BlockHeader): string {
  return createHash('sha256')
    .update([h.prevBlockHash, h.blockNo, h.merkleRoot, h.eventCount, h.firstPosition, h.lastPosition].join('\n'))
    .digest('hex');
}
