import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: each college union's semester assessment with its rectifications (Art. 17 (5)). */
export class CollegeAssessmentsReport1732401614002 implements MigrationInterface {
  name = 'CollegeAssessmentsReport1732401614002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_college_assessment (
        organisation_id        text NOT NULL,
        school_union_id        text NOT NULL,
        semester               text NOT NULL,
        reported_on            text NOT NULL,
        report_late            boolean NOT NULL,
        rounds                 int NOT NULL,
        last_outcome           text,
        rectify_by             text,
        rectification_reported boolean NOT NULL,
        rectifications_late    int NOT NULL,
        PRIMARY KEY (organisation_id, semester)
      )`);
    await q.query(
      `CREATE INDEX report_college_assessment_by_school ON report_college_assessment (school_union_id, semester)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_college_assessment`);
  }
}
