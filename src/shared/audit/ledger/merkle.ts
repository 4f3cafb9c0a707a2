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

/**
 * Every level of the tree of `leaves`, bottom up: level 0 the leaves, the last level the root. A level's odd last
 * node rises unchanged, which gives RFC 6962's tree (split at the largest power of two below n) without recursion,
 * so a block's every audit path costs one pass over it.
 */
export function merkleLevels(leaves: readonly string[]): string[][] {
  const levels: string[][] = [[...leaves]];
  while (levels.at(-1)!.length > 1) {
    const below = levels.at(-1)!;
    const above: string[] = [];
    for (let i = 0; i < below.length; i += 2)
      above.push(i + 1 < below.length ? nodeHash(below[i]!, below[i + 1]!) : below[i]!);
    levels.push(above);
  }
  return levels;
}

/** RFC 6962 §2.1.1 audit path of the leaf at `index`: the sibling hashes from the leaf up to the root. */
export function auditPath(levels: readonly (readonly string[])[], index: number): string[] {
  if (!Number.isInteger(index) || index < 0 || index >= (levels[0]?.length ?? 0))
    throw new RangeError(`No leaf ${index} in a tree of ${levels[0]?.length ?? 0}`);
  const path: string[] = [];
  let at = index;
  for (const level of levels.slice(0, -1)) {
    const sibling = at ^ 1;
    if (sibling < level.length) path.push(level[sibling]!);
    at >>= 1;
  }
  return path;
}

/**
 * RFC 9162 §2.1.3.2: whether `path` proves the leaf at `index` of a tree of `size` leaves into `root`. Written
 * from the RFC's steps, independently of how the path was made.
 */
export function inclusionHolds(
  leaf: string,
  index: number,
  size: number,
  path: readonly string[],
  root: string,
): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r === root;
}
