import type { DataSource } from 'typeorm';
import { type ProposalView, listProposals } from './proposal-register.queries.js';

type Rating = 'satisfied' | 'basically-satisfied' | 'not-satisfied';

export type HandlingReport = Readonly<{
  congressId: string;
  asOf: string;
  totals: Readonly<{
    submitted: number;
    filed: number;
    byStage: Record<string, number>;
    assignments: number;
    answered: number;
    answeredLate: number;
    overdue: number;
    averageDaysToAnswer: number | null;
    ratings: Record<Rating, number>;
    followUps: number;
  }>;
  /** per handling unit (school office): its assignments, answers, late and overdue ones, days to answer */
  byUnit: UnitHandling[];
  proposals: ProposalView[];
}>;

export type UnitHandling = Readonly<{
  unitId: string;
  /** the school office's name, as the organisation directory has it (its id when unknown) */
  unitName: string;
  assignments: number;
  answered: number;
  answeredLate: number;
  overdue: number;
  averageDaysToAnswer: number | null;
}>;

type Assignment = ProposalView['assignments'][number];

/** Late if any of its answers came after its due date: a reopened, punctual second answer does not erase the first. */
const answeredLate = (a: Assignment) => (a.answers as Array<{ late: boolean }>).some((x) => x.late);

function averageDays(answered: readonly Assignment[]): number | null {
  const days = answered.map((a) => a.daysToAnswer ?? 0);
  return days.length ? Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10 : null;
}

function handling(assignments: readonly Assignment[]) {
  const answered = assignments.filter((a) => a.publishedAt !== null);
  return {
    assignments: assignments.length,
    answered: answered.length,
    answeredLate: answered.filter(answeredLate).length,
    overdue: assignments.filter((a) => a.overdue).length,
    averageDaysToAnswer: averageDays(answered),
  };
}

/**
 * Art. 8 (5): the report to the congress on how its proposals were handled: every proposal, its units, answer
 * categories, days to answer, satisfaction and follow-ups, with the totals. Ratings count the latest of each rater.
 */
export async function handlingReport(
  db: DataSource,
  congressId: string,
  today: string,
  unitNames: ReadonlyMap<string, string> = new Map(),
): Promise<HandlingReport> {
  const proposals = await listProposals(db, congressId, {}, today);
  const byStage: Record<string, number> = {};
  for (const p of proposals) byStage[p.stage] = (byStage[p.stage] ?? 0) + 1;
  const assignments = proposals.flatMap((p) => p.assignments);
  const ratings: Record<Rating, number> = { satisfied: 0, 'basically-satisfied': 0, 'not-satisfied': 0 };
  for (const a of assignments) {
    const latest = new Map<string, Rating>();
    for (const r of a.ratings as Array<{ raterId: string; rating: Rating }>) latest.set(r.raterId, r.rating);
    for (const rating of latest.values()) ratings[rating] += 1;
  }
  const units = [...new Set(assignments.map((a) => a.unitId))].sort();
  return {
    congressId,
    asOf: today,
    totals: {
      submitted: proposals.length,
      filed: proposals.filter((p) => p.number !== null).length,
      byStage,
      ...handling(assignments),
      ratings,
      followUps: assignments.reduce((n, a) => n + a.questions.length, 0),
    },
    byUnit: units.map((unitId) => ({
      unitId,
      unitName: unitNames.get(unitId) ?? unitId,
      ...handling(assignments.filter((a) => a.unitId === unitId)),
    })),
    proposals,
  };
}
