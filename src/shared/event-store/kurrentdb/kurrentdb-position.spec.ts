import { describe, expect, it } from '@jest/globals';
import type { Position } from '../event-store.port.js';
import {
  compareKdb,
  compareKdbPositions,
  decodeKdbPosition,
  encodeKdbPosition,
  fromClientPosition,
} from './kurrentdb-position.js';

const p = (commit: bigint, prepare: bigint): Position => encodeKdbPosition(commit, prepare);

describe('KurrentDB positions', () => {
  it('encodes commit and prepare as kdb:<commit>:<prepare>', () => {
    expect(encodeKdbPosition(12n, 7n)).toBe('kdb:12:7');
    expect(encodeKdbPosition('0', '0')).toBe('kdb:0:0');
    expect(fromClientPosition({ commit: 5n, prepare: 5n })).toBe('kdb:5:5');
  });

  it('round-trips values beyond Number.MAX_SAFE_INTEGER', () => {
    const big = 2n ** 63n - 1n;
    expect(decodeKdbPosition(encodeKdbPosition(big, big - 1n))).toEqual({ commit: big, prepare: big - 1n });
  });

  it('refuses strings that are not KurrentDB positions', () => {
    for (const bad of ['pg:1:2', 'kdb:1', 'kdb:-1:2', 'kdb:1:2:3', 'kdb:a:b', ' kdb:1:2', '']) {
      expect(() => decodeKdbPosition(bad)).toThrow(/Not a KurrentDB event store position/);
    }
  });

  it('compares commit first, then prepare', () => {
    expect(compareKdbPositions(p(1n, 9n), p(2n, 0n))).toBe(-1);
    expect(compareKdbPositions(p(2n, 0n), p(1n, 9n))).toBe(1);
    expect(compareKdbPositions(p(3n, 1n), p(3n, 2n))).toBe(-1);
    expect(compareKdbPositions(p(3n, 2n), p(3n, 1n))).toBe(1);
    expect(compareKdbPositions(p(3n, 2n), 'kdb:3:2' as Position)).toBe(0);
    expect(compareKdb({ commit: 10n, prepare: 10n }, { commit: 9n, prepare: 100n })).toBe(1);
  });

  it('compares numerically, not as text', () => {
    expect(compareKdbPositions(p(9n, 0n), p(10n, 0n))).toBe(-1);
    expect(compareKdbPositions(p(1n, 10n), p(1n, 9n))).toBe(1);
  });

  it('sorts a shuffled list into log order', () => {
    const ordered = [p(0n, 0n), p(1n, 1n), p(1n, 2n), p(20n, 3n), p(20n, 30n), p(300n, 0n)];
    const shuffled = [ordered[3]!, ordered[0]!, ordered[5]!, ordered[2]!, ordered[4]!, ordered[1]!];
    expect([...shuffled].sort(compareKdbPositions)).toEqual(ordered);
  });
});
