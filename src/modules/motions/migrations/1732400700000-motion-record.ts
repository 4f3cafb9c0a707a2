import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The motions of each congress and how they were decided (issue 10). */
export class MotionRecord1732400700000 implements MigrationInterface {
  name = 'MotionRecord1732400700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE motions (
        motion_id        text PRIMARY KEY,
        congress_id      text NOT NULL,
        organisation_id  text NOT NULL,
        kind             text NOT NULL,
        title            text NOT NULL,
        text             text NOT NULL,
        mode             text NOT NULL,
        rule             jsonb NOT NULL,
        policy_changes   jsonb,
        status           text NOT NULL,
        sitting_id       text,
        roll_size        int,
        elected          int,
        named_votes      jsonb NOT NULL DEFAULT '[]',
        tally            jsonb,
        outcome          jsonb,
        failures         jsonb NOT NULL DEFAULT '[]',
        put_at           timestamptz NOT NULL,
        decided_at       timestamptz
      )`);
    await q.query(`CREATE INDEX motions_congress ON motions (congress_id, put_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE motions`);
  }
}
