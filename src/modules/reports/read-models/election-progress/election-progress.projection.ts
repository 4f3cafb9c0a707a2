import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

export const ELECTION_PROGRESS = 'reports.election-progress';

type Person = { personId: string; name: string };
type Standing = { personId: string; name: string; votes: number };

/** Data of the voting and results modules' events, as far as this report reads them. */
type Data = {
  electionId: string;
  organisationId: string;
  congressId: string;
  seats: number;
  candidates: Person[];
  setUpAt: string;
  roundNumber: number;
  kind: string;
  roll: string[];
  openedAt: string;
  issued: number;
  returned: number;
  received: number;
  closedAt: string;
  voidedAt: string;
  tally: { validBallots: number; invalidBallots: number; ballotsReceived: number };
  arithmetic: { standings: Standing[] };
  elected: Person[];
  completedAt: string;
  announcedAt: string;
  approvedAt: string;
  returnedAt: string;
  resubmittedAt: string;
  filedAt: string;
  reference: string;
};

/**
 * Per election: turnout per round (roll, issued, returned, received), valid and invalid ballots, the standings of
 * each round, who was elected, and the approval chain (announced, approved by the party committee, returned and
 * resubmitted, filed with the federation) with the time of each step. Ballots are counted, never linked to voters.
 */
export const electionProgressProjection: Projection = {
  name: ELECTION_PROGRESS,
  handles: [
    'ElectionSetUp',
    'RoundOpened',
    'BallotIssued',
    'BallotReturned',
    'RoundClosed',
    'RoundVoided',
    'BallotsCounted',
    'CandidatesElected',
    'TieAtCutOff',
    'SeatsUnfilled',
    'SeatsReduced',
    'ElectionCompleted',
    'ResultAnnounced',
    'ResultApproved',
    'ResultReturned',
    'ResultResubmitted',
    'ResultFiled',
  ],
  tables: ['report_election', 'report_election_round'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const d = recorded.data as Data;
    const round = [d.electionId, d.roundNumber];
    const election = (sql: string, ...params: unknown[]) =>
      manager.query(`UPDATE report_election SET ${sql} WHERE election_id = $1`, [d.electionId, ...params]);
    const roundUpdate = (sql: string, ...params: unknown[]) =>
      manager.query(`UPDATE report_election_round SET ${sql} WHERE election_id = $1 AND round_number = $2`, [
        ...round,
        ...params,
      ]);
    switch (recorded.type) {
      case 'ElectionSetUp':
        await manager.query(
          `INSERT INTO report_election (election_id, organisation_id, congress_id, seats, candidates, status, elected, set_up_at, returns)
           VALUES ($1, $2, $3, $4, $5, 'set-up', '[]', $6, 0) ON CONFLICT (election_id) DO NOTHING`,
          [d.electionId, d.organisationId, d.congressId, d.seats, d.candidates.length, d.setUpAt],
        );
        return;
      case 'RoundOpened':
        await manager.query(
          `INSERT INTO report_election_round (election_id, round_number, kind, roll_size, issued, returned, received, valid,
             invalid, outcome, standings, opened_at)
           VALUES ($1, $2, $3, $4, 0, 0, 0, 0, 0, 'voting', '[]', $5) ON CONFLICT DO NOTHING`,
          [...round, d.kind, d.roll.length, d.openedAt],
        );
        await election(`status = 'voting'`);
        return;
      case 'BallotIssued':
        await roundUpdate(`issued = issued + 1`);
        return;
      case 'BallotReturned':
        await roundUpdate(`returned = returned + 1`);
        return;
      case 'RoundClosed':
        await roundUpdate(
          `issued = $3, returned = $4, received = $5, outcome = 'closed', closed_at = $6`,
          d.issued,
          d.returned,
          d.received,
          d.closedAt,
        );
        return;
      case 'RoundVoided':
        await roundUpdate(
          `issued = $3, returned = $4, received = $5, outcome = 'void', closed_at = COALESCE(closed_at, $6)`,
          d.issued,
          d.returned,
          d.received,
          d.voidedAt,
        );
        return;
      case 'BallotsCounted':
        await roundUpdate(
          `valid = $3, invalid = $4, received = $5, outcome = 'counted'`,
          d.tally.validBallots,
          d.tally.invalidBallots,
          d.tally.ballotsReceived,
        );
        return;
      case 'CandidatesElected':
        await roundUpdate(`outcome = 'elected', standings = $3`, JSON.stringify(d.arithmetic.standings));
        return;
      case 'TieAtCutOff':
        await roundUpdate(`outcome = 'tie', standings = $3`, JSON.stringify(d.arithmetic.standings));
        return;
      case 'SeatsUnfilled':
        await roundUpdate(`outcome = 'seats-unfilled', standings = $3`, JSON.stringify(d.arithmetic.standings));
        return;
      case 'SeatsReduced':
        await election(`seats = $2`, (recorded.data as { seatsAfter: number }).seatsAfter);
        return;
      case 'ElectionCompleted':
        await election(
          `status = 'completed', elected = $2, completed_at = $3`,
          JSON.stringify(d.elected),
          d.completedAt,
        );
        return;
      case 'ResultAnnounced':
        await election(`status = 'announced', announced_at = $2`, d.announcedAt);
        return;
      case 'ResultApproved':
        await election(`status = 'approved', approved_at = $2`, d.approvedAt);
        return;
      case 'ResultReturned':
        await election(`status = 'returned', returns = returns + 1`);
        return;
      case 'ResultResubmitted':
        await election(`status = 'announced', resubmitted_at = $2`, d.resubmittedAt);
        return;
      case 'ResultFiled':
        await election(`status = 'filed', filed_at = $2, filing_reference = $3`, d.filedAt, d.reference);
        return;
    }
  },
};
