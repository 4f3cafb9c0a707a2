import type { Ratio } from '../../../shared/domain/policy-value.js';

/** Art. 8: present * denominator >= elected * numerator; the smallest such number of delegates present. */
export function requiredPresent(elected: number, quorum: Ratio): number {
  return Math.ceil((elected * quorum.numerator) / quorum.denominator);
}
