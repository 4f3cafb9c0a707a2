import { describe, expect, it } from '@jest/globals';
import { allocateSeats, type SeatAllocation, seatsForShare } from './seat-allocation.js';

const onePercent = { numerator: 1, denominator: 100 };

describe('allocateSeats', () => {
  it('gives every college the minimum and shares the rest in proportion, summing to the target', () => {
    const result = allocateSeats(seedColleges, 140, 5, onePercent) as SeatAllocation;
    expect(result.colleges.reduce((s, c) => s + c.seats, 0)).toBe(140);
    expect(result.totalStudents).toBe(5861);
    expect(result.colleges.every((c) => c.seats >= 5)).toBe(true);
    // 140 - 6 × 5 = 110 seats shared by 5,861 students: engineering's exact share is 110 × 1,850 / 5,861 = 34.72.
    const engineering = result.colleges.find((c) => c.collegeId === 'engineering')!;
    expect(engineering.proportional).toBe(34);
    expect(engineering.shareNumerator).toBe(110 * 1850);
  });

  it('hands leftover seats to the largest remainders', () => {
    // 3 colleges of 1 student each and 2 seats beyond the minimums: each share is 2/3; the tie goes by id.
    const result = allocateSeats(
      [{ collegeId: 'c', students: 1 }, { collegeId: 'a', students: 1 }, { collegeId: 'b', students: 1 }],
      5, 1, { numerator: 0, denominator: 1 },
    ) as SeatAllocation;
    expect(result.colleges.map((c) => [c.collegeId, c.seats])).toEqual([['c', 1], ['a', 2], ['b', 2]]);
  });

  it('prefers the larger college when remainders are equal', () => {
    const result = allocateSeats(
      [{ collegeId: 'small', students: 10 }, { collegeId: 'large', students: 30 }],
      3, 0, { numerator: 0, denominator: 1 },
    ) as SeatAllocation;
    // 3 × 10/40 = 0.75 and 3 × 30/40 = 2.25: floors 0 and 2, one seat left, remainders 30 and 10 (of 40).
    expect(result.colleges.map((c) => c.seats)).toEqual([1, 2]);
  });

  it('refuses a target below the colleges’ minimums', () =>
    expect(allocateSeats(seedColleges, 29, 5, onePercent)).toEqual({ rule: 'below-minimum-total', needed: 30 }));

  it('refuses a target below 1% of the students', () =>
    expect(allocateSeats(seedColleges, 58, 5, onePercent)).toEqual({ rule: 'below-delegate-share', needed: 59 }));

  it('counts the seats a share needs by rounding up', () => {
    expect(seatsForShare(5861, onePercent)).toBe(59);
    expect(seatsForShare(5800, onePercent)).toBe(58);
  });
});

const seedColleges = [
  { collegeId: 'engineering', students: 1850 },
  { collegeId: 'business', students: 1320 },
  { collegeId: 'it', students: 1105 },
  { collegeId: 'arts', students: 702 },
  { collegeId: 'health', students: 566 },
  { collegeId: 'marxism', students: 318 },
];
