import { describe, it } from '@jest/globals';
import { CANDIDATES, electionEvents } from '../../../../../test/support/election-events.js';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { electionRecordProjection } from './election-record.projection.js';
import { findElection } from './election-record.queries.js';

const db = projectionDatabase();
const given = givenProjection(electionRecordProjection, db).given;
const { election, result } = electionEvents('e1');

const [ding, wang, kong] = CANDIDATES;
const quorum = { numerator: 2, denominator: 3 };
const roll = ['d1', 'd2', 'd3', 'd4'];
const standings = [
  { ...ding, votes: 4 },
  { ...wang, votes: 2 },
  { ...kong, votes: 2 },
];
const arithmetic = { presentWithVote: 4, threshold: 3, standings };
const tally = {
  ballotsReceived: 4,
  validBallots: 4,
  invalidBallots: 0,
  writeIns: [],
  voidWriteIns: 0,
  candidates: [
    { ...ding, for: 4, against: 0, abstain: 0 },
    { ...wang, for: 2, against: 1, abstain: 1 },
    { ...kong, for: 2, against: 2, abstain: 0 },
  ],
};

const setUp = [
  election('ElectionSetUp', {
    organisationId: 'school',
    congressId: 'c12',
    seats: 2,
    candidates: CANDIDATES,
    setUpAt: '2026-05-20T08:00:00.000Z',
  }),
  election('ScrutineerAppointed', { personId: 'p-9', name: '赵强', appointedAt: '2026-05-20T08:10:00.000Z' }),
  election('TellerAppointed', { personId: 'p-8', name: '钱进', appointedAt: '2026-05-20T08:11:00.000Z' }),
];
const quorumNotReached = election('QuorumNotReached', {
  electedDelegates: 5,
  present: 3,
  quorum,
  requiredPresent: 4,
  checkedAt: '2026-05-20T08:30:00.000Z',
});
const firstRound = [
  election('RoundOpened', {
    roundNumber: 1,
    kind: 'first',
    seats: 2,
    candidates: CANDIDATES,
    unorderedCharacters: [],
    roll,
    electedDelegates: 5,
    quorum,
    openedAt: '2026-05-20T09:00:00.000Z',
  }),
  ...roll.map((delegateId) =>
    election('BallotIssued', { roundNumber: 1, delegateId, issuedAt: '2026-05-20T09:01:00.000Z' }),
  ),
  ...roll.map((delegateId) =>
    election('BallotReturned', { roundNumber: 1, delegateId, returnedAt: '2026-05-20T09:10:00.000Z' }),
  ),
];
const firstCount = [
  election('RoundClosed', {
    roundNumber: 1,
    presentWithVote: 4,
    issued: 4,
    returned: 4,
    received: 4,
    closedAt: '2026-05-20T09:20:00.000Z',
  }),
  election('BallotsCounted', { roundNumber: 1, seats: 2, ballots: [], tally, countedAt: '2026-05-20T09:40:00.000Z' }),
  election('CandidatesElected', {
    roundNumber: 1,
    elected: [standings[0]],
    unorderedCharacters: [],
    rule: 'MoreThanHalfOfPresent',
    arithmetic,
  }),
  election('SeatsUnfilled', { roundNumber: 1, remainingSeats: 1, nextCandidates: [wang, kong], arithmetic }),
];
const furtherRoundVoided = [
  election('RoundOpened', {
    roundNumber: 2,
    kind: 'further',
    seats: 1,
    candidates: [wang, kong],
    unorderedCharacters: [],
    roll,
    electedDelegates: 5,
    quorum,
    openedAt: '2026-05-20T10:00:00.000Z',
  }),
  election('RoundClosed', {
    roundNumber: 2,
    presentWithVote: 4,
    issued: 0,
    returned: 0,
    received: 1,
    closedAt: '2026-05-20T10:20:00.000Z',
  }),
  election('RoundVoided', {
    roundNumber: 2,
    reasons: ['BallotsExceedIssued'],
    issued: 0,
    returned: 0,
    received: 1,
    voidedAt: '2026-05-20T10:21:00.000Z',
  }),
];
const reducedAndCompleted = [
  election('SeatsReduced', {
    seatsBefore: 2,
    seatsAfter: 1,
    reason: '大会决定不再另行选举',
    reducedAt: '2026-05-20T10:30:00.000Z',
  }),
  election('ElectionCompleted', {
    seats: 1,
    elected: [ding],
    unorderedCharacters: [],
    completedAt: '2026-05-20T10:31:00.000Z',
  }),
];

