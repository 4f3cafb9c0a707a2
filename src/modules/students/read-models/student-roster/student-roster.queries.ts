import type { DataSource } from 'typeorm';
import { type RosterStatus, StudentRosterEntry } from './student-roster.entity.js';

export type StudentView = Readonly<{
  studentId: string;
  studentNumber: string | null;
  name: string | null;
  collegeId: string;
  major: string | null;
  grade: number | null;
  classId: string | null;
  clubs: readonly string[];
  politicalStatus: string | null;
  rankPercentile: number | null;
  failedCourses: number | null;
  officer: boolean | null;
  status: RosterStatus;
  enrolledAt: string;
  updatedAt: string;
}>;

export type StudentPage = Readonly<{ items: StudentView[]; total: number; limit: number; offset: number }>;

export type StudentFilter = Readonly<{
  collegeId?: string;
  status?: RosterStatus;
  grade?: number;
  limit: number;
  offset: number;
}>;

function toView(row: StudentRosterEntry): StudentView {
  const { lastRevision: _revision, enrolledAt, updatedAt, ...fields } = row;
  return { ...fields, enrolledAt: enrolledAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

export async function listStudents(db: DataSource, filter: StudentFilter): Promise<StudentPage> {
  const where = {
    ...(filter.collegeId ? { collegeId: filter.collegeId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.grade ? { grade: filter.grade } : {}),
  };
  const [rows, total] = await db.getRepository(StudentRosterEntry).findAndCount({
    where,
    order: { collegeId: 'ASC', grade: 'ASC', classId: 'ASC', studentNumber: 'ASC', studentId: 'ASC' },
    take: filter.limit,
    skip: filter.offset,
  });
  return { items: rows.map(toView), total, limit: filter.limit, offset: filter.offset };
}

export async function findStudent(db: DataSource, studentId: string): Promise<StudentView | undefined> {
  const row = await db.getRepository(StudentRosterEntry).findOneBy({ studentId });
  return row ? toView(row) : undefined;
}

/** Enrolled students of these colleges: who a roll of that scope should list. */
export async function enrolledStudentIds(db: DataSource, collegeIds: readonly string[]): Promise<string[]> {
  const rows: Array<{ student_id: string }> = await db.query(
    `SELECT student_id FROM student_roster WHERE status = 'enrolled' AND college_id = ANY($1::text[])`,
    [collegeIds],
  );
  return rows.map((r) => r.student_id);
}

export type EnrolmentCount = Readonly<{ collegeId: string; grade: number; students: number; officers: number }>;

/** Members per college and grade, and how many hold a union post: what delegate quotas are computed from. */
export async function countEnrolledStudents(db: DataSource): Promise<EnrolmentCount[]> {
  const rows: Array<{ college_id: string; grade: number; students: string; officers: string }> = await db.query(
    `SELECT college_id, grade, count(*) AS students, count(*) FILTER (WHERE officer) AS officers
       FROM student_roster WHERE status = 'enrolled' GROUP BY college_id, grade ORDER BY college_id, grade`,
  );
  return rows.map((r) => ({
    collegeId: r.college_id,
    grade: r.grade,
    students: Number(r.students),
    officers: Number(r.officers),
  }));
}
