import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * student_identities is write-side state, not a read model: it finds a student by the HMAC of their number and
 * holds their wrapped data key until erasure (never rebuilt, never truncated). student_roster is the read model.
 */
export class StudentRegistry1732400400000 implements MigrationInterface {
  name = 'StudentRegistry1732400400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE student_identities (
        student_id  uuid PRIMARY KEY,
        number_hmac text UNIQUE,
        wrapped_key bytea,
        created_at  timestamptz NOT NULL DEFAULT now(),
        erased_at   timestamptz,
        CONSTRAINT student_identities_erased CHECK (
          (erased_at IS NULL AND number_hmac IS NOT NULL AND wrapped_key IS NOT NULL)
          OR (erased_at IS NOT NULL AND number_hmac IS NULL AND wrapped_key IS NULL))
      )`);
    await q.query(`
      CREATE TABLE student_roster (
        student_id       uuid PRIMARY KEY,
        student_number   text,
        name             text,
        college_id       text NOT NULL,
        major            text,
        grade            int,
        class_id         text,
        clubs            jsonb NOT NULL DEFAULT '[]',
        political_status text,
        rank_percentile  int,
        failed_courses   int,
        officer          boolean,
        status           text NOT NULL CHECK (status IN ('enrolled', 'left', 'erased')),
        enrolled_at      timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        last_revision    bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX student_roster_college_status ON student_roster (college_id, status, grade)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE student_roster`);
    await q.query(`DROP TABLE student_identities`);
  }
}
