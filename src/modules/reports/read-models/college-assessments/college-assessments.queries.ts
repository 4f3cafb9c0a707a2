import type { DataSource } from 'typeorm';

export type AssessmentStatus =
  'awaiting-assessment' | 'passed' | 'rectifying' | 'rectification-overdue' | 'awaiting-reassessment';

export type CollegeAssessmentRow = {
  organisationId: string;
  organisationName: string;
  semester: string;
  reportedOn: string;
  reportLate: boolean;
  rounds: number;
  lastOutcome: 'pass' | 'fail' | null;
  rectifyBy: string | null;
  rectificationsLate: number;
  status: AssessmentStatus;
};

export type CollegeAssessmentsReport = {
  schoolUnionId: string;
  today: string;
  colleges: CollegeAssessmentRow[];
  byStatus: Record<AssessmentStatus, number>;
};

function statusOf(r: Record<string, unknown>, today: string): AssessmentStatus {
  if (r.last_outcome === null) return 'awaiting-assessment';
  if (r.last_outcome === 'pass') return 'passed';
  if (r.rectification_reported) return 'awaiting-reassessment';
  return r.rectify_by !== null && (r.rectify_by as string) < today ? 'rectification-overdue' : 'rectifying';
}

/**
 * Art. 17 (5): every college union's semesters under a school union, with where each stands; a failed college
 * whose rectification deadline (a Beijing date) is before `today` and has reported none is overdue.
 */
export async function collegeAssessmentsReport(
  db: DataSource,
  schoolUnionId: string,
  today: string,
): Promise<CollegeAssessmentsReport> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT a.*, COALESCE(o.name, a.organisation_id) AS organisation_name FROM report_college_assessment a
       LEFT JOIN organisation_directory o ON o.organisation_id = a.organisation_id
      WHERE a.school_union_id = $1 ORDER BY a.semester DESC, a.organisation_id`,
    [schoolUnionId],
  );
  const colleges = rows.map((r) => ({
    organisationId: r.organisation_id as string,
    organisationName: r.organisation_name as string,
    semester: r.semester as string,
    reportedOn: r.reported_on as string,
    reportLate: r.report_late as boolean,
    rounds: r.rounds as number,
    lastOutcome: r.last_outcome as 'pass' | 'fail' | null,
    rectifyBy: r.rectify_by as string | null,
    rectificationsLate: r.rectifications_late as number,
    status: statusOf(r, today),
  }));
  const byStatus: Record<AssessmentStatus, number> = {
    'awaiting-assessment': 0,
    passed: 0,
    rectifying: 0,
    'rectification-overdue': 0,
    'awaiting-reassessment': 0,
  };
  for (const c of colleges) byStatus[c.status] += 1;
  return { schoolUnionId, today, colleges, byStatus };
}
