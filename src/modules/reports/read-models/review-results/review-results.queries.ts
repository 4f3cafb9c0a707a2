import type { DataSource } from 'typeorm';

export type ReviewDistribution = {
  semester: string;
  passMark: number;
  reviewees: number;
  passed: number;
  failed: number;
  /** scores by band: below 60, 60–69, 70–79, 80–89, 90 and above */
  bands: Array<{ band: string; reviewees: number }>;
  appeals: number;
  changedOnAppeal: number;
  kept: number;
  removed: number;
};

const BANDS: Array<[string, number, number]> = [
  ['<60', -Infinity, 60],
  ['60-69', 60, 70],
  ['70-79', 70, 80],
  ['80-89', 80, 90],
  ['>=90', 90, Infinity],
];

/** The review results of a union per semester, newest first: how many passed, the score bands, appeals, decisions. */
export async function reviewDistributions(db: DataSource, organisationId: string): Promise<ReviewDistribution[]> {
  const rows: Array<Record<string, string | boolean | null>> = await db.query(
    `SELECT semester, pass_mark, final, passed, appealed, appeal_outcome, decision FROM report_review_result
      WHERE organisation_id = $1 ORDER BY semester DESC, reviewee_id`,
    [organisationId],
  );
  const semesters = [...new Set(rows.map((r) => r.semester as string))];
  return semesters.map((semester) => {
    const of = rows.filter((r) => r.semester === semester);
    const scores = of.map((r) => Number(r.final));
    return {
      semester,
      passMark: Number(of[0]!.pass_mark),
      reviewees: of.length,
      passed: of.filter((r) => r.passed).length,
      failed: of.filter((r) => !r.passed).length,
      bands: BANDS.map(([band, from, to]) => ({ band, reviewees: scores.filter((s) => s >= from && s < to).length })),
      appeals: of.filter((r) => r.appealed).length,
      changedOnAppeal: of.filter((r) => r.appeal_outcome === 'changed').length,
      kept: of.filter((r) => r.decision === 'keep-with-improvement').length,
      removed: of.filter((r) => r.decision === 'remove').length,
    };
  });
}
