import type { Position } from '../event-store.port.js';

/** A PostgreSQL position is the pair (tx_id, global_seq), compared in that order. */
export type PgPosition = Readonly<{ txId: bigint; seq: bigint }>;

export const PG_START: PgPosition = { txId: 0n, seq: 0n };

export function encodePgPosition(txId: bigint | string, seq: bigint | string): Position {
  return `pg:${txId}:${seq}` as Position;
}

export function decodePgPosition(position: Position | string): PgPosition {
  const match = /^pg:(\d+):(\d+)$/.exec(position);
  if (!match) throw new Error(`Not a PostgreSQL event store position: ${position}`);
  return { txId: BigInt(match[1]!), seq: BigInt(match[2]!) };
}

export function comparePgPositions(a: Position, b: Position): -1 | 0 | 1 {
  const x = decodePgPosition(a);
  const y = decodePgPosition(b);
  if (x.txId !== y.txId) return x.txId < y.txId ? -1 : 1;
  if (x.seq !== y.seq) return x.seq < y.seq ? -1 : 1;
  return 0;
}
