import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationDirectory1732400100000 implements MigrationInterface {
  name = 'OrganisationDirectory1732400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation_directory (
        organisation_id text PRIMARY KEY,
        kind            text NOT NULL,
        name            text NOT NULL,
        parent_id       text,
        policy          jsonb,
        policy_changes  int NOT NULL DEFAULT 0,
        registered_at   timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        last_revision   bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX organisation_directory_parent ON organisation_directory (parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_directory`);
  }
}
