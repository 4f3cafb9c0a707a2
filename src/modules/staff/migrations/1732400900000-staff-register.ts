import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff register of each union (issue 11 item 1): departments, who holds which post, the chair's terms. */
export class StaffRegister1732400900000 implements MigrationInterface {
  name = 'StaffRegister1732400900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_departments (
        organisation_id text NOT NULL,
        department_id   text NOT NULL,
        name            text NOT NULL,
        dissolved       boolean NOT NULL DEFAULT false,
        created_at      timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, department_id)
      )`);
    await q.query(`
      CREATE TABLE staff_members (
        organisation_id text NOT NULL,
        student_id      text NOT NULL,
        post            text NOT NULL,
        department_id   text,
        role            text,
        checks          jsonb NOT NULL DEFAULT '[]',
        since           timestamptz NOT NULL,
        election_id     text,
        PRIMARY KEY (organisation_id, student_id)
      )`);
    await q.query(`
      CREATE TABLE staff_chair_terms (
        organisation_id text NOT NULL,
        starts_on       date NOT NULL,
        ends_on         date NOT NULL,
        chair_id        text NOT NULL,
        PRIMARY KEY (organisation_id, starts_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_chair_terms`);
    await q.query(`DROP TABLE staff_members`);
    await q.query(`DROP TABLE staff_departments`);
  }
}
