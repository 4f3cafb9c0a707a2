import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 8, a congress a year: whether a congress was extraordinary, and why (issue 10 item 9). */
export class AnnualCongress1732400800000 implements MigrationInterface {
  name = 'AnnualCongress1732400800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE congresses ADD COLUMN extraordinary boolean NOT NULL DEFAULT false, ADD COLUMN extraordinary_reason text`,
    );
    await q.query(`CREATE INDEX congresses_by_year ON congresses (organisation_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX congresses_by_year`);
    await q.query(`ALTER TABLE congresses DROP COLUMN extraordinary, DROP COLUMN extraordinary_reason`);
  }
}
