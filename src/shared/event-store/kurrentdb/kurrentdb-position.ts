import type { Position } from '../event-store.port.js';

/** A KurrentDB position is the pair (commit, prepare) in the transaction log, compared in that order. */
export type KdbPosition = Readonly<{ commit: bigint; prepare: bigint }>;

export function encodeKdbPosition(commit: bigint | string, prepare: bigint | string): Position {
  return `kdb:${commit}:${prepare}` as Position;
}

/** Our opaque string for the client's `{ commit, prepare }`. */
export function fromClientPosition(position: KdbPosition): Position {
  return encodeKdbPosition(position.commit, position.prepare);
}

export function decodeKdbPosition(position: Position | string): KdbPosition {
  const match = /^kdb:(\d+):(\d+)$/.exec(position);
  if (!match) throw new Error(`Not a KurrentDB event store position: ${position}`);
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

export function compareKdb(x: KdbPosition, y: KdbPosition): -1 | 0 | 1 {
  if (x.commit !== y.commit) return x.commit < y.commit ? -1 : 1;
  if (x.prepare !== y.prepare) return x.prepare < y.prepare ? -1 : 1;
  return 0;
}

export function compareKdbPositions(a: Position, b: Position): -1 | 0 | 1 {
  return compareKdb(decodeKdbPosition(a), decodeKdbPosition(b));
}
