import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each college's exact share as a fraction of its own round, why it has its seats and in which round it was
 * settled: the notice's rule shares seats over the colleges left after the ones below the minimum.
 */
export class CongressAllocationBasis1732400200001 implements MigrationInterface {
  name = 'CongressAllocationBasis1732400200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE congress_allocation
        ADD COLUMN share_denominator bigint,
        ADD COLUMN basis text NOT NULL DEFAULT 'minimum-plus-share',
        ADD COLUMN round int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE congresses ADD COLUMN enrolment_read_at text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE congresses DROP COLUMN enrolment_read_at`);
    await q.query(
      `ALTER TABLE congress_allocation DROP COLUMN share_denominator, DROP COLUMN basis, DROP COLUMN round`,
    );
  }
}
