import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 19-20, 述职评议办法: each union's semester reviews, their reviewees' results, and every sheet and recusal. */
export class StaffReviews1732401400000 implements MigrationInterface {
  name = 'StaffReviews1732401400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_reviews (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        status          text NOT NULL,
        semester_ends   date NOT NULL,
        rules           jsonb NOT NULL,
        opened_on       date NOT NULL,
        published_on    date,
        appeal_by       date,
        updated_at      timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, semester)
      )`);
    await q.query(`
      CREATE TABLE staff_review_reviewees (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        reviewee_id     text NOT NULL,
        post            jsonb NOT NULL,
        result          jsonb,
        appeal          jsonb,
        decision        jsonb,
        PRIMARY KEY (organisation_id, semester, reviewee_id)
      )`);
    await q.query(`
      CREATE TABLE staff_review_panellists (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        stage           text NOT NULL,
        hears           text NOT NULL,
        panellist_id    text NOT NULL,
        body            text NOT NULL,
        appointed_at    timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, semester, stage, hears, panellist_id)
      )`);
    await q.query(`
      CREATE TABLE staff_review_sheets (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        stage           text NOT NULL,
        reviewee_id     text NOT NULL,
        panellist_id    text NOT NULL,
        status          text NOT NULL,
        conflict        text,
        sheet           jsonb,
        at              timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, semester, stage, reviewee_id, panellist_id)
      )`);
    await q.query(`CREATE TABLE staff_review_shortfalls (
        organisation_id text NOT NULL,
        semester        text NOT NULL,
        stage           text NOT NULL,
        reviewee_id     text NOT NULL,
        rule            text NOT NULL,
        detail          text NOT NULL,
        PRIMARY KEY (organisation_id, semester, stage, reviewee_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE staff_review_shortfalls, staff_review_sheets, staff_review_panellists, staff_review_reviewees, staff_reviews`,
    );
  }
}
