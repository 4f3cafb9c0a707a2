import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the reporting read models (seats and composition, attendance per sitting, election progress). */
export class ReportReadModels1732401614000 implements MigrationInterface {
  name = 'ReportReadModels1732401614000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_congress (
        congress_id       text PRIMARY KEY,
        organisation_id   text NOT NULL,
        number            int NOT NULL,
        year              int NOT NULL,
        target_seats      int NOT NULL,
        total_students    int NOT NULL,
        quorum_num        int NOT NULL,
        quorum_den        int NOT NULL,
        non_officer_num   int NOT NULL,
        non_officer_den   int NOT NULL,
        extraordinary     boolean NOT NULL,
        convened_at       timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_congress_by_org ON report_congress (organisation_id, year)`);
    await q.query(`
      CREATE TABLE report_congress_college (
        congress_id text NOT NULL,
        college_id  text NOT NULL,
        students    int NOT NULL,
        minimum     int NOT NULL,
        quota       int NOT NULL,
        PRIMARY KEY (congress_id, college_id)
      )`);
    await q.query(`
      CREATE TABLE report_congress_delegate (
        congress_id text NOT NULL,
        student_id  text NOT NULL,
        college_id  text NOT NULL,
        officer     boolean NOT NULL,
        grade       text NOT NULL,
        status      text NOT NULL,
        PRIMARY KEY (congress_id, student_id)
      )`);
    await q.query(`
      CREATE TABLE report_sitting (
        sitting_id         text PRIMARY KEY,
        congress_id        text NOT NULL,
        organisation_id    text NOT NULL,
        title              text NOT NULL,
        status             text NOT NULL,
        roll_size          int NOT NULL,
        required           int NOT NULL,
        present            int NOT NULL,
        peak_present       int NOT NULL,
        quorate            boolean NOT NULL,
        check_ins          int NOT NULL,
        check_outs         int NOT NULL,
        quorum_lost        int NOT NULL,
        opened_at          timestamptz NOT NULL,
        quorum_reached_at  timestamptz,
        business_opened_at timestamptz,
        closed_at          timestamptz
      )`);
    await q.query(`CREATE INDEX report_sitting_by_congress ON report_sitting (congress_id, opened_at)`);
    await q.query(`
      CREATE TABLE report_election (
        election_id      text PRIMARY KEY,
        organisation_id  text NOT NULL,
        congress_id      text NOT NULL,
        seats            int NOT NULL,
        candidates       int NOT NULL,
        status           text NOT NULL,
        elected          jsonb NOT NULL,
        set_up_at        timestamptz NOT NULL,
        completed_at     timestamptz,
        announced_at     timestamptz,
        approved_at      timestamptz,
        returns          int NOT NULL,
        resubmitted_at   timestamptz,
        filed_at         timestamptz,
        filing_reference text
      )`);
    await q.query(`CREATE INDEX report_election_by_congress ON report_election (congress_id)`);
    await q.query(`
      CREATE TABLE report_election_round (
        election_id  text NOT NULL,
        round_number int NOT NULL,
        kind         text NOT NULL,
        roll_size    int NOT NULL,
        issued       int NOT NULL,
        returned     int NOT NULL,
        received     int NOT NULL,
        valid        int NOT NULL,
        invalid      int NOT NULL,
        outcome      text NOT NULL,
        standings    jsonb NOT NULL,
        opened_at    timestamptz NOT NULL,
        closed_at    timestamptz,
        PRIMARY KEY (election_id, round_number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'report_election_round',
      'report_election',
      'report_sitting',
      'report_congress_delegate',
      'report_congress_college',
      'report_congress',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
