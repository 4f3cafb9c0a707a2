import type { DataSource } from 'typeorm';

export type StaffPostsSummary = {
  organisationId: string;
  staff: number;
  presidium: number;
  departments: Array<{ departmentId: string; name: string; heads: number; members: number }>;
};

/** Staff in post now: the whole staff, the presidium, and each live department's heads and members. */
export async function staffPostsSummary(db: DataSource, organisationId: string): Promise<StaffPostsSummary> {
  const [counts] = await db.query(
    `SELECT count(*)::int AS staff, count(*) FILTER (WHERE post_kind = 'presidium')::int AS presidium
       FROM report_staff_post WHERE organisation_id = $1`,
    [organisationId],
  );
  const departments: Array<{ department_id: string; name: string; heads: number; members: number }> = await db.query(
    `SELECT d.department_id, d.name,
            count(p.student_id) FILTER (WHERE p.role = 'head')::int AS heads,
            count(p.student_id) FILTER (WHERE p.role = 'member')::int AS members
       FROM report_staff_department d
       LEFT JOIN report_staff_post p ON p.organisation_id = d.organisation_id AND p.department_id = d.department_id
      WHERE d.organisation_id = $1 AND NOT d.dissolved
      GROUP BY d.department_id, d.name ORDER BY d.department_id`,
    [organisationId],
  );
  return {
    organisationId,
    staff: counts.staff,
    presidium: counts.presidium,
    departments: departments.map((d) => ({
      departmentId: d.department_id,
      name: d.name,
      heads: d.heads,
      members: d.members,
    })),
  };
}
