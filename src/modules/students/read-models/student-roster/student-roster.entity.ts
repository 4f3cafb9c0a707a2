import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RosterStatus = 'enrolled' | 'left' | 'erased';

/**
 * One row per student, the personal fields in the clear (decrypted by the projection). An erased student keeps
 * only id, college, grade and status, so counts stay right and nothing identifies them.
 */
@Entity({ name: 'student_roster' })
export class StudentRosterEntry {
  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'student_number', type: 'text', nullable: true })
  studentNumber: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ name: 'college_id', type: 'text' })
  collegeId: string;

  @Column({ type: 'text', nullable: true })
  major: string | null;

  @Column({ type: 'int', nullable: true })
  grade: number | null;

  @Column({ name: 'class_id', type: 'text', nullable: true })
  classId: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  clubs: string[];

  @Column({ name: 'political_status', type: 'text', nullable: true })
  politicalStatus: string | null;

  @Column({ name: 'rank_percentile', type: 'int', nullable: true })
  rankPercentile: number | null;

  @Column({ name: 'failed_courses', type: 'int', nullable: true })
  failedCourses: number | null;

  @Column({ type: 'boolean', nullable: true })
  officer: boolean | null;

  @Column({ type: 'text' })
  status: RosterStatus;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** the stream revision last applied: replaying an event already seen changes nothing */
  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision: string;
}
