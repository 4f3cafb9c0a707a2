import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { ELECTION_RESULT_EVENT_TYPES, type ElectionResultEvent } from '../../domain/election-result.events.js';
import { ELECTION_EVENT_TYPES, type ElectionEvent } from '../../../voting/index.js';

type Q = EntityManager;
const json = (value: unknown) => JSON.stringify(value);
const election = (m: Q, id: string, assignments: string, values: unknown[] = []) =>
  m.query(`UPDATE election_results SET ${assignments} WHERE election_id = $1`, [id, ...values]);
const round = (m: Q, id: string, n: number, assignments: string, values: unknown[] = []) =>
  m.query(`UPDATE election_rounds SET ${assignments} WHERE election_id = $1 AND round_number = $2`, [id, n, ...values]);
const outcome = (m: Q, id: string, n: number, entry: object) =>
  round(m, id, n, `outcome = outcome || $3::jsonb`, [json([entry])]);

/**
 * The election as the minutes tell it: set-up, officers, each round's roll size, counts and tally (never the ballots
 * themselves), the outcome and its arithmetic, the elected, and the result chain. Issued/returned are counts here;
 * who is in the turnout read model.
 */
async function applyElection(event: ElectionEvent, m: Q): Promise<void> {
  const id = event.data.electionId;
  switch (event.type) {
    case 'ElectionSetUp': {
      const d = event.data;
      await m.query(
        `INSERT INTO election_results (election_id, organisation_id, congress_id, status, seats, candidates) VALUES ($1, $2, $3, 'awaiting-round', $4, $5) ON CONFLICT DO NOTHING`,
        [id, d.organisationId, d.congressId, d.seats, json(d.candidates)],
      );
      return;
    }
    case 'ScrutineerAppointed':
    case 'TellerAppointed': {
      const column = event.type === 'ScrutineerAppointed' ? 'scrutineers' : 'tellers';
      await election(m, id, `${column} = ${column} || $2::jsonb`, [
        json([{ personId: event.data.personId, name: event.data.name }]),
      ]);
      return;
    }
    case 'QuorumNotReached':
      await election(m, id, `quorum_failures = quorum_failures || $2::jsonb`, [json([event.data])]);
      return;
    case 'RoundOpened': {
      const d = event.data;
      await m.query(
        `INSERT INTO election_rounds (election_id, round_number, kind, seats, candidates, elected_delegates, present_with_vote, status, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'voting', $8) ON CONFLICT DO NOTHING`,
        [id, d.roundNumber, d.kind, d.seats, json(d.candidates), d.electedDelegates, d.roll.length, d.openedAt],
      );
      await election(m, id, `status = 'voting'`);
      return;
    }
    case 'BallotIssued':
      await round(m, id, event.data.roundNumber, 'issued = issued + 1');
      return;
    case 'BallotReturned':
      await round(m, id, event.data.roundNumber, 'returned = returned + 1');
      return;
    case 'RoundClosed':
      await round(m, id, event.data.roundNumber, `status = 'counting', received = $3, closed_at = $4`, [
        event.data.received,
        event.data.closedAt,
      ]);
      return;
    case 'RoundVoided':
      await round(m, id, event.data.roundNumber, `status = 'void', outcome = outcome || $3::jsonb`, [
        json([{ type: 'RoundVoided', reasons: event.data.reasons }]),
      ]);
      await election(m, id, `status = 'awaiting-round'`);
      return;
    case 'BallotsCounted': {
      const { tally } = event.data;
      await round(
        m,
        id,
        event.data.roundNumber,
        `status = 'counted', valid_ballots = $3, invalid_ballots = $4, tally = $5`,
        [tally.validBallots, tally.invalidBallots, json(tally)],
      );
      return;
    }
    case 'CandidatesElected':
      await outcome(m, id, event.data.roundNumber, {
        type: 'CandidatesElected',
        elected: event.data.elected,
        rule: event.data.rule,
        arithmetic: event.data.arithmetic,
      });
      await election(m, id, `elected = elected || $2::jsonb`, [
        json(event.data.elected.map(({ personId, name }) => ({ personId, name }))),
      ]);
      return;
    case 'TieAtCutOff':
    case 'SeatsUnfilled': {
      const { electionId: _e, roundNumber, ...rest } = event.data;
      await outcome(m, id, roundNumber, { type: event.type, ...rest });
      await election(m, id, `status = 'awaiting-round'`);
      return;
    }
    case 'SeatsReduced':
      await election(m, id, `seats = $2, seat_reductions = seat_reductions || $3::jsonb`, [
        event.data.seatsAfter,
        json([event.data]),
      ]);
      return;
    case 'ElectionCompleted':
      await election(m, id, `status = 'completed', seats = $2, elected = $3`, [
        event.data.seats,
        json(event.data.elected),
      ]);
      return;
  }
}

const RESULT_STATUS: Record<ElectionResultEvent['type'], string> = {
  ResultAnnounced: 'awaiting-approval',
  ResultApproved: 'approved',
  ResultReturned: 'returned',
  ResultResubmitted: 'awaiting-approval',
  ResultFiled: 'filed',
};

export const ELECTION_RECORD_READ_MODEL = 'results.election-record';

export const electionRecordProjection: Projection = {
  name: ELECTION_RECORD_READ_MODEL,
  handles: [...ELECTION_EVENT_TYPES, ...ELECTION_RESULT_EVENT_TYPES],
  tables: ['election_results', 'election_rounds'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (recorded.stream.startsWith('election-'))
      return applyElection({ type: recorded.type, data: recorded.data } as ElectionEvent, m);
    if (!recorded.stream.startsWith('result-')) return;
    const event = { type: recorded.type, data: recorded.data } as ElectionResultEvent;
    const { electionId, ...step } = event.data;
    await election(m, electionId, `result_status = $2, result_chain = result_chain || $3::jsonb`, [
      RESULT_STATUS[event.type],
      json([{ type: event.type, ...step }]),
    ]);
  },
};
