import { describe, expect, it } from '@jest/globals';
import { type AllocationProblem, allocateSeats, type SeatAllocation, seatsForShare } from './seat-allocation.js';

const onePercent = { numerator: 1, denominator: 100 };
const noShare = { numerator: 0, denominator: 1 };

describe('allocateSeats', () => {
  const seatsOf = (result: SeatAllocation | AllocationProblem) =>
    (result as SeatAllocation).colleges.map((c) => [c.collegeId, c.seats]);

  it('shares the seats in proportion when no college falls below the minimum: plain largest remainder', () => {
    const result = allocateSeats(seedColleges, 140, 5, onePercent) as SeatAllocation;
    expect(result.method).toBe('largest-remainder-with-minimum');
    expect(result.colleges.reduce((s, c) => s + c.seats, 0)).toBe(140);
    expect(result.totalStudents).toBe(5861);
    expect(result.minimumSeats).toBe(0);
    // 140 × 1,850 / 5,861 = 44.19: engineering's exact share, over all students, in one round.
    const engineering = result.colleges.find((c) => c.collegeId === 'engineering')!;
    expect(engineering).toMatchObject({
      shareNumerator: 140 * 1850,
      shareDenominator: 5861,
      proportional: 44,
      basis: 'share',
      round: 1,
    });
    expect(result.colleges.every((c) => c.basis === 'share')).toBe(true);
  });

  it('does not move seats to small colleges that are nowhere near the minimum (the notice, read literally)', () => {
    // Shares of 140 over 5,720 students: 12.24, 17.13, 22.03, 24.48, 29.37, 34.76; the two leftover seats go to
    // the largest remainders (.76 and .48).
    expect(seatsOf(allocateSeats(sixColleges, 140, 5, onePercent))).toEqual([
      ['c500', 12],
      ['c700', 17],
      ['c900', 22],
      ['c1000', 25],
      ['c1200', 29],
      ['c1420', 35],
    ]);
  });

  it('keeps the minimum-first method for a union whose policy names it', () => {
    // 5 each first, then 110 seats in proportion: the smallest college gets 15 where its share is 12.
    const result = allocateSeats(
      sixColleges,
      140,
      5,
      onePercent,
      'minimum-first-then-largest-remainder',
    ) as SeatAllocation;
    expect(result.method).toBe('minimum-first-then-largest-remainder');
    expect(seatsOf(result)).toEqual([
      ['c500', 15],
      ['c700', 19],
      ['c900', 22],
      ['c1000', 24],
      ['c1200', 28],
      ['c1420', 32],
    ]);
    expect(result.colleges.every((c) => c.basis === 'minimum-plus-share')).toBe(true);
  });

  it('counts a college whose share is below the minimum as the minimum and shares the rest among the others', () => {
    // 60 × 318 / 5,861 = 3.26 < 5: Marxism gets 5; 55 seats over 5,543 students: 18.36, 13.10, 10.96, 6.97, 5.62,
    // whole parts 52, the three leftovers to arts (.966), IT (.964) and health (.616).
    const result = allocateSeats(seedColleges, 60, 5, onePercent) as SeatAllocation;
    expect(seatsOf(result)).toEqual([
      ['engineering', 18],
      ['business', 13],
      ['it', 11],
      ['arts', 7],
      ['health', 6],
      ['marxism', 5],
    ]);
    expect(result.minimumSeats).toBe(5);
    expect(result.proportionalSeats).toBe(55);
    expect(result.colleges.find((c) => c.collegeId === 'marxism')).toMatchObject({
      basis: 'minimum',
      round: 1,
      shareNumerator: 60 * 318,
      shareDenominator: 5861,
    });
    expect(result.colleges.find((c) => c.collegeId === 'health')).toMatchObject({
      basis: 'share',
      round: 2,
      shareNumerator: 55 * 566,
      shareDenominator: 5543,
      remainderSeat: 1,
    });
  });

  it('repeats until no remaining college falls below the minimum', () => {
    // Round 1: 21 seats over 1,370 students, C's share is 0.61 (B's 5.06 is not below). Round 2: 16 seats over
    // 1,330, B's share is now 3.97. Round 3: A alone takes the 11 left.
    const result = allocateSeats(
      [
        { collegeId: 'A', students: 1000 },
        { collegeId: 'B', students: 330 },
        { collegeId: 'C', students: 40 },
      ],
      21,
      5,
      noShare,
    ) as SeatAllocation;
    expect(result.colleges.map((c) => [c.collegeId, c.seats, c.basis, c.round])).toEqual([
      ['A', 11, 'share', 3],
      ['B', 5, 'minimum', 2],
      ['C', 5, 'minimum', 1],
    ]);
    expect(result.colleges.find((c) => c.collegeId === 'B')).toMatchObject({
      shareNumerator: 16 * 330,
      shareDenominator: 1330,
    });
  });

  it('treats a share of exactly the minimum as not below it', () => {
    const result = allocateSeats(
      [
        { collegeId: 'a', students: 7 },
        { collegeId: 'b', students: 7 },
      ],
      10,
      5,
      noShare,
    ) as SeatAllocation;
    expect(result.colleges.map((c) => [c.seats, c.basis])).toEqual([
      [5, 'share'],
      [5, 'share'],
    ]);
  });

  it('hands leftover seats to the largest remainders', () => {
    // 3 colleges of 1 student each and 2 seats beyond the minimums: each share is 2/3; the tie goes by id.
    const result = allocateSeats(
      [
        { collegeId: 'c', students: 1 },
        { collegeId: 'a', students: 1 },
        { collegeId: 'b', students: 1 },
      ],
      5,
      1,
      { numerator: 0, denominator: 1 },
    ) as SeatAllocation;
    expect(result.colleges.map((c) => [c.collegeId, c.seats])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('prefers the larger college when remainders are equal', () => {
    const result = allocateSeats(
      [
        { collegeId: 'small', students: 10 },
        { collegeId: 'large', students: 30 },
      ],
      3,
      0,
      { numerator: 0, denominator: 1 },
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

/** The example: six colleges of 500 to 1,420 students, none near the minimum of 5 at 140 seats. */
const sixColleges = [500, 700, 900, 1000, 1200, 1420].map((students) => ({ collegeId: `c${students}`, students }));
