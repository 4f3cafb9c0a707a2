import type { Ratio } from '../../../shared/domain/policy-value.js';

export type CollegeEnrolment = Readonly<{ collegeId: string; students: number }>;

/**
 * How seats are shared among colleges. The delegate notice's sentence is the rule: 各院代表名额原则上依照各学院
 * 学生会所联系学生人数按比例分配，代表名额不足5人的以5人计. `largest-remainder-with-minimum` reads it literally and is
 * the default; `minimum-first-then-largest-remainder` (everyone gets the minimum first, the rest is shared) moves
 * seats from large colleges to small ones even when none is near the minimum, and applies only when a union's
 * policy names it. The organisations module's policy lists the same names; the convening handler passes its
 * policy here, so the compiler refuses a name one side does not know.
 */
export const SEAT_ALLOCATION_METHODS = [
  'largest-remainder-with-minimum',
  'minimum-first-then-largest-remainder',
] as const;
export type SeatAllocationMethod = (typeof SEAT_ALLOCATION_METHODS)[number];
export const DEFAULT_SEAT_ALLOCATION_METHOD: SeatAllocationMethod = 'largest-remainder-with-minimum';

export type CollegeSeats = Readonly<{
  collegeId: string;
  students: number;
  /** the policy's minimum per college (delegate notice: 5) */
  minimum: number;
  /**
   * Why the college has its seats: `minimum` when its exact share fell below the minimum (it gets the minimum),
   * `share` when its seats are its share, `minimum-plus-share` under the minimum-first method.
   */
  basis: 'minimum' | 'share' | 'minimum-plus-share';
  /** its exact share of seats, shareNumerator / shareDenominator: for a `minimum` college, in the round it fell below */
  shareNumerator: number;
  shareDenominator: number;
  /** the round of the iteration in which the college was settled (1 when no minimum binds) */
  round: number;
  /** whole seats of the share (0 for a `minimum` college) */
  proportional: number;
  /** 1 when the college won a leftover seat by its remainder */
  remainderSeat: number;
  seats: number;
}>;

export type SeatAllocation = Readonly<{
  method: SeatAllocationMethod | 'minimum-then-largest-remainder';
  targetSeats: number;
  totalStudents: number;
  /** seats given as the minimum: to colleges below it, or (minimum-first) to every college */
  minimumSeats: number;
  /** seats shared in proportion to students, by the largest remainder, in the last round */
  proportionalSeats: number;
  colleges: readonly CollegeSeats[];
}>;

export type AllocationProblem =
  | { rule: 'no-colleges' }
  | { rule: 'below-minimum-total'; needed: number }
  | { rule: 'below-delegate-share'; needed: number };

/** Seats needed for at least `share` of `students`: the smallest n with n / students >= share. */
export function seatsForShare(students: number, share: Ratio): number {
  return Math.ceil((students * share.numerator) / share.denominator);
}

/**
 * Delegate notice: seats per college in proportion to students, a college whose share falls short of
 * `minimumPerCollege` counted as that minimum, and at least `share` of all students in total. All arithmetic is
 * in integers; equal remainders go to the larger college, then to the lower college id (docs/congress.md).
 */
export function allocateSeats(
  enrolment: readonly CollegeEnrolment[],
  targetSeats: number,
  minimumPerCollege: number,
  share: Ratio,
  method: SeatAllocationMethod = DEFAULT_SEAT_ALLOCATION_METHOD,
): SeatAllocation | AllocationProblem {
  if (enrolment.length === 0) return { rule: 'no-colleges' };
  const totalStudents = enrolment.reduce((sum, c) => sum + c.students, 0);
  const everyMinimum = minimumPerCollege * enrolment.length;
  if (targetSeats < everyMinimum) return { rule: 'below-minimum-total', needed: everyMinimum };
  const shareSeats = seatsForShare(totalStudents, share);
  if (targetSeats < shareSeats) return { rule: 'below-delegate-share', needed: shareSeats };
  return method === 'minimum-first-then-largest-remainder'
    ? minimumFirst(enrolment, targetSeats, minimumPerCollege, totalStudents)
    : largestRemainderWithMinimum(enrolment, targetSeats, minimumPerCollege, totalStudents);
}

