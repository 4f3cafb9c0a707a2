import { describe, expect, it } from '@jest/globals';
import { noUpcasting, upcasterChain } from './upcasting.js';

const v1 = { type: 'DelegateNominated', data: { name: '张三' }, metadata: { schemaVersion: '1', hash: 'h' } };

describe('upcasterChain', () => {
  const chain = upcasterChain([
    { type: 'DelegateNominated', fromVersion: 2, upcast: (d) => ({ ...d, grade: String(d.grade ?? 'unknown') }) },
    { type: 'DelegateNominated', fromVersion: 1, upcast: (d) => ({ fullName: d.name, grade: 2023 }) },
  ]);

  it('brings an old event up through every version, in order', () =>
    expect(chain(v1)).toEqual({
      type: 'DelegateNominated',
      data: { fullName: '张三', grade: '2023' },
      metadata: { schemaVersion: '3', hash: 'h' },
    }));

  it('starts from the version the event carries', () =>
    expect(
      chain({ ...v1, data: { fullName: '李四', grade: 2024 }, metadata: { schemaVersion: '2', hash: 'h' } }).data,
    ).toEqual({ fullName: '李四', grade: '2024' }));

  it('passes the latest version and other types through untouched', () => {
    const latest = { ...v1, metadata: { schemaVersion: '3', hash: 'h' } };
    expect(chain(latest)).toBe(latest);
    const other = { ...v1, type: 'BallotCast' };
    expect(chain(other)).toBe(other);
    expect(noUpcasting(v1)).toBe(v1);
  });

  it('refuses two upcasters for the same version', () =>
    expect(() =>
      upcasterChain([
        { type: 'X', fromVersion: 1, upcast: (d) => d },
        { type: 'X', fromVersion: 1, upcast: (d) => d },
      ]),
    ).toThrow(/Two upcasters/));

  it('reads a renamed type under its new name in the streams the rename names, before upcasting', () => {
    const renaming = upcasterChain(
      [{ type: 'SittingQuorumNotReached', fromVersion: 1, upcast: (d) => ({ ...d, upcasted: true }) }],
      [{ streamPrefix: 'sitting-', from: 'QuorumNotReached', to: 'SittingQuorumNotReached' }],
    );
    const stored = {
      type: 'QuorumNotReached',
      stream: 'sitting-1',
      data: {},
      metadata: { schemaVersion: '1', hash: 'h' },
    };
    expect(renaming(stored)).toMatchObject({
      type: 'SittingQuorumNotReached',
      data: { upcasted: true },
      metadata: { schemaVersion: '2' },
    });
    const election = { ...stored, stream: 'election-1' };
    expect(renaming(election)).toBe(election);
  });
});
