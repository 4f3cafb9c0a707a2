import type { DataSource } from 'typeorm';
import { type SemesterRule, semestersEndingBetween } from '../../domain/semesters.js';

export type AssessmentRoundView = Readonly<{
  round: number;
  outcome: 'pass' | 'fail';
  findings: string[];
  rectifyBy: string | null;
  assessedOn: string;
  rectification: Readonly<{ summary: string; reportedOn: string; late: boolean }> | null;
}>;
export type CollegeSemesterView = Readonly<{
  collegeId: string;
  semester: string;
  semesterStarts: string;
  semesterEnds: string;
  /** reported (awaiting assessment), passed, failed (awaiting the rectification report), rectified (awaiting re-assessment) */
  status: 'reported' | 'passed' | 'failed' | 'rectified';
  reports: Array<Readonly<{ form: string; summary: string; reportedOn: string; late: boolean }>>;
  rounds: AssessmentRoundView[];
  rectifyBy: string | null;
}>;
export type OverdueReport = Readonly<{ collegeId: string; semester: string; dueBy: string }>;
export type OverdueRectification = Readonly<{ collegeId: string; semester: string; round: number; rectifyBy: string }>;
export type OverdueView = Readonly<{ asOf: string; reports: OverdueReport[]; rectifications: OverdueRectification[] }>;

type Row = Record<string, never>;
const view = (r: Row): CollegeSemesterView => ({
  collegeId: r.college_id,
  semester: r.semester,
  semesterStarts: r.semester_starts,
  semesterEnds: r.semester_ends,
  status: r.status,
  reports: r.reports,
  rounds: r.rounds,
  rectifyBy: r.rectify_by,
});

/** Art. 17 (5): the school union's college unions, each semester they reported with its assessment rounds. */
export async function collegeAssessments(
  db: DataSource,
  schoolUnionId: string,
  filter: { semester?: string; collegeId?: string } = {},
): Promise<CollegeSemesterView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM college_assessments WHERE school_union_id = $1 AND ($2::text IS NULL OR semester = $2)
       AND ($3::text IS NULL OR college_id = $3) ORDER BY semester_starts DESC, college_id`,
    [schoolUnionId, filter.semester ?? null, filter.collegeId ?? null],
  );
  return rows.map(view);
}

/**
 * Art. 17 (5), as of a Beijing date: each college union's semesters that ended before it without a report filed by
 * then (counted from the semester in which the college union was registered), and each failed assessment whose
 * deadline passed before it without a rectification report by then (the latest failed round of a semester).
 */
export async function overdueAsOf(
  db: DataSource,
  schoolUnionId: string,
  asOf: string,
  colleges: ReadonlyArray<Readonly<{ collegeId: string; registeredOn: string }>>,
  rules: readonly SemesterRule[],
): Promise<OverdueView> {
  const reported: Array<{ college_id: string; semester: string }> = await db.query(
    `SELECT college_id, semester FROM college_assessments WHERE school_union_id = $1 AND first_reported_on <= $2::date`,
    [schoolUnionId, asOf],
  );
  const done = new Set(reported.map((r) => `${r.college_id} ${r.semester}`));
  const reports = colleges
    .flatMap((c) =>
      semestersEndingBetween(rules, c.registeredOn, asOf).map((s) => ({
        collegeId: c.collegeId,
        semester: s.semester,
        dueBy: s.ends,
      })),
    )
    .filter((r) => !done.has(`${r.collegeId} ${r.semester}`))
    .sort((a, b) => a.dueBy.localeCompare(b.dueBy) || a.collegeId.localeCompare(b.collegeId));
  const late: Array<{ college_id: string; semester: string; rounds: AssessmentRoundView[]; rectify_by: string }> =
    await db.query(
      `SELECT college_id, semester, rounds, rectify_by FROM college_assessments
        WHERE school_union_id = $1 AND rectify_by < $2::date AND (rectified_on IS NULL OR rectified_on > $2::date)
        ORDER BY rectify_by, college_id`,
      [schoolUnionId, asOf],
    );
  const rectifications = late.map((r) => ({
    collegeId: r.college_id,
    semester: r.semester,
    round: Math.max(...r.rounds.filter((x) => x.outcome === 'fail').map((x) => x.round)),
    rectifyBy: r.rectify_by,
  }));
  return { asOf, reports, rectifications };
}
