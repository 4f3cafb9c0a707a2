import { describe, expect, it } from '@jest/globals';
import { variedJson } from '../../../test/support/varied-json.js';
import { canonicalJson, canonicalObject, canonicalText } from './canonical-json.js';

describe('canonical JSON', () => {
  it('sorts keys by code unit at every depth, leaves out undefined members and writes no space', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, '张'], c: undefined, B: -0 } })).toBe(
      '{"a":{"B":0,"d":[true,null,"张"]},"b":1}',
    );
  });

  it('writes the same text as its definition for varied data', () => {
    const { value } = variedJson(11);
    for (let i = 0; i < 3_000; i++) {
      const varied = value();
      expect(canonicalJson(varied)).toBe(canonicalText(varied));
    }
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