/**
 * Largest remainder over all colleges. Each round computes every remaining college's exact share of the seats
 * left; the colleges whose share is below the minimum get the minimum and leave the round; the rest share the
 * seats left in the next round, until no remaining college is below. With no college below, this is plain
 * largest remainder (Hamilton).
 */
function largestRemainderWithMinimum(
  enrolment: readonly CollegeEnrolment[],
  targetSeats: number,
  minimum: number,
  totalStudents: number,
): SeatAllocation {
  const settled = new Map<string, CollegeSeats>();
  let remaining = [...enrolment];
  let seats = targetSeats;
  for (let round = 1; ; round++) {
    const students = remaining.reduce((sum, c) => sum + c.students, 0);
    // share < minimum, in integers: seats × students_i < minimum × students_round
    const below = remaining.filter((c) => seats * c.students < minimum * students);
    // Never everyone: the seats left are at least the minimum times the colleges left, since the target is.
    if (below.length === 0) {
      const shared = shareByLargestRemainder(remaining, seats, round);
      for (const c of shared)
        settled.set(c.collegeId, { ...c, minimum, basis: 'share', seats: c.proportional + c.remainderSeat });
      return {
        method: 'largest-remainder-with-minimum',
        targetSeats,
        totalStudents,
        minimumSeats: targetSeats - seats,
        proportionalSeats: seats,
        colleges: enrolment.map((c) => settled.get(c.collegeId)!),
      };
    }
    for (const c of below) settled.set(c.collegeId, minimumSeats(c, minimum, seats, students, round));
    seats -= minimum * below.length;
    remaining = remaining.filter((c) => !below.includes(c));
  }
}

function minimumSeats(
  c: CollegeEnrolment,
  minimum: number,
  seats: number,
  students: number,
  round: number,
): CollegeSeats {
  return {
    collegeId: c.collegeId,
    students: c.students,
    minimum,
    basis: 'minimum',
    round,
    shareNumerator: seats * c.students,
    shareDenominator: students,
    proportional: 0,
    remainderSeat: 0,
    seats: minimum,
  };
}

/** The old method, kept for a union whose policy names it: every college the minimum, the rest in proportion. */
function minimumFirst(
  enrolment: readonly CollegeEnrolment[],
  targetSeats: number,
  minimum: number,
  totalStudents: number,
): SeatAllocation {
  const minimumSeats = minimum * enrolment.length;
  const proportionalSeats = targetSeats - minimumSeats;
  return {
    method: 'minimum-first-then-largest-remainder',
    targetSeats,
    totalStudents,
    minimumSeats,
    proportionalSeats,
    colleges: shareByLargestRemainder(enrolment, proportionalSeats, 1).map((c) => ({
      ...c,
      minimum,
      basis: 'minimum-plus-share',
      seats: minimum + c.proportional + c.remainderSeat,
    })),
  };
}

type Share = Omit<CollegeSeats, 'minimum' | 'basis' | 'seats'>;

/** Hamilton: whole parts of every exact share, then one seat each to the largest remainders. */
function shareByLargestRemainder(colleges: readonly CollegeEnrolment[], seats: number, round: number): Share[] {
  const students = colleges.reduce((sum, c) => sum + c.students, 0);
  const shares = colleges.map((c) => {
    const shareNumerator = students === 0 ? 0 : seats * c.students;
    return {
      collegeId: c.collegeId,
      students: c.students,
      round,
      shareNumerator,
      shareDenominator: Math.max(students, 1),
      proportional: students === 0 ? 0 : Math.floor(shareNumerator / students),
      remainder: students === 0 ? 0 : shareNumerator % students,
    };
  });
  const leftover = seats - shares.reduce((sum, c) => sum + c.proportional, 0);
  const winners = new Set(
    [...shares]
      .sort((a, b) => b.remainder - a.remainder || b.students - a.students || a.collegeId.localeCompare(b.collegeId))
      .slice(0, leftover)
      .map((c) => c.collegeId),
  );
  return shares.map(({ remainder: _remainder, ...c }) => ({ ...c, remainderSeat: winners.has(c.collegeId) ? 1 : 0 }));
}
