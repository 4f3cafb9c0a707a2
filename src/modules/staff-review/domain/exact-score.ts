import type { Ratio } from '../../../shared/domain/policy-value.js';
import type { Aggregation, Rounding } from './review-rules.js';

/**
 * Exact arithmetic for scores (issue 11 item 5): an item is scored in tenths at most, and every mean, median and
 * weighting is kept as a fraction of integers until the one rounding the rules state. No floating point decides a
 * result.
 */
export type Fraction = Readonly<{ n: bigint; d: bigint }>;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

export function fraction(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

const add = (a: Fraction, b: Fraction) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
const compare = (a: Fraction, b: Fraction) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const times = (a: Fraction, r: Ratio) => fraction(a.n * BigInt(r.numerator), a.d * BigInt(r.denominator));

/** A score given with at most one decimal, in tenths; null when it has more decimals or is not a finite number. */
export function tenths(score: number): bigint | null {
  if (!Number.isFinite(score)) return null;
  const scaled = Math.round(score * 10);
  return Math.abs(scaled - score * 10) < 1e-6 ? BigInt(scaled) : null;
}

/** Tenths written as the score a person gave: 85n is "8.5", 90n is "9". */
export function decimalString(t: bigint): string {
  return t % 10n === 0n ? (t / 10n).toString() : `${t / 10n}.${t % 10n}`;
}

/** The sum of a sheet's item scores, written as decimal strings, exactly. */
export function total(scores: readonly (string | number)[]): Fraction {
  return fraction(
    scores.reduce<bigint>((sum, s) => sum + (tenths(Number(s)) ?? 0n), 0n),
    10n,
  );
}

function mean(values: readonly Fraction[]): Fraction {
  const sum = values.reduce(add, fraction(0n, 1n));
  return fraction(sum.n, sum.d * BigInt(values.length));
}

/**
 * The panel's value of one part: the mean, the median (the mean of the two middle values of an even count), or the
 * trimmed mean, which drops one highest and one lowest total (the judging practice) and needs three or more.
 */
export function aggregate(values: readonly Fraction[], method: Aggregation): Fraction {
  if (values.length === 0) throw new Error('aggregate of no scores');
  const sorted = [...values].sort(compare);
  switch (method) {
    case 'mean':
      return mean(sorted);
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[mid]! : mean([sorted[mid - 1]!, sorted[mid]!]);
    }
    case 'trimmed-mean':
      return sorted.length >= 3 ? mean(sorted.slice(1, -1)) : mean(sorted);
  }
}

/** The weighted sum of the parts (评议办法: 日常考评占 50%，集中考评占 50%). */
export const weighted = (daily: Fraction, dailyWeight: Ratio, concentrated: Fraction, concentratedWeight: Ratio) =>
  add(times(daily, dailyWeight), times(concentrated, concentratedWeight));

/**
 * The value stated with `decimals` places: half-up rounds a half away from zero, half-even to the even digit
 * (banker's rounding); scores are never negative.
 */
export function stated(value: Fraction, decimals: number, rounding: Rounding): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = value.n * scale;
  let q = scaled / value.d;
  const twiceRemainder = (scaled % value.d) * 2n;
  if (twiceRemainder > value.d || (twiceRemainder === value.d && (rounding === 'half-up' || q % 2n === 1n))) q += 1n;
  const digits = q.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A stated value below the (whole) pass mark, compared as written: what the reviewee reads is what decides. */
export function below(statedValue: string, mark: number): boolean {
  const [whole = '0', part = ''] = statedValue.split('.');
  const value = fraction(BigInt(whole + part), 10n ** BigInt(part.length));
  return compare(value, fraction(BigInt(mark), 1n)) < 0;
}
