import type { Ratio } from '../../../shared/domain/policy-value.js';

export type CollegeEnrolment = Readonly<{ collegeId: string; students: number }>;

export type CollegeSeats = Readonly<{
  collegeId: string;
  students: number;
  /** the charter's minimum (delegate notice: at least 5 per college) */
  minimum: number;
  /** the exact proportional share of the seats left after the minimums: numerator / totalStudents */
  shareNumerator: number;
  /** whole seats of that share */
  proportional: number;
  /** 1 when this college won a leftover seat by its remainder */
  remainderSeat: number;
  seats: number;
}>;

export type SeatAllocation = Readonly<{
  method: 'minimum-then-largest-remainder';
  targetSeats: number;
  totalStudents: number;
  minimumSeats: number;
  /** seats left after every college has its minimum, shared in proportion to students */
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
 * Delegate notice: seats per college in proportion to students, at least `minimumPerCollege` each, and at least
 * `share` of all students in total. Method (documented in docs/congress.md): every college first gets the
 * minimum; the seats left are shared in proportion to students by the largest-remainder (Hamilton) method; equal
 * remainders go to the larger college, then to the lower college id. All arithmetic is in integers.
 */
export function allocateSeats(
  enrolment: readonly CollegeEnrolment[],
  targetSeats: number,
  minimumPerCollege: number,
  share: Ratio,
): SeatAllocation | AllocationProblem {
  if (enrolment.length === 0) return { rule: 'no-colleges' };
  const totalStudents = enrolment.reduce((sum, c) => sum + c.students, 0);
  const minimumSeats = minimumPerCollege * enrolment.length;
  if (targetSeats < minimumSeats) return { rule: 'below-minimum-total', needed: minimumSeats };
  const shareSeats = seatsForShare(totalStudents, share);
  if (targetSeats < shareSeats) return { rule: 'below-delegate-share', needed: shareSeats };

  const proportionalSeats = targetSeats - minimumSeats;
  const shares = enrolment.map((c) => {
    const shareNumerator = totalStudents === 0 ? 0 : proportionalSeats * c.students;
    const proportional = totalStudents === 0 ? 0 : Math.floor(shareNumerator / totalStudents);
    return { ...c, shareNumerator, proportional, remainder: totalStudents === 0 ? 0 : shareNumerator % totalStudents };
  });
  const leftover = proportionalSeats - shares.reduce((sum, c) => sum + c.proportional, 0);
  const winners = new Set(
    [...shares]
      .sort((a, b) => b.remainder - a.remainder || b.students - a.students || a.collegeId.localeCompare(b.collegeId))
      .slice(0, leftover)
      .map((c) => c.collegeId),
  );
  return {
    method: 'minimum-then-largest-remainder',
    targetSeats,
    totalStudents,
    minimumSeats,
    proportionalSeats,
    colleges: shares.map((c) => {
      const remainderSeat = winners.has(c.collegeId) ? 1 : 0;
      return {
        collegeId: c.collegeId,
        students: c.students,
        minimum: minimumPerCollege,
        shareNumerator: c.shareNumerator,
        proportional: c.proportional,
        remainderSeat,
        seats: minimumPerCollege + c.proportional + remainderSeat,
      };
    }),
  };
}
