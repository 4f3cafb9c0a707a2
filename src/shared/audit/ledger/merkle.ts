import { createHash } from 'node:crypto';

/**
 * RFC 6962 §2.1 Merkle tree hashing: leaves are H(0x00 || data), interior nodes H(0x01 || left || right), and
 * a tree of n leaves splits at the largest power of two below n. The prefixes keep a leaf from passing for a node.
 */
export function leafHash(data: string): string {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(data)
    .digest('hex');
}

function nodeHash(left: string, right: string): string {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(Buffer.from(left, 'hex'))
    .update(Buffer.from(right, 'hex'))
    .digest('hex');
}

export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return createHash('sha256').digest('hex');
  if (leaves.length === 1) return leaves[0]!;
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return nodeHash(merkleRoot(leaves.slice(0, split)), merkleRoot(leaves.slice(split)));
}
