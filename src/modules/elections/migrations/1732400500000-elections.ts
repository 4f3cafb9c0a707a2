import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The elections module's tables. Two kinds:
 * - the ballot box (write-side state, never a read model, never rebuilt): boxes, credentials, credential holders and
 *   the sealed ballots. By design none of them has a timestamp, a sequence or a voter next to a ballot; the sealed
 *   table holds ciphertext under a random id, and every row of a round is deleted when the round closes
 *   (docs/elections.md "Secret ballot");
 * - the read models: candidates, results and rounds, turnout, the approval queue.
 */
export class Elections1732400500000 implements MigrationInterface {
  name = 'Elections1732400500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE election_ballot_boxes (
        election_id  text NOT NULL,
        round_number int  NOT NULL,
        status       text NOT NULL CHECK (status IN ('open', 'closed')),
        PRIMARY KEY (election_id, round_number)
      )`);
    // Only the hash of a credential: no delegate, no time. Deleted when used, and all deleted at close.
    await q.query(`
      CREATE TABLE election_ballot_credentials (
        election_id     text NOT NULL,
        round_number    int  NOT NULL,
        credential_hash text NOT NULL,
        PRIMARY KEY (election_id, round_number, credential_hash)
      )`);
    // The roll's side: who collected a credential and whether one of theirs was used. No time, no credential, no ballot.
    await q.query(`
      CREATE TABLE election_ballot_holders (
        election_id  text    NOT NULL,
        round_number int     NOT NULL,
        delegate_id  text    NOT NULL,
        used         boolean NOT NULL DEFAULT false,
        PRIMARY KEY (election_id, round_number, delegate_id)
      )`);
    // The ballot box: a random id and the sealed ballot. No voter, no timestamp, no serial.
    await q.query(`
      CREATE TABLE election_sealed_ballots (
        sealed_id    uuid  PRIMARY KEY,
        election_id  text  NOT NULL,
        round_number int   NOT NULL,
        sealed       bytea NOT NULL
      )`);
    await q.query(`CREATE INDEX election_sealed_ballots_round ON election_sealed_ballots (election_id, round_number)`);

    await q.query(`
      CREATE TABLE election_candidates (
        election_id    text NOT NULL,
        student_id     text NOT NULL,
        name           text NOT NULL,
        college_id     text NOT NULL,
        league_org_id  text NOT NULL,
        resume         text NOT NULL,
        stage          text NOT NULL,
        party_decision jsonb,
        eligibility    jsonb,
        interviews     jsonb NOT NULL DEFAULT '[]',
        confirmation   jsonb,
        recommended_at timestamptz NOT NULL,
        PRIMARY KEY (election_id, student_id)
      )`);
    await q.query(`
      CREATE TABLE election_results (
        election_id       text PRIMARY KEY,
        organisation_id   text NOT NULL,
        congress_id       text NOT NULL,
        status            text NOT NULL,
        seats             int  NOT NULL,
        candidates        jsonb NOT NULL,
        scrutineers       jsonb NOT NULL DEFAULT '[]',
        tellers           jsonb NOT NULL DEFAULT '[]',
        elected           jsonb NOT NULL DEFAULT '[]',
        quorum_failures   jsonb NOT NULL DEFAULT '[]',
        seat_reductions   jsonb NOT NULL DEFAULT '[]',
        result_status     text NOT NULL DEFAULT 'not-announced',
        result_chain      jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`
      CREATE TABLE election_rounds (
        election_id       text NOT NULL,
        round_number      int  NOT NULL,
        kind              text NOT NULL,
        seats             int  NOT NULL,
        candidates        jsonb NOT NULL,
        elected_delegates int  NOT NULL,
        present_with_vote int  NOT NULL,
        status            text NOT NULL,
        issued            int  NOT NULL DEFAULT 0,
        returned          int  NOT NULL DEFAULT 0,
        received          int,
        valid_ballots     int,
        invalid_ballots   int,
        tally             jsonb,
        outcome           jsonb NOT NULL DEFAULT '[]',
        opened_at         timestamptz NOT NULL,
        closed_at         timestamptz,
        PRIMARY KEY (election_id, round_number)
      )`);
    // Who was issued a ballot and who returned one: supervisors see it, what anyone voted is not here.
    await q.query(`
      CREATE TABLE election_turnout (
        election_id  text    NOT NULL,
        round_number int     NOT NULL,
        delegate_id  text    NOT NULL,
        issued       boolean NOT NULL DEFAULT false,
        returned     boolean NOT NULL DEFAULT false,
        PRIMARY KEY (election_id, round_number, delegate_id)
      )`);
    await q.query(`
      CREATE TABLE election_approval_queue (
        item_id       text PRIMARY KEY,
        election_id   text NOT NULL,
        kind          text NOT NULL,
        awaiting_role text NOT NULL,
        scope         text,
        subject       text NOT NULL,
        since         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX election_approval_queue_role ON election_approval_queue (awaiting_role, since)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE election_approval_queue, election_turnout, election_rounds, election_results, election_candidates`,
    );
    await q.query(
      `DROP TABLE election_sealed_ballots, election_ballot_holders, election_ballot_credentials, election_ballot_boxes`,
    );
  }
}
