import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 12: each matter submitted for prior approval, where its chain stands, and every decision on it. */
export class Matters1732401700000 implements MigrationInterface {
  name = 'Matters1732401700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approval_matters (
        matter_id        text PRIMARY KEY,
        organisation_id  text NOT NULL,
        school_union_id  text NOT NULL,
        matter_type      text NOT NULL,
        activity         boolean NOT NULL,
        title            text NOT NULL,
        summary          text NOT NULL,
        status           text NOT NULL,
        step             integer NOT NULL,
        chain            jsonb NOT NULL,
        awaiting_body    text,
        escalated_to     text,
        due_by           date,
        policy_revision  text NOT NULL,
        documents        jsonb NOT NULL,
        decisions        jsonb NOT NULL DEFAULT '[]',
        submitted_at     timestamptz NOT NULL,
        approved_at      timestamptz,
        held_on          date,
        updated_at       timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX approval_matters_union ON approval_matters (organisation_id, submitted_at)`);
    await q.query(
      `CREATE INDEX approval_matters_awaiting ON approval_matters (awaiting_body, due_by) WHERE status = 'in-review'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approval_matters`);
  }
}
