import type { DataSource } from 'typeorm';

export type StaffMemberView = Readonly<{
  studentId: string;
  post: string;
  departmentId: string | null;
  role: string | null;
  checks: unknown[];
  since: string;
  electionId: string | null;
}>;
export type DepartmentView = Readonly<{ departmentId: string; name: string; members: number }>;
export type StaffRegisterView = Readonly<{
  organisationId: string;
  counts: Readonly<{ staff: number; presidium: number; departments: number }>;
  departments: DepartmentView[];
  staff: StaffMemberView[];
}>;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** The union's register: live departments with their sizes, every post holder, and the counts the caps apply to. */
export async function staffRegister(db: DataSource, organisationId: string): Promise<StaffRegisterView> {
  const departments: Array<{ department_id: string; name: string; members: string }> = await db.query(
    `SELECT d.department_id, d.name, count(s.student_id) AS members FROM staff_departments d
       LEFT JOIN staff_members s ON s.organisation_id = d.organisation_id AND s.department_id = d.department_id
      WHERE d.organisation_id = $1 AND NOT d.dissolved GROUP BY d.department_id, d.name, d.created_at ORDER BY d.created_at, d.department_id`,
    [organisationId],
  );
  const staff: Array<Record<string, never>> = await db.query(
    `SELECT * FROM staff_members WHERE organisation_id = $1 ORDER BY (post <> 'presidium'), department_id, (role <> 'head'), student_id`,
    [organisationId],
  );
  const members = staff.map((r) => ({
    studentId: r.student_id,
    post: r.post,
    departmentId: r.department_id,
    role: r.role,
    checks: r.checks,
    since: iso(r.since),
    electionId: r.election_id,
  }));
  return {
    organisationId,
    counts: {
      staff: members.length,
      presidium: members.filter((m) => m.post === 'presidium').length,
      departments: departments.length,
    },
    departments: departments.map((d) => ({ departmentId: d.department_id, name: d.name, members: Number(d.members) })),
    staff: members,
  };
}

/** Art. 14: who chairs on a date, by the presidium's rotation; null when no term covers it. */
export async function chairOn(db: DataSource, organisationId: string, date: string): Promise<string | null> {
  const [row]: Array<{ chair_id: string }> = await db.query(
    `SELECT chair_id FROM staff_chair_terms WHERE organisation_id = $1 AND starts_on <= $2::date AND ends_on >= $2::date`,
    [organisationId, date],
  );
  return row?.chair_id ?? null;
}

export type CollegeFilingView = Readonly<{
  organisationId: string;
  memberIds: string[];
  electedOn: string;
  reference: string;
  filedAt: string;
  acknowledgedAt: string | null;
}>;

/** Art. 17 (1): the presidium filings of a school union's college unions, unacknowledged first. */
export async function collegeFilings(db: DataSource, schoolUnionId: string): Promise<CollegeFilingView[]> {
  const rows: Array<Record<string, never>> = await db.query(
    `SELECT * FROM staff_college_filings WHERE school_union_id = $1 ORDER BY (acknowledged_at IS NOT NULL), filed_at`,
    [schoolUnionId],
  );
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    memberIds: r.member_ids,
    electedOn: r.elected_on,
    reference: r.reference,
    filedAt: iso(r.filed_at),
    acknowledgedAt: r.acknowledged_at ? iso(r.acknowledged_at) : null,
  }));
}
