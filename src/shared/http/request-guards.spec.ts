import { describe, expect, it } from '@jest/globals';
import { MAX_BODY_DEPTH, illFormedInput } from './request-guards.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('illFormedInput', () => {
  it('names the path parameter, query field or body field that holds a NUL byte', () => {
    expect(illFormedInput({ params: { organisationId: 'a\u0000b' } })).toEqual([
      expect.objectContaining({ field: 'organisationId', rule: 'wellFormedText' }),
    ]);
    expect(illFormedInput({ query: { kind: '\u0000' } })).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect(illFormedInput({ body: { excluded: [{ reason: 'ok' }, { reason: 'x\u0000' }] } })).toEqual([
      expect.objectContaining({ field: 'excluded.1.reason', rule: 'wellFormedText' }),
    ]);
    expect(illFormedInput({ body: 'bare\u0000string' })).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it('refuses a key with a NUL and lone surrogates, and keeps emoji, RTL and zero-width characters', () => {
    expect(illFormedInput({ body: { 'a\u0000': 1 } })).toEqual([expect.objectContaining({ rule: 'wellFormedText' })]);
    expect(illFormedInput({ body: { name: 'x\ud800y' } })).toHaveLength(1);
    expect(illFormedInput({ body: { name: 'x\udfffy' } })).toHaveLength(1);
    expect(illFormedInput({ body: { name: '👩🏽‍🎓 \u202e\u200b e\u0301 张三', list: ['𝕏'] } })).toEqual([]);
  });

  it(`takes a body nested ${MAX_BODY_DEPTH} levels and refuses a deeper one, without recursion`, () => {
    expect(illFormedInput({ body: nested(MAX_BODY_DEPTH - 1) })).toEqual([]);
    expect(illFormedInput({ body: nested(MAX_BODY_DEPTH + 1) })).toEqual([
      expect.objectContaining({ rule: 'maxDepth', limit: MAX_BODY_DEPTH }),
    ]);
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(illFormedInput({ body: deep })[0]?.rule).toBe('maxDepth');
  });

  it('leaves a file upload (a Buffer) alone', () => {
    expect(illFormedInput({ body: Buffer.from('a\u0000b') })).toEqual([]);
  });
});
