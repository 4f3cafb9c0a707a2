import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 17 (1): each college union's presidium filing with the school union, and its acknowledgement. */
export class CollegePresidiumFilings1732400900001 implements MigrationInterface {
  name = 'CollegePresidiumFilings1732400900001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_college_filings (
        organisation_id  text PRIMARY KEY,
        school_union_id  text NOT NULL,
        member_ids       jsonb NOT NULL,
        elected_on       date NOT NULL,
        reference        text NOT NULL,
        filed_at         timestamptz NOT NULL,
        acknowledged_at  timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_college_filings`);
  }
}
