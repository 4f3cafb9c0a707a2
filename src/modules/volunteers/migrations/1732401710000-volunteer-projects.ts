import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 13: volunteer projects of approved activities, and each student's place and hours in one. */
export class VolunteerProjects1732401710000 implements MigrationInterface {
  name = 'VolunteerProjects1732401710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteer_projects (
        project_id      text PRIMARY KEY,
        organisation_id text NOT NULL,
        matter_id       text NOT NULL,
        title           text NOT NULL,
        lead_id         text NOT NULL,
        roles           jsonb NOT NULL,
        status          text NOT NULL,
        opened_at       timestamptz NOT NULL,
        closed_at       timestamptz
      )`);
    await q.query(`CREATE INDEX volunteer_projects_union ON volunteer_projects (organisation_id, opened_at)`);
    await q.query(`
      CREATE TABLE volunteer_members (
        project_id  text NOT NULL,
        student_id  text NOT NULL,
        role        text NOT NULL,
        status      text NOT NULL,
        minutes     integer NOT NULL DEFAULT 0,
        updated_at  timestamptz NOT NULL,
        PRIMARY KEY (project_id, student_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE volunteer_members`);
    await q.query(`DROP TABLE volunteer_projects`);
  }
}
