import type { DataSource } from 'typeorm';

export type VolunteerMemberView = Readonly<{
  studentId: string;
  role: string;
  /** applied or invited (awaiting acceptance), member, released at the close, lapsed (never taken up) */
  status: 'applied' | 'invited' | 'member' | 'released' | 'lapsed';
  minutes: number;
}>;
export type VolunteerProjectView = Readonly<{
  projectId: string;
  organisationId: string;
  matterId: string;
  title: string;
  leadId: string;
  roles: Array<Readonly<{ role: string; places: number; filled: number }>>;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  people: VolunteerMemberView[];
}>;
export type HoursCertificate = Readonly<{
  projectId: string;
  title: string;
  organisationId: string;
  studentId: string;
  role: string;
  minutes: number;
  hours: string;
  issuedFor: string;
}>;

type Row = Record<string, never>;
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

async function people(db: DataSource, projectId: string): Promise<VolunteerMemberView[]> {
  const rows: Row[] = await db.query(
    `SELECT student_id, role, status, minutes FROM volunteer_members WHERE project_id = $1 ORDER BY student_id`,
    [projectId],
  );
  return rows.map((r) => ({ studentId: r.student_id, role: r.role, status: r.status, minutes: r.minutes }));
}

function view(r: Row, all: VolunteerMemberView[]): VolunteerProjectView {
  const roles = (r.roles as Array<{ role: string; places: number }>).map((x) => ({
    ...x,
    filled: all.filter((p) => p.role === x.role && (p.status === 'member' || p.status === 'released')).length,
  }));
  return {
    projectId: r.project_id,
    organisationId: r.organisation_id,
    matterId: r.matter_id,
    title: r.title,
    leadId: r.lead_id,
    roles,
    status: r.status,
    openedAt: iso(r.opened_at)!,
    closedAt: iso(r.closed_at),
    people: all,
  };
}

export async function findVolunteerProject(db: DataSource, projectId: string): Promise<VolunteerProjectView | null> {
  const rows: Row[] = await db.query(`SELECT * FROM volunteer_projects WHERE project_id = $1`, [projectId]);
  return rows[0] ? view(rows[0], await people(db, projectId)) : null;
}

export async function unionVolunteerProjects(db: DataSource, organisationId: string): Promise<VolunteerProjectView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM volunteer_projects WHERE organisation_id = $1 ORDER BY opened_at DESC, project_id`,
    [organisationId],
  );
  return Promise.all(rows.map(async (r) => view(r, await people(db, r.project_id))));
}

/** Art. 13: a closed project's certificates of hours, one per released member (none while it is open). */
export async function hoursCertificates(db: DataSource, projectId: string): Promise<HoursCertificate[]> {
  const rows: Row[] = await db.query(
    `SELECT p.project_id, p.title, p.organisation_id, m.student_id, m.role, m.minutes
       FROM volunteer_projects p JOIN volunteer_members m USING (project_id)
      WHERE p.project_id = $1 AND p.status = 'closed' AND m.status = 'released' ORDER BY m.student_id`,
    [projectId],
  );
  return rows.map((r) => ({
    projectId: r.project_id,
    title: r.title,
    organisationId: r.organisation_id,
    studentId: r.student_id,
    role: r.role,
    minutes: r.minutes,
    hours: (r.minutes / 60).toFixed(1),
    issuedFor: `${r.title}（${r.role}）`,
  }));
}
