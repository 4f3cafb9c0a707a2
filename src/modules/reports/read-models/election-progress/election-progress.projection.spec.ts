import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { electionProgressProjection } from './election-progress.projection.js';
import { electionReport } from './election-progress.queries.js';

const db = projectionDatabase();
const given = givenProjection(electionProgressProjection, db).given;

const E = 'election-e1';
const R = 'result-e1';
const people = [
  { personId: 'p1', name: '王一' },
  { personId: 'p2', name: '李二' },
  { personId: 'p3', name: '张三' },
];
const standings = [
  { personId: 'p1', name: '王一', votes: 4 },
  { personId: 'p2', name: '李二', votes: 3 },
  { personId: 'p3', name: '张三', votes: 1 },
];
const e = (type: string, data: Record<string, unknown>, stream = E) => ({
  type,
  stream,
  data: { electionId: 'e1', ...data },
});
const ballots = (type: string, n: number) =>
  Array.from({ length: n }, (_, i) => e(type, { roundNumber: 1, delegateId: `d${i}` }));

describe('election progress report projection', () => {
  it('reports turnout, valid and invalid ballots, standings, who was elected and the approval chain in days', () =>
    given(
      e('ElectionSetUp', {
        organisationId: 'school',
        congressId: 'c12',
        seats: 2,
        candidates: people,
        setUpAt: '2026-05-10T01:00:00.000Z',
      }),
      e('RoundOpened', {
        roundNumber: 1,
        kind: 'first',
        seats: 2,
        candidates: people,
        unorderedCharacters: [],
        roll: ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'],
        electedDelegates: 6,
        quorum: { numerator: 2, denominator: 3 },
        openedAt: '2026-05-10T02:00:00.000Z',
      }),
      ...ballots('BallotIssued', 6),
      ...ballots('BallotReturned', 5),
      e('RoundClosed', {
        roundNumber: 1,
        presentWithVote: 6,
        issued: 6,
        returned: 5,
        received: 5,
        closedAt: '2026-05-10T02:30:00.000Z',
      }),
      e('BallotsCounted', {
        roundNumber: 1,
        seats: 2,
        ballots: [],
        tally: {
          ballotsReceived: 5,
          validBallots: 4,
          invalidBallots: 1,
          candidates: [],
          writeIns: [],
          voidWriteIns: 0,
        },
        countedAt: '2026-05-10T02:40:00.000Z',
      }),
      e('CandidatesElected', {
        roundNumber: 1,
        elected: standings.slice(0, 2),
        unorderedCharacters: [],
        rule: {},
        arithmetic: { presentWithVote: 6, threshold: 4, standings },
      }),
      e('ElectionCompleted', {
        seats: 2,
        elected: people.slice(0, 2),
        unorderedCharacters: [],
        completedAt: '2026-05-10T03:00:00.000Z',
      }),
      e(
        'ResultAnnounced',
        {
          organisationId: 'school',
          congressId: 'c12',
          sittingId: null,
          seats: 2,
          elected: people.slice(0, 2),
          announcedAt: '2026-05-10T04:00:00.000Z',
        },
        R,
      ),
      e(
        'ResultReturned',
        { partyCommitteeId: 'party', reasons: ['材料不全'], returnedAt: '2026-05-12T04:00:00.000Z' },
        R,
      ),
      e('ResultResubmitted', { response: '已补齐', resubmittedAt: '2026-05-13T04:00:00.000Z' }, R),
      e(
        'ResultApproved',
        { partyCommitteeId: 'party', reference: '党委〔2026〕3号', approvedAt: '2026-05-15T04:00:00.000Z' },
        R,
      ),
      e(
        'ResultFiled',
        { federationId: 'fed', reference: '备〔2026〕7号', filedOn: '2026-05-20', filedAt: '2026-05-20T06:00:00.000Z' },
        R,
      ),
    ).thenQuery((ds) => electionReport(ds, 'e1'), {
      electionId: 'e1',
      organisationId: 'school',
      organisationName: 'school',
      congressId: 'c12',
      seats: 2,
      candidates: 3,
      status: 'filed',
      elected: people.slice(0, 2),
      setUpAt: '2026-05-10T01:00:00.000Z',
      returns: 1,
      filingReference: '备〔2026〕7号',
      rounds: [
        {
          roundNumber: 1,
          kind: 'first',
          rollSize: 6,
          issued: 6,
          returned: 5,
          received: 5,
          valid: 4,
          invalid: 1,
          turnout: '83.3',
          outcome: 'elected',
          standings,
          openedAt: '2026-05-10T02:00:00.000Z',
          closedAt: '2026-05-10T02:30:00.000Z',
        },
      ],
      approvalChain: [
        { step: 'completed', at: '2026-05-10T03:00:00.000Z', days: 0 },
        { step: 'announced', at: '2026-05-10T04:00:00.000Z', days: 0 },
        { step: 'approved', at: '2026-05-15T04:00:00.000Z', days: 5 },
        { step: 'filed', at: '2026-05-20T06:00:00.000Z', days: 5 },
      ],
    }));

  it('marks a void round with its counts and leaves the chain open', () =>
    given(
      e('ElectionSetUp', {
        organisationId: 'school',
        congressId: 'c12',
        seats: 1,
        candidates: people,
        setUpAt: '2026-05-10T01:00:00.000Z',
      }),
      e('RoundOpened', { roundNumber: 1, kind: 'first', roll: ['d0', 'd1'], openedAt: '2026-05-10T02:00:00.000Z' }),
      e('RoundVoided', {
        roundNumber: 1,
        reasons: ['BallotsExceedIssued'],
        issued: 2,
        returned: 2,
        received: 3,
        voidedAt: '2026-05-10T02:30:00.000Z',
      }),
    ).thenQuery(
      async (ds) => {
        const r = await electionReport(ds, 'e1');
        return {
          status: r?.status,
          round: r?.rounds.map((x) => [x.outcome, x.received, x.closedAt]),
          chain: r?.approvalChain.map((s) => s.at),
        };
      },
      { status: 'voting', round: [['void', 3, '2026-05-10T02:30:00.000Z']], chain: [null, null, null, null] },
    ));
});
