import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CongressReadModels1732400200000 implements MigrationInterface {
  name = 'CongressReadModels1732400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE congresses (
        congress_id           text PRIMARY KEY,
        organisation_id       text NOT NULL,
        number                int NOT NULL,
        year                  int NOT NULL,
        target_seats          int NOT NULL,
        total_students        int NOT NULL,
        minimum_seats         int NOT NULL,
        proportional_seats    int NOT NULL,
        method                text NOT NULL,
        quorum                jsonb NOT NULL,
        non_officer_share_min jsonb NOT NULL,
        main_clubs            jsonb NOT NULL,
        convened_at           timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE congress_allocation (
        congress_id     text NOT NULL,
        college_id      text NOT NULL,
        students        int NOT NULL,
        minimum         int NOT NULL,
        share_numerator bigint NOT NULL,
        proportional    int NOT NULL,
        remainder_seat  int NOT NULL,
        seats           int NOT NULL,
        PRIMARY KEY (congress_id, college_id)
      )`);
    await q.query(`
      CREATE TABLE congress_delegates (
        congress_id   text NOT NULL,
        student_id    text NOT NULL,
        college_id    text NOT NULL,
        branch_id     text NOT NULL,
        status        text NOT NULL,
        officer       boolean NOT NULL,
        grade         text NOT NULL,
        clubs         jsonb NOT NULL,
        replaces      text,
        record        jsonb,
        reason        text,
        updated_at    timestamptz NOT NULL,
        last_revision bigint NOT NULL,
        PRIMARY KEY (congress_id, student_id)
      )`);
    await q.query(`CREATE INDEX congress_delegates_college ON congress_delegates (congress_id, college_id, status)`);
    await q.query(`
      CREATE TABLE sittings (
        sitting_id         text PRIMARY KEY,
        congress_id        text NOT NULL,
        title              text NOT NULL,
        status             text NOT NULL,
        roll_size          int NOT NULL,
        required           int NOT NULL,
        present            int NOT NULL,
        quorate            boolean NOT NULL,
        business_opened_at timestamptz,
        opened_at          timestamptz NOT NULL,
        closed_at          timestamptz,
        last_revision      bigint NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sitting_attendance (
        sitting_id     text NOT NULL,
        delegate_id    text NOT NULL,
        present        boolean NOT NULL,
        checked_in_at  timestamptz,
        checked_out_at timestamptz,
        PRIMARY KEY (sitting_id, delegate_id)
      )`);
    await q.query(`
      CREATE TABLE sitting_quorum_log (
        sitting_id text NOT NULL,
        revision   bigint NOT NULL,
        event      text NOT NULL,
        present    int NOT NULL,
        elected    int NOT NULL,
        required   int NOT NULL,
        at         timestamptz NOT NULL,
        PRIMARY KEY (sitting_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE sitting_quorum_log, sitting_attendance, sittings, congress_delegates, congress_allocation, congresses`,
    );
  }
}
