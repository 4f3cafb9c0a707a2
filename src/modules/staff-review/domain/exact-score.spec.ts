import { describe, expect, it } from '@jest/globals';
import { aggregate, below, decimalString, fraction, stated, tenths, total, weighted } from './exact-score.js';

const f = (n: number, d = 1) => fraction(BigInt(n), BigInt(d));
const half = { numerator: 1, denominator: 2 };

describe('exact review arithmetic (issue 11 item 5)', () => {
  it('takes scores in tenths and refuses more decimals', () => {
    expect(tenths(8.5)).toBe(85n);
    expect(tenths(0.7)).toBe(7n);
    expect(tenths(8.25)).toBeNull();
    expect(tenths(Number.NaN)).toBeNull();
    // 0.1 + 0.2 is not 0.3 in floating point; the sum of tenths is
    expect(stated(total(['0.1', '0.2']), 1, 'half-up')).toBe('0.3');
    expect([decimalString(85n), decimalString(90n), decimalString(5n)]).toEqual(['8.5', '9', '0.5']);
  });

  it('aggregates by mean, median and trimmed mean', () => {
    const totals = [f(70), f(80), f(85), f(100)];
    expect(stated(aggregate(totals, 'mean'), 2, 'half-up')).toBe('83.75');
    expect(stated(aggregate(totals, 'median'), 2, 'half-up')).toBe('82.50');
    // drops 70 and 100
    expect(stated(aggregate(totals, 'trimmed-mean'), 2, 'half-up')).toBe('82.50');
    expect(stated(aggregate([f(60), f(90), f(91)], 'median'), 0, 'half-up')).toBe('90');
    expect(stated(aggregate([f(10), f(20), f(90)], 'trimmed-mean'), 0, 'half-up')).toBe('20');
  });

  it('weights 50/50 exactly and rounds once, by the stated rule', () => {
    // (80 + 2/3) / 2 + 85 / 2 = 82.8333...
    const final = weighted(fraction(242n, 3n), half, f(85), half);
    expect(stated(final, 2, 'half-up')).toBe('82.83');
    // a true half: 82.125
    const tie = weighted(f(8225, 100), half, f(82), half);
    expect(stated(tie, 2, 'half-up')).toBe('82.13');
    expect(stated(tie, 2, 'half-even')).toBe('82.12');
    expect(stated(f(825, 10), 0, 'half-even')).toBe('82');
    expect(stated(f(835, 10), 0, 'half-even')).toBe('84');
    expect(stated(f(5, 1000), 2, 'half-up')).toBe('0.01');
  });

  it('compares the stated result with the pass mark as written', () => {
    expect(below('59.99', 60)).toBe(true);
    expect(below('60.00', 60)).toBe(false);
    expect(below('59.5', 60)).toBe(true);
  });
});
