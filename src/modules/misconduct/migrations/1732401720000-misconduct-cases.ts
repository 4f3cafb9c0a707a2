import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 21: misconduct cases, confidential (read through the queries that hold a reader to the parties and the committee). */
export class MisconductCases1732401720000 implements MigrationInterface {
  name = 'MisconductCases1732401720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE misconduct_cases (
        case_id          text PRIMARY KEY,
        organisation_id  text NOT NULL,
        staff_id         text NOT NULL,
        post             text NOT NULL,
        facts            text NOT NULL,
        reporter_id      text NOT NULL,
        conflicted       jsonb NOT NULL,
        status           text NOT NULL,
        findings         text,
        statement        text,
        outcome          text,
        reasons          jsonb NOT NULL DEFAULT '[]',
        referred_to      text,
        appeal           jsonb,
        reported_at      timestamptz NOT NULL,
        decided_at       timestamptz,
        updated_at       timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE misconduct_cases`);
  }
}
