import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ledger blocks over the global order: a Merkle root per block of events, chained and signed. */
export class AuditLedger1732400000002 implements MigrationInterface {
  name = 'AuditLedger1732400000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_ledger_blocks (
        block_no        int PRIMARY KEY,
        status          text NOT NULL CHECK (status IN ('open', 'sealed')),
        event_count     int NOT NULL,
        first_position  text,
        last_position   text,
        prev_block_hash text NOT NULL,
        merkle_root     text,
        block_hash      text,
        signature       text,
        sealed_at       timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX audit_ledger_one_open_block ON audit_ledger_blocks ((true)) WHERE status = 'open'`,
    );
    await q.query(`
      CREATE TABLE audit_ledger_leaves (
        block_no   int NOT NULL,
        leaf_index int NOT NULL,
        event_id   uuid NOT NULL UNIQUE,
        position   text NOT NULL,
        leaf_hash  text NOT NULL,
        PRIMARY KEY (block_no, leaf_index)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_ledger_leaves, audit_ledger_blocks`);
  }
}
