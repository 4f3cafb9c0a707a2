import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an Idempotency-Key was last claimed by a request still running: a claim whose server died with it is taken
 * over once it is older than IDEMPOTENCY_CLAIM_TIMEOUT_MS (issue 16, crash recovery).
 */
export class IdempotencyClaims1732401300000 implements MigrationInterface {
  name = 'IdempotencyClaims1732401300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE http_idempotency ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE http_idempotency DROP COLUMN claimed_at`);
  }
}
