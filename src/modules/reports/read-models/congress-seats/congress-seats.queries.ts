import type { DataSource } from 'typeorm';
import { percentage } from '../../../../shared/domain/policy-value.js';

export type CollegeSeatsRow = {
  collegeId: string;
  collegeName: string;
  students: number;
  minimum: number;
  quota: number;
  recommended: number;
  seated: number;
  qualified: number;
  vacant: number;
};

export type CongressSeatsReport = {
  congressId: string;
  organisationId: string;
  organisationName: string;
  number: number;
  year: number;
  extraordinary: boolean;
  convenedAt: string;
  targetSeats: number;
  totalStudents: number;
  seated: number;
  qualified: number;
  colleges: CollegeSeatsRow[];
  composition: {
    officers: number;
    nonOfficers: number;
    nonOfficerShare: string;
    nonOfficerShareRequired: string;
    met: boolean;
    grades: Array<{ grade: string; delegates: number }>;
  };
  quorum: { numerator: number; denominator: number };
};

export type CongressListRow = {
  congressId: string;
  organisationId: string;
  organisationName: string;
  number: number;
  year: number;
  targetSeats: number;
  seated: number;
};

const SEATED = `status IN ('elected', 'qualified')`;

/** Every congress reported on, newest first: the dashboard's first page. */
export async function listCongressReports(db: DataSource): Promise<CongressListRow[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT c.congress_id, c.organisation_id, COALESCE(o.name, c.organisation_id) AS organisation_name, c.number, c.year,
            c.target_seats,
            (SELECT count(*)::int FROM report_congress_delegate d WHERE d.congress_id = c.congress_id AND d.${SEATED}) AS seated
       FROM report_congress c LEFT JOIN organisation_directory o ON o.organisation_id = c.organisation_id
      ORDER BY c.year DESC, c.number DESC, c.congress_id`,
  );
  return rows.map((r) => ({
    congressId: r.congress_id as string,
    organisationId: r.organisation_id as string,
    organisationName: r.organisation_name as string,
    number: r.number as number,
    year: r.year as number,
    targetSeats: r.target_seats as number,
    seated: r.seated as number,
  }));
}

/**
 * Seats against quota per college (names from the organisation directory) and the composition of the seated
 * delegates (elected or qualified, as the congress module counts them) against the charter's non-officer share.
 */
export async function congressSeatsReport(
  db: DataSource,
  congressId: string,
): Promise<CongressSeatsReport | undefined> {
  const [c] = await db.query(
    `SELECT c.*, COALESCE(o.name, c.organisation_id) AS organisation_name FROM report_congress c
       LEFT JOIN organisation_directory o ON o.organisation_id = c.organisation_id WHERE c.congress_id = $1`,
    [congressId],
  );
  if (!c) return undefined;
  const colleges: Array<Record<string, number | string>> = await db.query(
    `SELECT k.college_id, COALESCE(o.name, k.college_id) AS college_name, k.students, k.minimum, k.quota,
            count(d.student_id)::int AS recommended,
            count(d.student_id) FILTER (WHERE d.${SEATED})::int AS seated,
            count(d.student_id) FILTER (WHERE d.status = 'qualified')::int AS qualified
       FROM report_congress_college k
       LEFT JOIN report_congress_delegate d ON d.congress_id = k.congress_id AND d.college_id = k.college_id
       LEFT JOIN organisation_directory o ON o.organisation_id = k.college_id
      WHERE k.congress_id = $1 GROUP BY k.college_id, o.name, k.students, k.minimum, k.quota ORDER BY k.college_id`,
    [congressId],
  );
  const [shares] = await db.query(
    `SELECT count(*) FILTER (WHERE officer)::int AS officers, count(*) FILTER (WHERE NOT officer)::int AS non_officers
       FROM report_congress_delegate WHERE congress_id = $1 AND ${SEATED}`,
    [congressId],
  );
  const grades: Array<{ grade: string; delegates: number }> = await db.query(
    `SELECT grade, count(*)::int AS delegates FROM report_congress_delegate WHERE congress_id = $1 AND ${SEATED}
      GROUP BY grade ORDER BY grade`,
    [congressId],
  );
  const rows: CollegeSeatsRow[] = colleges.map((k) => ({
    collegeId: k.college_id as string,
    collegeName: k.college_name as string,
    students: k.students as number,
    minimum: k.minimum as number,
    quota: k.quota as number,
    recommended: k.recommended as number,
    seated: k.seated as number,
    qualified: k.qualified as number,
    vacant: Math.max(0, (k.quota as number) - (k.seated as number)),
  }));
  const seated = shares.officers + shares.non_officers;
  return {
    congressId: c.congress_id,
    organisationId: c.organisation_id,
    organisationName: c.organisation_name,
    number: c.number,
    year: c.year,
    extraordinary: c.extraordinary,
    convenedAt: c.convened_at.toISOString(),
    targetSeats: c.target_seats,
    totalStudents: c.total_students,
    seated,
    qualified: rows.reduce((sum, r) => sum + r.qualified, 0),
    colleges: rows,
    composition: {
      officers: shares.officers,
      nonOfficers: shares.non_officers,
      nonOfficerShare: percentage(shares.non_officers, seated),
      nonOfficerShareRequired: percentage(c.non_officer_num, c.non_officer_den),
      met: shares.non_officers * c.non_officer_den >= seated * c.non_officer_num,
      grades,
    },
    quorum: { numerator: c.quorum_num, denominator: c.quorum_den },
  };
}
