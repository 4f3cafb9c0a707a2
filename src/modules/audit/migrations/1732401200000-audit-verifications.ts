import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verifications an auditor started through the API (issue 13 item 5): progress while one runs, its report once
 * done. Operational records, not facts of the union: no event is written, and nothing is rebuilt from the log.
 */
export class AuditVerifications1732401200000 implements MigrationInterface {
  name = 'AuditVerifications1732401200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_verifications (
        verification_id uuid PRIMARY KEY,
        requested_by    text NOT NULL,
        requested_role  text NOT NULL,
        status          text NOT NULL CHECK (status IN ('running', 'passed', 'failed', 'stopped')),
        phase           text NOT NULL CHECK (phase IN ('chains', 'ledger', 'done')),
        head_position   text,
        events_checked  bigint NOT NULL DEFAULT 0,
        blocks_checked  int NOT NULL DEFAULT 0,
        started_at      timestamptz NOT NULL DEFAULT now(),
        heartbeat_at    timestamptz NOT NULL DEFAULT now(),
        finished_at     timestamptz,
        duration_ms     int,
        report          jsonb,
        error           text
      )`);
    await q.query(`CREATE INDEX audit_verifications_started ON audit_verifications (started_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_verifications`);
  }
}
