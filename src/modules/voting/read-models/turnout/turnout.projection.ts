import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { ElectionEvent } from '../../domain/election.events.js';

/**
 * The roll of each round: who was issued a ballot and who returned one (architecture.md "Ballot secrecy": the roll
 * is visible to supervisors). No times are kept here, and nothing of what anyone voted. Electronic returns arrive
 * only with the close, as one batch.
 */
export const TURNOUT_READ_MODEL = 'voting.turnout';

export const turnoutProjection: Projection = {
  name: TURNOUT_READ_MODEL,
  handles: ['RoundOpened', 'BallotIssued', 'BallotReturned'],
  tables: ['election_turnout'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('election-')) return;
    const event = { type: recorded.type, data: recorded.data } as Extract<
      ElectionEvent,
      { type: 'RoundOpened' | 'BallotIssued' | 'BallotReturned' }
    >;
    const { electionId, roundNumber } = event.data;
    if (event.type === 'RoundOpened') {
      await m.query(
        `INSERT INTO election_turnout (election_id, round_number, delegate_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
        [electionId, roundNumber, event.data.roll],
      );
      return;
    }
    const column = event.type === 'BallotIssued' ? 'issued' : 'returned';
    await m.query(
      `INSERT INTO election_turnout (election_id, round_number, delegate_id, ${column}) VALUES ($1, $2, $3, true)
       ON CONFLICT (election_id, round_number, delegate_id) DO UPDATE SET ${column} = true`,
      [electionId, roundNumber, event.data.delegateId],
    );
  },
};
