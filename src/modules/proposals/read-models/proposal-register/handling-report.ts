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
  proposals: ProposalView[];
}>;

/**
 * Art. 8 (5): the report to the congress on how its proposals were handled: every proposal, its units, answer
 * categories, days to answer, satisfaction and follow-ups, with the totals. Ratings count the latest of each rater.
 */
export async function handlingReport(db: DataSource, congressId: string, today: string): Promise<HandlingReport> {
  const proposals = await listProposals(db, congressId, {}, today);
  const byStage: Record<string, number> = {};
  for (const p of proposals) byStage[p.stage] = (byStage[p.stage] ?? 0) + 1;
  const assignments = proposals.flatMap((p) => p.assignments);
  const answered = assignments.filter((a) => a.publishedAt !== null);
  const ratings: Record<Rating, number> = { satisfied: 0, 'basically-satisfied': 0, 'not-satisfied': 0 };
  for (const a of assignments) {
    const latest = new Map<string, Rating>();
    for (const r of a.ratings as Array<{ raterId: string; rating: Rating }>) latest.set(r.raterId, r.rating);
    for (const rating of latest.values()) ratings[rating] += 1;
  }
  const days = answered.map((a) => a.daysToAnswer ?? 0);
  return {
    congressId,
    asOf: today,
    totals: {
      submitted: proposals.length,
      filed: proposals.filter((p) => p.number !== null).length,
      byStage,
      assignments: assignments.length,
      answered: answered.length,
      // late if any of its answers came after its due date: a reopened, punctual second answer does not erase the first
      answeredLate: answered.filter((a) => (a.answers as Array<{ late: boolean }>).some((x) => x.late)).length,
      overdue: assignments.filter((a) => a.overdue).length,
      averageDaysToAnswer: days.length ? Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10 : null,
      ratings,
      followUps: assignments.reduce((n, a) => n + a.questions.length, 0),
    },
    proposals,
  };
}
