import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../shared/config/app-config.js';
import {
  credentialHash,
  loadBallotBoxKeys,
  mintCredential,
  openBallot,
  readCredential,
  sealBallot,
} from './ballot-box-keys.js';
import { cryptoShuffle } from './shuffle.js';

const keys = loadBallotBoxKeys({});
const other = loadBallotBoxKeys({ BALLOT_BOX_KEY: 'a'.repeat(64) });
const content = { marks: { 'c-1': 'for', 'c-2': 'against' }, writeIns: [{ name: '方圆', personId: 'p-1' }] };

describe('the sealed ballot', () => {
  it('opens only with the key and for the round it was sealed for', () => {
    const sealed = sealBallot(keys, 'e-1', 1, content);
    expect(openBallot(keys, 'e-1', 1, sealed)).toEqual(content);
    expect(() => openBallot(keys, 'e-1', 2, sealed)).toThrow(/does not open/);
    expect(() => openBallot(other, 'e-1', 1, sealed)).toThrow(/does not open/);
  });

  it('holds nothing readable, and the same ballot never seals to the same bytes', () => {
    const a = sealBallot(keys, 'e-1', 1, content);
    const b = sealBallot(keys, 'e-1', 1, content);
    expect(a.equals(b)).toBe(false);
    for (const text of ['"c-1"', '"for"', '方圆', '"p-1"']) expect(a.includes(Buffer.from(text))).toBe(false);
  });
});

describe('the ballot credential', () => {
  const holder = { electionId: 'e-1', roundNumber: 2, delegateId: '7f1d2c3b-0000-4000-8000-000000000001' };

  it('names its holder only to the key, and is fresh every time', () => {
    const credential = mintCredential(keys, holder);
    expect(readCredential(keys, credential)).toEqual(holder);
    expect(credential).not.toContain(holder.delegateId);
    expect(Buffer.from(credential.slice(4), 'base64url').includes(Buffer.from(holder.delegateId))).toBe(false);
    expect(mintCredential(keys, holder)).not.toBe(credential);
    expect(credentialHash(credential)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads nothing from a forged, altered or foreign credential', () => {
    const credential = mintCredential(keys, holder);
    const flipped = `${credential.slice(0, 10)}${credential[10] === 'A' ? 'B' : 'A'}${credential.slice(11)}`;
    expect(readCredential(keys, flipped)).toBeNull();
    expect(readCredential(other, credential)).toBeNull();
    expect(readCredential(keys, 'bc1_nonsense')).toBeNull();
    expect(readCredential(keys, 'not a credential')).toBeNull();
  });

  it('refuses the development key in production, and a malformed key', () => {
    expect(() => loadBallotBoxKeys({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadBallotBoxKeys({ BALLOT_BOX_KEY: 'short' })).toThrow(ConfigError);
  });
});

describe('the shuffle at close', () => {
  it('returns a permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...cryptoShuffle(items)].sort((a, b) => a - b)).toEqual(items);
  });

  it('puts every item first about equally often (6,000 shuffles of 3: each within 1,800-2,200)', () => {
    const firsts = [0, 0, 0];
    for (let i = 0; i < 6000; i++) firsts[cryptoShuffle([0, 1, 2])[0]!]! += 1;
    for (const count of firsts) expect(count).toBeGreaterThan(1800);
    for (const count of firsts) expect(count).toBeLessThan(2200);
  });
});
