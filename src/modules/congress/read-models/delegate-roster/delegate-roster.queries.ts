import type { DataSource } from 'typeorm';

export type DelegateView = {
  studentId: string;
  collegeId: string;
  branchId: string;
  status: string;
  officer: boolean;
  grade: string;
  clubs: string[];
  replaces: string | null;
  record: unknown;
  reason: string | null;
  updatedAt: string;
};

type Row = {
  student_id: string;
  college_id: string;
  branch_id: string;
  status: string;
  officer: boolean;
  grade: string;
  clubs: string[];
  replaces: string | null;
  record: unknown;
  reason: string | null;
  updated_at: Date;
};

export async function listDelegates(
  db: DataSource,
  congressId: string,
  filter: { collegeId?: string; status?: string } = {},
): Promise<DelegateView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM congress_delegates WHERE congress_id = $1 AND ($2::text IS NULL OR college_id = $2) AND ($3::text IS NULL OR status = $3)
      ORDER BY college_id, student_id`,
    [congressId, filter.collegeId ?? null, filter.status ?? null],
  );
  return rows.map((r) => ({
    studentId: r.student_id,
    collegeId: r.college_id,
    branchId: r.branch_id,
    status: r.status,
    officer: r.officer,
    grade: r.grade,
    clubs: r.clubs,
    replaces: r.replaces,
    record: r.record,
    reason: r.reason,
    updatedAt: r.updated_at.toISOString(),
  }));
}
