import { describe, it } from '@jest/globals';
import { CANDIDATES, electionEvents } from '../../../../../test/support/election-events.js';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { turnoutProjection } from './turnout.projection.js';
import { electionTurnout } from './turnout.queries.js';

const db = projectionDatabase();
const given = givenProjection(turnoutProjection, db).given;
const { election } = electionEvents('e1');

const opened = (roundNumber: number, roll: string[]) =>
  election('RoundOpened', {
    roundNumber,
    kind: roundNumber === 1 ? 'first' : 'runoff',
    seats: 1,
    candidates: CANDIDATES.slice(0, 2),
    unorderedCharacters: [],
    roll,
    electedDelegates: 5,
    quorum: { numerator: 2, denominator: 3 },
    openedAt: '2026-05-20T09:00:00.000Z',
  });
const issued = (roundNumber: number, delegateId: string) =>
  election('BallotIssued', { roundNumber, delegateId, issuedAt: '2026-05-20T09:01:00.000Z' });
const returned = (roundNumber: number, delegateId: string) =>
  election('BallotReturned', { roundNumber, delegateId, returnedAt: '2026-05-20T09:10:00.000Z' });

describe('turnout projection', () => {
  it('puts the whole roll of a round on record before any ballot is issued', () =>
    given(opened(1, ['d1', 'd2', 'd3'])).then(
      `SELECT round_number, delegate_id, issued, returned FROM election_turnout ORDER BY delegate_id`,
      [
        { round_number: 1, delegate_id: 'd1', issued: false, returned: false },
        { round_number: 1, delegate_id: 'd2', issued: false, returned: false },
        { round_number: 1, delegate_id: 'd3', issued: false, returned: false },
      ],
    ));

  it('tells per round who was issued a ballot, who returned one and who has not', () =>
    given(
      opened(1, ['d1', 'd2', 'd3', 'd4']),
      issued(1, 'd3'),
      issued(1, 'd1'),
      issued(1, 'd2'),
      returned(1, 'd1'),
      returned(1, 'd3'),
      opened(2, ['d1', 'd2']),
      issued(2, 'd2'),
    ).thenQuery(
      (ds) => electionTurnout(ds, 'e1'),
      [
        {
          roundNumber: 1,
          onRoll: 4,
          issued: 3,
          returned: 2,
          issuedTo: ['d1', 'd2', 'd3'],
          returnedBy: ['d1', 'd3'],
          notReturned: ['d2'],
        },
        { roundNumber: 2, onRoll: 2, issued: 1, returned: 0, issuedTo: ['d2'], returnedBy: [], notReturned: ['d2'] },
      ],
    ));

  it('keeps a return by a delegate with no issue on record as it came, and no time or vote', () =>
    given(opened(1, ['d1', 'd2']), issued(1, 'd1'), returned(1, 'd1'), returned(1, 'd2')).then(
      `SELECT * FROM election_turnout ORDER BY delegate_id`,
      [
        { election_id: 'e1', round_number: 1, delegate_id: 'd1', issued: true, returned: true },
        { election_id: 'e1', round_number: 1, delegate_id: 'd2', issued: false, returned: true },
      ],
    ));
});
