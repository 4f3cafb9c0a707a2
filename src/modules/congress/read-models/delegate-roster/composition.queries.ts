import type { DataSource } from 'typeorm';
import { percentage } from '../../../../shared/domain/policy-value.js';
import { findCongress } from '../congress-overview/congress-overview.queries.js';
import { listDelegates } from './delegate-roster.queries.js';

export type CompositionView = {
  congressId: string;
  seats: { target: number; filled: number };
  colleges: Array<{ collegeId: string; quota: number; filled: number; vacant: number }>;
  nonOfficers: { count: number; of: number; share: string; required: string; met: boolean };
  grades: Record<string, number>;
  mainClubs: Array<{ club: string; delegates: number }>;
  warnings: string[];
};

/**
 * Delegate notice: seats against each college's quota, at least 60% (policy) non-officers, and every grade and
 * main club represented. Delegates count once elected (and until withdrawn or rejected). Shares are computed,
 * never typed in: 92 of 140 is 65.7%.
 */
export async function congressComposition(db: DataSource, congressId: string): Promise<CompositionView | undefined> {
  const congress = await findCongress(db, congressId);
  if (!congress) return undefined;
  const seated = (await listDelegates(db, congressId)).filter(
    (d) => d.status === 'elected' || d.status === 'qualified',
  );
  const colleges = congress.allocation.map((c) => {
    const filled = seated.filter((d) => d.collegeId === c.collegeId).length;
    return { collegeId: c.collegeId, quota: c.seats, filled, vacant: c.seats - filled };
  });
  const nonOfficerCount = seated.filter((d) => !d.officer).length;
  const rule = congress.nonOfficerShareMin;
  const met = nonOfficerCount * rule.denominator >= seated.length * rule.numerator;
  const grades: Record<string, number> = {};
  for (const d of seated) grades[d.grade] = (grades[d.grade] ?? 0) + 1;
  const mainClubs = congress.mainClubs.map((club) => ({
    club,
    delegates: seated.filter((d) => d.clubs.includes(club)).length,
  }));
  const warnings = [
    ...colleges.filter((c) => c.vacant > 0).map((c) => `${c.collegeId}: ${c.vacant} of ${c.quota} seats vacant`),
    ...(met
      ? []
      : [
          `non-officers are ${percentage(nonOfficerCount, seated.length)}% of delegates; at least ${percentage(rule.numerator, rule.denominator)}% required`,
        ]),
    ...mainClubs.filter((c) => c.delegates === 0).map((c) => `main club ${c.club} has no delegate`),
  ];
  return {
    congressId,
    seats: { target: congress.targetSeats, filled: seated.length },
    colleges,
    nonOfficers: {
      count: nonOfficerCount,
      of: seated.length,
      share: percentage(nonOfficerCount, seated.length),
      required: percentage(rule.numerator, rule.denominator),
      met,
    },
    grades,
    mainClubs,
    warnings,
  };
}
