import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { auditPath, inclusionHolds, leafHash, merkleLevels, merkleRoot } from './merkle.js';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`event ${i}`));

/** RFC 6962 §2.1.1 PATH(m, D[n]) as the RFC writes it, recursively, to hold the iterative one to. */
function rfcPath(m: number, d: readonly string[]): string[] {
  if (d.length <= 1) return [];
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return m < k
    ? [...rfcPath(m, d.slice(0, k)), merkleRoot(d.slice(k))]
    : [...rfcPath(m - k, d.slice(k)), merkleRoot(d.slice(0, k))];
}

describe('Merkle audit paths (RFC 6962)', () => {
  it('builds levels whose top is the root of merkleRoot, for every size up to 33', () => {
    for (let n = 1; n <= 33; n++) expect(merkleLevels(leaves(n)).at(-1)).toEqual([merkleRoot(leaves(n))]);
  });

  it("gives the RFC's audit path for every leaf of every size up to 33, and each path verifies", () => {
    for (let n = 1; n <= 33; n++) {
      const d = leaves(n);
      const levels = merkleLevels(d);
      const root = merkleRoot(d);
      for (let m = 0; m < n; m++) {
        const path = auditPath(levels, m);
        expect(path).toEqual(rfcPath(m, d));
        expect(inclusionHolds(d[m]!, m, n, path, root)).toBe(true);
      }
    }
  });

  it('refuses a changed leaf, a changed sibling, another index, another size, a short or a long path', () => {
    const d = leaves(11);
    const root = merkleRoot(d);
    const path = auditPath(merkleLevels(d), 6);
    const flipped = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);
    expect(inclusionHolds(d[6]!, 6, 11, path, root)).toBe(true);
    expect(inclusionHolds(leafHash('forged'), 6, 11, path, root)).toBe(false);
    expect(inclusionHolds(d[6]!, 6, 11, [flipped(path[0]!), ...path.slice(1)], root)).toBe(false);
    expect(inclusionHolds(d[6]!, 7, 11, path, root)).toBe(false);
    // a size whose tree has another shape where the leaf sits (leaf 9: a right subtree of three, not two)
    const path9 = auditPath(merkleLevels(d), 9);
    expect(inclusionHolds(d[9]!, 9, 11, path9, root)).toBe(true);
    expect(inclusionHolds(d[9]!, 9, 10, path9, root)).toBe(false);
    expect(inclusionHolds(d[6]!, 6, 11, path.slice(0, -1), root)).toBe(false);
    expect(inclusionHolds(d[6]!, 6, 11, [...path, path[0]!], root)).toBe(false);
    expect(inclusionHolds(d[6]!, 11, 11, path, root)).toBe(false);
    expect(inclusionHolds(d[6]!, -1, 11, path, root)).toBe(false);
  });

  it('proves the one leaf of a one-leaf tree with an empty path', () => {
    const [only] = leaves(1);
    expect(auditPath(merkleLevels([only!]), 0)).toEqual([]);
    expect(inclusionHolds(only!, 0, 1, [], only!)).toBe(true);
    expect(inclusionHolds(only!, 0, 1, [], createHash('sha256').digest('hex'))).toBe(false);
  });

  it('names no path for a leaf the tree does not have', () => {
    expect(() => auditPath(merkleLevels(leaves(3)), 3)).toThrow(RangeError);
  });
});
