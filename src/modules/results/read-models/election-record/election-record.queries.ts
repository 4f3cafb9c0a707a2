import type { DataSource } from 'typeorm';

export type RoundView = Readonly<{
  roundNumber: number;
  kind: string;
  seats: number;
  candidates: unknown;
  electedDelegates: number;
  presentWithVote: number;
  status: string;
  issued: number;
  returned: number;
  received: number | null;
  validBallots: number | null;
  invalidBallots: number | null;
  tally: unknown;
  outcome: unknown[];
  openedAt: string;
  closedAt: string | null;
}>;

export type ElectionView = Readonly<{
  electionId: string;
  organisationId: string;
  congressId: string;
  status: string;
  seats: number;
  candidates: unknown;
  scrutineers: unknown;
  tellers: unknown;
  elected: unknown;
  quorumFailures: unknown;
  seatReductions: unknown;
  resultStatus: string;
  resultChain: unknown;
  rounds: RoundView[];
}>;

/** The election, its rounds and its result chain; undefined before it is set up. */
export async function findElection(db: DataSource, electionId: string): Promise<ElectionView | undefined> {
  const [e] = await db.query(`SELECT * FROM election_results WHERE election_id = $1`, [electionId]);
  if (!e) return undefined;
  const rounds: Array<Record<string, never>> = await db.query(
    `SELECT * FROM election_rounds WHERE election_id = $1 ORDER BY round_number`,
    [electionId],
  );
  return {
    electionId: e.election_id,
    organisationId: e.organisation_id,
    congressId: e.congress_id,
    status: e.status,
    seats: e.seats,
    candidates: e.candidates,
    scrutineers: e.scrutineers,
    tellers: e.tellers,
    elected: e.elected,
    quorumFailures: e.quorum_failures,
    seatReductions: e.seat_reductions,
    resultStatus: e.result_status,
    resultChain: e.result_chain,
    rounds: rounds.map((r) => ({
      roundNumber: r.round_number,
      kind: r.kind,
      seats: r.seats,
      candidates: r.candidates,
      electedDelegates: r.elected_delegates,
      presentWithVote: r.present_with_vote,
      status: r.status,
      issued: r.issued,
      returned: r.returned,
      received: r.received,
      validBallots: r.valid_ballots,
      invalidBallots: r.invalid_ballots,
      tally: r.tally,
      outcome: r.outcome,
      openedAt: (r.opened_at as Date).toISOString(),
      closedAt: (r.closed_at as Date | null)?.toISOString() ?? null,
    })),
  };
}
