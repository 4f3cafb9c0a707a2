import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: staff in post per union (presidium and departments), to hold against the charter's caps. */
export class StaffPostsReport1732401614001 implements MigrationInterface {
  name = 'StaffPostsReport1732401614001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_staff_post (
        organisation_id text NOT NULL,
        student_id      text NOT NULL,
        post_kind       text NOT NULL,
        department_id   text,
        role            text,
        since           timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, student_id)
      )`);
    await q.query(`
      CREATE TABLE report_staff_department (
        organisation_id text NOT NULL,
        department_id   text NOT NULL,
        name            text NOT NULL,
        dissolved       boolean NOT NULL,
        PRIMARY KEY (organisation_id, department_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_staff_department`);
    await q.query(`DROP TABLE report_staff_post`);
  }
}
