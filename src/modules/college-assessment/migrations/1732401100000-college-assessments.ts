import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 17 (5): each college union's semesters: its reports, the assessment rounds, the rectification deadline. */
export class CollegeAssessments1732401100000 implements MigrationInterface {
  name = 'CollegeAssessments1732401100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE college_assessments (
        college_id        text NOT NULL,
        semester          text NOT NULL,
        school_union_id   text NOT NULL,
        semester_starts   date NOT NULL,
        semester_ends     date NOT NULL,
        status            text NOT NULL,
        first_reported_on date NOT NULL,
        reports           jsonb NOT NULL DEFAULT '[]',
        rounds            jsonb NOT NULL DEFAULT '[]',
        rectify_by        date,
        rectified_on      date,
        updated_at        timestamptz NOT NULL,
        PRIMARY KEY (college_id, semester)
      )`);
    await q.query(`CREATE INDEX college_assessments_school ON college_assessments (school_union_id, semester)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE college_assessments`);
  }
}
