import { describe, expect, it } from '@jest/globals';
import { variedJson } from '../../../test/support/varied-json.js';
import { CANONICAL_VERSION, canonicalText } from './canonical-json.js';
import { type ChainedEnvelope, GENESIS_HASH, canonicalEnvelope, chainHash } from './hash-chain.js';

/**
 * Every hash ever written depends on these bytes: the values below were computed by the implementation that wrote
 * the first chains (the generic form: one canonicalJson over the whole envelope) and must never change while
 * CANONICAL_VERSION is '1'.
 */
const envelope: ChainedEnvelope = {
  stream: 'election-2026-学生会',
  revision: 41n,
  id: '0194f6c2-7d1a-7000-8000-000000000001',
  type: 'BallotCast',
  data: { choices: ['张三', 'Li "Si"'], weight: 1, spoilt: false, note: null, nested: { z: 1, a: [true, { b: 'c' }] } },
  metadata: {
    actorId: 'staff-7',
    correlationId: 'c-1',
    causationId: 'c-0',
    prevHash: 'abc',
    hash: 'def',
    reason: '换届选举',
  },
};
const genesis = GENESIS_HASH;

/** The envelope as the chain defines it, written the long way: the reference the fast path must equal. */
function referenceForm(e: ChainedEnvelope): string {
  const metadata = Object.fromEntries(
    Object.entries(e.metadata).filter(([key]) => key !== 'prevHash' && key !== 'hash'),
  );
  return canonicalText({
    stream: e.stream,
    revision: e.revision.toString(),
    id: e.id,
    type: e.type,
    data: e.data,
    metadata,
  });
}

describe('the hash chain', () => {
  it('keeps version 1 of the canonical form', () => {
    expect(CANONICAL_VERSION).toBe('1');
    expect(canonicalEnvelope(envelope)).toBe(
      '{"data":{"choices":["张三","Li \\"Si\\""],"nested":{"a":[true,{"b":"c"}],"z":1},"note":null,"spoilt":false,' +
        '"weight":1},"id":"0194f6c2-7d1a-7000-8000-000000000001","metadata":{"actorId":"staff-7",' +
        '"causationId":"c-0","correlationId":"c-1","reason":"换届选举"},"revision":"41",' +
        '"stream":"election-2026-学生会","type":"BallotCast"}',
    );
  });

  it('hashes an envelope to the value the first chains were written with', () => {
    expect(chainHash(genesis, envelope)).toBe('3acc28646347034f97e90041ba87cf835d8c2302f949495af8101952b1724596');
  });

  it('leaves the chain links out of what it hashes, and nothing else', () => {
    const relinked = { ...envelope, metadata: { ...envelope.metadata, prevHash: 'other', hash: 'other' } };
    expect(chainHash(genesis, relinked)).toBe(chainHash(genesis, envelope));
    const changed = { ...envelope, metadata: { ...envelope.metadata, reason: '补选' } };
    expect(chainHash(genesis, changed)).not.toBe(chainHash(genesis, envelope));
    expect(chainHash('1'.repeat(64), envelope)).not.toBe(chainHash(genesis, envelope));
  });

  it('writes the same bytes as the reference form for varied data', () => {
    const { random, pick, value } = variedJson(7);
    for (let i = 0; i < 2_000; i++) {
      const varied: ChainedEnvelope = {
        stream: `${pick()}-${i}`,
        revision: BigInt(i),
        id: `id-${pick()}`,
        type: pick(),
        data: value(0) as ChainedEnvelope['data'],
        metadata: {
          actorId: pick(),
          prevHash: 'p',
          hash: 'h',
          [`${pick()}k`]: pick(),
          note: (random() < 0.3 ? undefined : pick()) as string,
        },
      };
      expect(canonicalEnvelope(varied)).toBe(referenceForm(varied));
    }
  });
});
