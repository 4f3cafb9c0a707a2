/** An exact ratio: shares and quorum fractions are compared without floating point. */
export type Ratio = Readonly<{ numerator: number; denominator: number }>;

/** a/b >= ratio, in integers. */
export function atLeast(count: number, total: number, ratio: Ratio): boolean {
  return count * ratio.denominator >= total * ratio.numerator;
}

/** A share as a percentage with one decimal, rounded half up: 92 of 140 is "65.7". */
export function percentage(count: number, total: number): string {
  if (total === 0) return '0.0';
  const tenths = Math.floor((count * 1000 + Math.floor(total / 2)) / total);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