describe('results projection', () => {
  it('sets up the election with its candidates and officers, awaiting a round, and minutes a failed quorum', () =>
    given(...setUp, quorumNotReached).then(
      `SELECT status, seats, candidates, scrutineers, tellers, elected, quorum_failures, result_status, result_chain FROM election_results`,
      [
        {
          status: 'awaiting-round',
          seats: 2,
          candidates: [...CANDIDATES],
          scrutineers: [{ personId: 'p-9', name: '赵强' }],
          tellers: [{ personId: 'p-8', name: '钱进' }],
          elected: [],
          quorum_failures: [
            {
              electionId: 'e1',
              electedDelegates: 5,
              present: 3,
              quorum,
              requiredPresent: 4,
              checkedAt: '2026-05-20T08:30:00.000Z',
            },
          ],
          result_status: 'not-announced',
          result_chain: [],
        },
      ],
    ));

  it('counts ballots issued and returned while the round is voting', () =>
    given(...setUp, ...firstRound.slice(0, 4)).then(
      `SELECT e.status AS election, r.status AS round, r.kind, r.seats, r.present_with_vote, r.elected_delegates, r.issued, r.returned, r.received
         FROM election_results e JOIN election_rounds r USING (election_id)`,
      [
        {
          election: 'voting',
          round: 'voting',
          kind: 'first',
          seats: 2,
          present_with_vote: 4,
          elected_delegates: 5,
          issued: 3,
          returned: 0,
          received: null,
        },
      ],
    ));

  it('tells the whole election as the minutes do: rounds, tally, outcome, a void, the reduction and the result chain', () =>
    given(
      ...setUp,
      ...firstRound,
      ...firstCount,
      ...furtherRoundVoided,
      ...reducedAndCompleted,
      result('ResultAnnounced', {
        organisationId: 'school',
        congressId: 'c12',
        sittingId: 's1',
        seats: 1,
        elected: [ding],
        announcedAt: '2026-05-20T11:00:00.000Z',
      }),
      result('ResultApproved', {
        partyCommitteeId: 'party-committee',
        reference: '党委〔2026〕12号',
        approvedAt: '2026-05-23T08:00:00.000Z',
      }),
    ).thenQuery((ds) => findElection(ds, 'e1'), {
      electionId: 'e1',
      organisationId: 'school',
      congressId: 'c12',
      status: 'completed',
      seats: 1,
      candidates: [...CANDIDATES],
      scrutineers: [{ personId: 'p-9', name: '赵强' }],
      tellers: [{ personId: 'p-8', name: '钱进' }],
      elected: [ding],
      quorumFailures: [],
      seatReductions: [
        {
          electionId: 'e1',
          seatsBefore: 2,
          seatsAfter: 1,
          reason: '大会决定不再另行选举',
          reducedAt: '2026-05-20T10:30:00.000Z',
        },
      ],
      resultStatus: 'approved',
      resultChain: [
        {
          type: 'ResultAnnounced',
          organisationId: 'school',
          congressId: 'c12',
          sittingId: 's1',
          seats: 1,
          elected: [ding],
          announcedAt: '2026-05-20T11:00:00.000Z',
        },
        {
          type: 'ResultApproved',
          partyCommitteeId: 'party-committee',
          reference: '党委〔2026〕12号',
          approvedAt: '2026-05-23T08:00:00.000Z',
        },
      ],
      rounds: [
        {
          roundNumber: 1,
          kind: 'first',
          seats: 2,
          candidates: [...CANDIDATES],
          electedDelegates: 5,
          presentWithVote: 4,
          status: 'counted',
          issued: 4,
          returned: 4,
          received: 4,
          validBallots: 4,
          invalidBallots: 0,
          tally,
          outcome: [
            { type: 'CandidatesElected', elected: [standings[0]], rule: 'MoreThanHalfOfPresent', arithmetic },
            { type: 'SeatsUnfilled', remainingSeats: 1, nextCandidates: [wang, kong], arithmetic },
          ],
          openedAt: '2026-05-20T09:00:00.000Z',
          closedAt: '2026-05-20T09:20:00.000Z',
        },
        {
          roundNumber: 2,
          kind: 'further',
          seats: 1,
          candidates: [wang, kong],
          electedDelegates: 5,
          presentWithVote: 4,
          status: 'void',
          issued: 0,
          returned: 0,
          received: 1,
          validBallots: null,
          invalidBallots: null,
          tally: null,
          outcome: [{ type: 'RoundVoided', reasons: ['BallotsExceedIssued'] }],
          openedAt: '2026-05-20T10:00:00.000Z',
          closedAt: '2026-05-20T10:20:00.000Z',
        },
      ],
    }));

  it('follows the result chain through a return and a resubmission to filing', () =>
    given(
      ...setUp,
      ...reducedAndCompleted,
      result('ResultAnnounced', {
        organisationId: 'school',
        congressId: 'c12',
        sittingId: null,
        seats: 1,
        elected: [ding],
        announcedAt: '2026-05-20T11:00:00.000Z',
      }),
      result('ResultReturned', {
        partyCommitteeId: 'party-committee',
        reasons: ['材料不全'],
        returnedAt: '2026-05-21T08:00:00.000Z',
      }),
      result('ResultResubmitted', { response: '已补充材料', resubmittedAt: '2026-05-22T08:00:00.000Z' }),
      result('ResultApproved', {
        partyCommitteeId: 'party-committee',
        reference: null,
        approvedAt: '2026-05-23T08:00:00.000Z',
      }),
      result('ResultFiled', {
        federationId: 'federation',
        reference: '学联备〔2026〕7号',
        filedOn: '2026-05-25',
        filedAt: '2026-05-25T08:00:00.000Z',
      }),
    ).then(`SELECT result_status, jsonb_path_query_array(result_chain, '$[*].type') AS steps FROM election_results`, [
      {
        result_status: 'filed',
        steps: ['ResultAnnounced', 'ResultReturned', 'ResultResubmitted', 'ResultApproved', 'ResultFiled'],
      },
    ]));
});
