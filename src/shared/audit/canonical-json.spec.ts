import { describe, expect, it } from '@jest/globals';
import { canonicalJson, canonicalObject, canonicalText } from './canonical-json.js';

/** A deterministic mix of what event data holds: nested objects and arrays, Chinese text, escapes, integers. */
function variedValues(count: number): unknown[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const strings = ['', 'a', 'B', '张三', '学生会', 'quote"s', 'back\\slash', 'line\nbreak', '\u0000', '😀', 'éé', 'z'];
  const pick = () => strings[Math.floor(random() * strings.length)]!;
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 3 || r < 0.3) return pick();
    if (r < 0.4) return Math.floor(random() * 2 ** 40) - 2 ** 39;
    if (r < 0.45) return random() < 0.5;
    if (r < 0.5) return null;
    if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(random() * 6); i++)
      object[`${pick()}${i}`] = random() < 0.1 ? undefined : value(depth + 1);
    return object;
  };
  return Array.from({ length: count }, () => value(0));
}

describe('canonical JSON', () => {
  it('sorts keys by code unit at every depth, leaves out undefined members and writes no space', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, '张'], c: undefined, B: -0 } })).toBe(
      '{"a":{"B":0,"d":[true,null,"张"]},"b":1}',
    );
  });

  it('writes the same text as its definition for varied data', () => {
    for (const value of variedValues(3_000)) expect(canonicalJson(value)).toBe(canonicalText(value));
  });

  it('orders keys that are array indexes by code unit, as the definition does, not numerically', () => {
    const value = { 10: 'ten', 9: 'nine', a: { 2: [{ 1: 'x', 0: 'y' }], 10: null } };
    expect(canonicalJson(value)).toBe('{"10":"ten","9":"nine","a":{"10":null,"2":[{"0":"y","1":"x"}]}}');
    expect(canonicalJson(value)).toBe(canonicalText(value));
    const large = { '4294967295': 1, '4294967294': 2, '01': 3, '1': 4 };
    expect(canonicalJson(large)).toBe(canonicalText(large));
  });

  it('keeps a __proto__ key that JSON.parse made an own property', () => {
    const value = JSON.parse('{"z":1,"__proto__":{"polluted":true}}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"z":1}');
  });

  it('writes an array with holes as its definition does', () => {
    const holed = [1, , 2];
    expect(canonicalJson(holed)).toBe(canonicalText(holed));
  });

  it('refuses what it cannot write exactly, as its definition does', () => {
    for (const value of [1.5, 2 ** 53, Number.NaN, { a: [undefined] }, { f: () => 1 }, 10n]) {
      expect(() => canonicalText(value)).toThrow(TypeError);
      expect(() => canonicalJson(value)).toThrow(TypeError);
    }
  });

  it('writes an object without the keys it is told to omit', () => {
    expect(
      canonicalObject({ hash: 'h', actorId: 'a', prevHash: 'p', reason: '换届' }, new Set(['hash', 'prevHash'])),
    ).toBe('{"actorId":"a","reason":"换届"}');
  });
});
