import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the semester review's published results, appeals and post decisions, for their distribution. */
export class ReviewResultsReport1732401614003 implements MigrationInterface {
  name = 'ReviewResultsReport1732401614003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_review_result (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        reviewee_id     text NOT NULL,
        pass_mark       numeric NOT NULL,
        final           numeric NOT NULL,
        passed          boolean NOT NULL,
        appealed        boolean NOT NULL,
        appeal_outcome  text,
        decision        text,
        PRIMARY KEY (organisation_id, semester, reviewee_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_review_result`);
  }
}
