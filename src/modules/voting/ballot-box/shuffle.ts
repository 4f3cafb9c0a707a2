import { randomInt } from 'node:crypto';

/**
 * Fisher-Yates with the operating system's cryptographic generator (crypto.randomInt, no modulo bias): the order
 * the sealed box hands its ballots to the count owes nothing to insertion order, row order or time.
 */
export function cryptoShuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
