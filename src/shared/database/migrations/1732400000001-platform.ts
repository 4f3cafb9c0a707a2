import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform's own tables: projection checkpoints and the idempotency record of command requests. */
export class Platform1732400000001 implements MigrationInterface {
  name = 'Platform1732400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_checkpoints (
        name           text PRIMARY KEY,
        position       text,
        status         text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'faulted')),
        events_applied bigint NOT NULL DEFAULT 0,
        failed_event_id uuid,
        error          text,
        rebuilt_at     timestamptz,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE http_idempotency (
        actor_id     text NOT NULL,
        key          text NOT NULL,
        request_hash text NOT NULL,
        status_code  int,
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE http_idempotency`);
    await q.query(`DROP TABLE projection_checkpoints`);
  }
}
