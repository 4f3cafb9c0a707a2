import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The four election read models were kept by one projection, `elections.record`; each now has its own
 * (nominations.candidates, voting.turnout, results.election-record, results.approval-queue), with its own
 * checkpoint. Their tables are emptied and the old checkpoint dropped, so each new projection builds its table
 * from the start of the log. The ballot box tables are write-side state and stay as they are.
 */
export class OneProjectionPerReadModel1732400500001 implements MigrationInterface {
  name = 'OneProjectionPerReadModel1732400500001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `TRUNCATE election_candidates, election_results, election_rounds, election_turnout, election_approval_queue`,
    );
    await q.query(`DELETE FROM projection_checkpoints WHERE name = 'elections.record'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `TRUNCATE election_candidates, election_results, election_rounds, election_turnout, election_approval_queue`,
    );
    await q.query(
      `DELETE FROM projection_checkpoints WHERE name IN
         ('nominations.candidates', 'voting.turnout', 'results.election-record', 'results.approval-queue')`,
    );
  }
}
