import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The proposal register (issue 10): every proposal of a congress, and each assignment to a handling unit. */
export class ProposalRegister1732400600000 implements MigrationInterface {
  name = 'ProposalRegister1732400600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_windows (
        congress_id     text PRIMARY KEY,
        organisation_id text NOT NULL,
        status          text NOT NULL,
        policy          jsonb NOT NULL,
        committee       jsonb NOT NULL,
        opened_at       timestamptz NOT NULL,
        closed_at       timestamptz
      )`);
    await q.query(`
      CREATE TABLE proposals (
        congress_id       text NOT NULL,
        proposal_id       text NOT NULL,
        number            int,
        title             text NOT NULL,
        body              text NOT NULL,
        category          text NOT NULL,
        filer_id          text NOT NULL,
        co_signer_ids     jsonb NOT NULL,
        confirmed_ids     jsonb NOT NULL,
        declined_ids      jsonb NOT NULL,
        suggested_unit_id text,
        stage             text NOT NULL,
        merged_into       text,
        merged_from       jsonb NOT NULL,
        screening         jsonb,
        withdrawal        jsonb,
        submitted_at      timestamptz NOT NULL,
        filed_at          timestamptz,
        updated_at        timestamptz NOT NULL,
        PRIMARY KEY (congress_id, proposal_id)
      )`);
    await q.query(`CREATE INDEX proposals_filer ON proposals (filer_id)`);
    await q.query(`
      CREATE TABLE proposal_assignments (
        congress_id     text NOT NULL,
        proposal_id     text NOT NULL,
        unit_id         text NOT NULL,
        assigned_at     timestamptz NOT NULL,
        since           timestamptz NOT NULL,
        due_on          date NOT NULL,
        status          text NOT NULL,
        answer          jsonb,
        published_at    timestamptz,
        days_to_answer  int,
        late            boolean,
        reopened        boolean NOT NULL DEFAULT false,
        answers         jsonb NOT NULL DEFAULT '[]',
        ratings         jsonb NOT NULL DEFAULT '[]',
        questions       jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (congress_id, proposal_id, unit_id)
      )`);
    await q.query(`CREATE INDEX proposal_assignments_unit ON proposal_assignments (unit_id, status, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_assignments`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE proposal_windows`);
  }
}
