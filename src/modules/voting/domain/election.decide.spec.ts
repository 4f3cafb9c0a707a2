import { CandidateNameNotOrderable } from '../../elections/domain/name-order.errors.js';
import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { Mark, Person, SealedBallot, WriteIn } from './counting.js';
import type { CloseRound, ElectionCommand, OpenRound, SetUpElection } from './election.commands.js';
import { electionDecider } from './election.decide.js';
import {
  BallotAlreadyIssued,
  BallotAlreadyReturned,
  BallotCarriesIdentifyingMark,
  BallotIdNotRandom,
  BallotMalformed,
  CandidateNotConfirmed,
  DelegateCountsInconsistent,
  DelegateNotOnRoll,
  DuplicateBallotId,
  DuplicateCandidate,
  ElectionNotCompetitive,
  ElectionNotSetUp,
  ReasonRequired,
  RoundInProgress,
  RoundNotOpen,
  ScrutineerAndTellerRequired,
  ScrutineerIsCandidate,
  SeatsOutOfRange,
  SeatsReductionNotAllowed,
} from './election.errors.js';
import type { ElectionEvent } from './election.events.js';
import { NotTheActingBody } from '../../elections/domain/acting-body.errors.js';
import { BallotMediumConflict, NotAnAppointedOfficer } from './ballot-box.errors.js';

const given = givenDecider(electionDecider);

describe('Presidium election', () => {
  describe('before it is set up', () => {
    it('sets up a competitive election with the confirmed candidates in 姓氏笔画 order', () =>
      given()
        .when(setUp({}))
        .then({
          type: 'ElectionSetUp',
          data: {
            electionId,
            organisationId: 'school',
            congressId: 'congress-1',
            seats: 4,
            candidates: BALLOT,
            setUpAt: now,
          },
        }));

    it('refuses as many candidates as seats (差额选举 needs more)', () =>
      given()
        .when(setUp({ candidates: confirmed(BALLOT.slice(0, 4)) }))
        .thenRejects(ElectionNotCompetitive, /4 candidates for 4 seats/));

    it('refuses a candidate the party committee has not confirmed', () =>
      given()
        .when(
          setUp({ candidates: [...confirmed(BALLOT.slice(1)), { ...BALLOT[0]!, confirmedByPartyCommittee: false }] }),
        )
        .thenRejects(CandidateNotConfirmed));

    it('refuses a candidate listed twice', () =>
      given()
        .when(setUp({ candidates: confirmed([...BALLOT, BALLOT[0]!]) }))
        .thenRejects(DuplicateCandidate));

    it('refuses a name the stroke table cannot place on the ballot', () =>
      given()
        .when(setUp({ candidates: confirmed([...BALLOT, { personId: 'c-x', name: '𠮷祥' }]) }))
        .thenRejects(CandidateNameNotOrderable, /𠮷/));

    it('refuses a presidium without seats', () =>
      given()
        .when(setUp({ seats: 0 }))
        .thenRejects(SeatsOutOfRange));

    it('refuses to open a round', () => given().when(open({})).thenRejects(ElectionNotSetUp));

    it('is set up only from a confirmed list, by the union holding it (domain.md steps 1-4)', () => {
      given()
        .when(setUp({ candidateList: { ...CONFIRMED_LIST, status: 'Open' } }))
        .thenRejects(CandidateNotConfirmed, /has not confirmed the candidate list/);
      given()
        .when(setUp({ candidateList: { status: 'NotOpened', organisationId: null, congressId: null }, candidates: [] }))
        .thenRejects(CandidateNotConfirmed);
      given()
        .when(setUp({ candidateList: { ...CONFIRMED_LIST, organisationId: 'other-school' } }))
        .thenRejects(NotTheActingBody, /other-school/);
    });
  });

  describe('once set up', () => {
    it('appoints a scrutineer, once', () => {
      given(setUpEvent())
        .when(appoint('AppointScrutineer', 's-1', '周明'))
        .then({ type: 'ScrutineerAppointed', data: { electionId, personId: 's-1', name: '周明', appointedAt: now } });
      given(...ready())
        .when(appoint('AppointScrutineer', 's-1', '周明'))
        .thenNothingHappens();
    });

    it('never makes a candidate a scrutineer', () =>
      given(setUpEvent())
        .when(appoint('AppointScrutineer', 'c-wang', '王芳'))
        .thenRejects(ScrutineerIsCandidate));

    it('opens no round before a scrutineer and a teller are appointed', () =>
      given(setUpEvent()).when(open({})).thenRejects(ScrutineerAndTellerRequired));

    it('records a failed quorum with its arithmetic: 5 of 9 present, 2/3 needs 6', () =>
      given(...ready())
        .when(open({ presentDelegateIds: DELEGATES.slice(0, 5) }))
        .then({
          type: 'QuorumNotReached',
          data: { electionId, electedDelegates: 9, present: 5, quorum: TWO_THIRDS, requiredPresent: 6, checkedAt: now },
        }));

    it('opens round 1 with exactly 2/3 present and freezes the roll, sorted', () =>
      given(...ready())
        .when(open({ presentDelegateIds: [...DELEGATES.slice(0, 6)].reverse() }))
        .then(openedEvent({ roll: DELEGATES.slice(0, 6) })));

    it('takes the secretariat’s steps only from the union holding the election', () => {
      const other: ElectionCommand = {
        type: 'AppointScrutineer',
        data: { electionId, organisationId: 'other', personId: 's-2', name: '郑丽' },
        metadata,
      };
      given(setUpEvent()).when(other).thenRejects(NotTheActingBody);
      given(...ready())
        .when(open({ organisationId: 'other' }))
        .thenRejects(NotTheActingBody);
    });

    it('opens a round only at a sitting of the electing congress in session (Art. 8)', () => {
      given(...ready())
        .when(open({ sitting: { ...SITTING, congressId: 'congress-2' } }))
        .thenRejects(NotTheActingBody, /not a sitting of congress congress-1 in session/);
      given(...ready())
        .when(open({ sitting: { ...SITTING, inSession: false } }))
        .thenRejects(NotTheActingBody);
    });

    it('refuses delegate counts that cannot be true', () => {
      given(...ready())
        .when(open({ electedDelegates: 5 }))
        .thenRejects(DelegateCountsInconsistent);
      given(...ready())
        .when(open({ presentDelegateIds: [...DELEGATES.slice(0, 6), DELEGATES[0]!] }))
        .thenRejects(DelegateCountsInconsistent);
    });
  });

  describe('while a round is open', () => {
    const opened = () => [...ready(), openedEvent({})];

    it('issues one ballot to a delegate on the roll', () =>
      given(...opened())
        .when(roll('IssueBallot', DELEGATES[0]!))
        .then({
          type: 'BallotIssued',
          data: { electionId, roundNumber: 1, delegateId: DELEGATES[0]!, issuedAt: now },
        }));

    it('refuses a ballot to a delegate not on the roll, and a second ballot', () => {
      given(...opened())
        .when(roll('IssueBallot', DELEGATES[8]!))
        .thenRejects(DelegateNotOnRoll);
      given(...history(opened(), roll('IssueBallot', DELEGATES[0]!)))
        .when(roll('IssueBallot', DELEGATES[0]!))
        .thenRejects(BallotAlreadyIssued);
    });

    it('records who returned a ballot, once', () => {
      const issued = history(opened(), roll('IssueBallot', DELEGATES[0]!));
      given(...issued)
        .when(roll('ReturnBallot', DELEGATES[0]!))
        .then({
          type: 'BallotReturned',
          data: { electionId, roundNumber: 1, delegateId: DELEGATES[0]!, returnedAt: now },
        });
      given(...history(issued, roll('ReturnBallot', DELEGATES[0]!)))
        .when(roll('ReturnBallot', DELEGATES[0]!))
        .thenRejects(BallotAlreadyReturned);
    });

    it('takes paper ballots only from an appointed teller, never for a delegate voting electronically', () => {
      const teller = { id: 't-1', role: 'teller' };
      given(...opened())
        .when(paperRoll('IssueBallot', DELEGATES[0]!, teller))
        .then({ type: 'BallotIssued', data: { electionId, roundNumber: 1, delegateId: DELEGATES[0]!, issuedAt: now } });
      given(...opened())
        .when(paperRoll('IssueBallot', DELEGATES[0]!, { id: 't-9', role: 'teller' }))
        .thenRejects(NotAnAppointedOfficer);
      given(...opened())
        .when(paperRoll('ReturnBallot', DELEGATES[0]!, { id: 's-1', role: 'scrutineer' }))
        .thenRejects(NotAnAppointedOfficer);
      given(...opened())
        .when(paperRoll('IssueBallot', DELEGATES[0]!, teller, true))
        .thenRejects(BallotMediumConflict);
    });

    it('refuses appointments and commands for another round', () => {
      given(...opened())
        .when(appoint('AppointTeller', 't-2', '吴刚'))
        .thenRejects(RoundInProgress);
      given(...opened())
        .when(roll('IssueBallot', DELEGATES[0]!, 2))
        .thenRejects(RoundNotOpen);
    });
  });

  describe('closing a round', () => {
    it('voids the round when more ballots were returned than issued (a return without an issue)', () => {
      const issueSix = DELEGATES.slice(0, 6).map((d) => roll('IssueBallot', d));
      const past = history(
        ready(),
        open({}),
        ...issueSix,
        ...DELEGATES.slice(0, 7).map((d) => roll('ReturnBallot', d)),
      );
      expect(decided(past, close(ballots(7, [ALL4])))).toEqual([
        {
          type: 'RoundClosed',
          data: { electionId, roundNumber: 1, presentWithVote: 7, issued: 6, returned: 7, received: 7, closedAt: now },
        },
        {
          type: 'RoundVoided',
          data: {
            electionId,
            roundNumber: 1,
            reasons: ['ReturnedExceedIssued', 'BallotsExceedIssued'],
            issued: 6,
            returned: 7,
            received: 7,
            voidedAt: now,
          },
        },
      ]);
    });

    it('voids the round when the box holds more ballots than were returned', () =>
      expect(decided(voting(6, 5), close(ballots(6, [ALL4])))[1]).toMatchObject({
        type: 'RoundVoided',
        data: { reasons: ['BallotsExceedReturned'], issued: 6, returned: 5, received: 6 },
      }));

    it('counts a box with fewer ballots than returns: the rules void only on excess', () =>
      expect(decided(voting(7), close(ballots(6, [ALL4]))).map((e) => e.type)).toEqual([
        'RoundClosed',
        'BallotsCounted',
        'CandidatesElected',
        'ElectionCompleted',
      ]));

    it('opens the next round with the same ballot after a void', () => {
      const past = history(voting(6, 5), close(ballots(6, [ALL4])));
      expect(decided(past, open({}))).toEqual([openedEvent({ roundNumber: 2 })]);
    });

    it('refuses a ballot carrying anything beyond ballotId, marks and writeIns', () => {
      const [first, ...rest] = ballots(7, [ALL4]);
      const marked = { ...first!, delegateId: DELEGATES[0]! } as SealedBallot;
      given(...voting(7))
        .when(close([marked, ...rest]))
        .thenRejects(BallotCarriesIdentifyingMark, /beyond ballotId/);
      given(...voting(7))
        .when(close([{ ...first!, marks: { ...first!.marks, 'c-nobody': 'for' } }, ...rest]))
        .thenRejects(BallotCarriesIdentifyingMark);
      given(...voting(7))
        .when(close([{ ...first!, writeIns: [{ name: '方圆', seat: 12 } as WriteIn] }, ...rest]))
        .thenRejects(BallotCarriesIdentifyingMark);
    });

    it('refuses ballot ids that are not random, repeated, or marks that are not for/against/abstain', () => {
      const [first, ...rest] = ballots(7, [ALL4]);
      given(...voting(7))
        .when(close([{ ...first!, ballotId: '1' }, ...rest]))
        .thenRejects(BallotIdNotRandom);
      given(...voting(7))
        .when(close([first!, first!, ...rest.slice(1)]))
        .thenRejects(DuplicateBallotId);
      given(...voting(7))
        .when(close([{ ...first!, marks: { 'c-wang': 'yes' as Mark } }, ...rest]))
        .thenRejects(BallotMalformed);
    });
  });

  describe('counting (7 present with a vote, so 4 votes is more than half)', () => {
    it('elects the four who passed, in 姓氏笔画 order, with the arithmetic, and completes the election', () => {
      const events = decided(
        voting(7),
        close(
          ballots(7, [ALL4, ALL4, ALL4, [DING, WANG, KONG, LI], [DING, WANG, LIU, ZHANG], [DING, KONG, LIU, CHEN], []]),
        ),
      );
      expect(events.find((e) => e.type === 'CandidatesElected')!.data).toEqual({
        electionId,
        roundNumber: 1,
        elected: [vote(DING, 6), vote(WANG, 5), vote(KONG, 5), vote(LIU, 5)],
        unorderedCharacters: [],
        rule: 'MoreThanHalfOfPresent',
        arithmetic: {
          presentWithVote: 7,
          threshold: 4,
          standings: [
            vote(DING, 6),
            vote(WANG, 5),
            vote(KONG, 5),
            vote(LIU, 5),
            vote(LI, 1),
            vote(ZHANG, 1),
            vote(CHEN, 1),
          ],
        },
      });
      expect(events.at(-1)).toEqual({
        type: 'ElectionCompleted',
        data: {
          electionId,
          seats: 4,
          elected: [DING, WANG, KONG, LIU].map(person),
          unorderedCharacters: [],
          completedAt: now,
        },
      });
    });

    it('marks an overvoted ballot invalid and counts nothing from it', () => {
      const counted = decided(voting(7), close(ballots(7, [ALL4, [...ALL4, LI]]))).find(
        (e) => e.type === 'BallotsCounted',
      )!;
      expect(counted.data.ballots.map((b) => [b.valid, b.invalidReason])).toEqual([
        [true, null],
        ...Array(6).fill([false, 'Overvoted']),
      ]);
      expect(counted.data.tally).toMatchObject({ ballotsReceived: 7, validBallots: 1, invalidBallots: 6 });
    });

    it('does not elect with exactly half (8 present: 4 is half, 5 is needed)', () => {
      const events = decided(voting(8), close(ballots(8, [ALL4, ALL4, ALL4, ALL4, [DING, KONG, LIU]])));
      expect(find(events, 'CandidatesElected').elected.map((s) => s.personId)).toEqual([DING, KONG, LIU]);
      expect(find(events, 'SeatsUnfilled')).toMatchObject({
        remainingSeats: 1,
        arithmetic: { presentWithVote: 8, threshold: 5 },
      });
    });

    it('counts only "for": against and abstain do not help, and invalid ballots stay in the base', () => {
      const mixed = [
        [DING, WANG, KONG, LIU],
        [DING, WANG, KONG],
        [DING, WANG, KONG],
        [DING],
        [...ALL4, LI],
        [...ALL4, LI],
        [...ALL4, LI],
      ];
      const events = decided(voting(7), close(ballots(7, mixed, { against: [LI] })));
      // 4 valid ballots; 王 has 3 'for' of them (a majority of valid ballots) but not more than half of the 7 present.
      expect(find(events, 'CandidatesElected').elected).toEqual([vote(DING, 4)]);
      expect(find(events, 'BallotsCounted').tally.candidates.find((c) => c.personId === LI)).toEqual({
        ...person(LI),
        for: 0,
        against: 4,
        abstain: 0,
      });
    });

    it('gives the seats to the highest counts when more pass than seats', () => {
      const events = decided(
        voting(7),
        close(
          ballots(7, [
            ALL4,
            ALL4,
            ALL4,
            [DING, WANG, KONG, LI],
            [DING, WANG, KONG, LI],
            [DING, WANG, LIU, LI],
            [DING, KONG, LIU, LI],
          ]),
        ),
      );
      expect(find(events, 'CandidatesElected')).toMatchObject({
        rule: 'MoreThanHalfOfPresentThenHighestCounts',
        elected: [vote(DING, 7), vote(WANG, 6), vote(KONG, 6), vote(LIU, 5)],
      });
      expect(find(events, 'CandidatesElected').arithmetic.standings.at(4)).toEqual(vote(LI, 4));
    });
  });

  describe('a tie at the cut-off', () => {
    const tie = () => [
      ALL4,
      ALL4,
      [DING, WANG, KONG, LI],
      [DING, WANG, LIU, LI],
      [DING, WANG, KONG, LI],
      [DING, WANG, LIU, LI],
      [DING, KONG, LIU, LI],
    ];
    const tied = () => history(voting(7), close(ballots(7, tie())));

    it('elects those above it and sends the tied to a run-off for the remaining seats', () => {
      const events = decided(voting(7), close(ballots(7, tie())));
      expect(find(events, 'CandidatesElected').elected).toEqual([vote(DING, 7), vote(WANG, 6)]);
      expect(find(events, 'TieAtCutOff')).toMatchObject({
        tied: [vote(KONG, 5), vote(LIU, 5), vote(LI, 5)],
        cutOffVotes: 5,
        seatsAtStake: 2,
      });
    });

    it('holds the run-off among the tied only, takes no write-ins there, and completes', () => {
      expect(decided(tied(), open({}))).toEqual([
        openedEvent({ roundNumber: 2, kind: 'runoff', seats: 2, candidates: [KONG, LIU, LI].map(person) }),
      ]);
      const runoff = history(tied(), open({}), ...returnAll(7, 2));
      const cast = ballots(7, [[KONG, LIU], [KONG, LIU], [KONG, LIU], [KONG, LIU], [KONG, LIU], [KONG, LI], [LI]]);
      cast[6] = { ...cast[6]!, writeIns: [{ name: '方圆', personId: FANG.personId }] };
      const events = decided(runoff, close(cast, [FANG], 2));
      expect(find(events, 'BallotsCounted').ballots[6]!.writeIns).toEqual([
        { name: '方圆', personId: FANG.personId, countedFor: null, voidReason: 'NoWriteInsInRunOff' },
      ]);
      expect(find(events, 'ElectionCompleted').elected).toEqual([DING, WANG, KONG, LIU].map(person));
    });
  });

  describe('fewer passing than seats', () => {
    const short = () => history(voting(7), close(ballots(7, [ALL4, ALL4, ALL4, [DING, WANG], [DING], [DING], [DING]])));

    it('records the seats left unfilled and the candidates for a further round', () =>
      expect(
        find(
          decided(voting(7), close(ballots(7, [ALL4, ALL4, ALL4, [DING, WANG], [DING], [DING], [DING]]))),
          'SeatsUnfilled',
        ),
      ).toMatchObject({
        remainingSeats: 2,
        nextCandidates: [KONG, LIU, LI, ZHANG, CHEN].map(person),
      }));

    it('holds a further round for the remaining seats', () =>
      expect(decided(short(), open({}))).toEqual([
        openedEvent({
          roundNumber: 2,
          kind: 'further',
          seats: 2,
          candidates: [KONG, LIU, LI, ZHANG, CHEN].map(person),
        }),
      ]));

    it('or records the congress reducing the seats, with its reason, and completes with those elected', () =>
      given(...short())
        .when(reduce('Congress resolution 2026-7: two seats suffice'))
        .then(
          {
            type: 'SeatsReduced',
            data: {
              electionId,
              seatsBefore: 4,
              seatsAfter: 2,
              reason: 'Congress resolution 2026-7: two seats suffice',
              reducedAt: now,
            },
          },
          {
            type: 'ElectionCompleted',
            data: {
              electionId,
              seats: 2,
              elected: [DING, WANG].map(person),
              unorderedCharacters: [],
              completedAt: now,
            },
          },
        ));

    it('refuses a reduction without a reason, or when no seats were left unfilled', () => {
      given(...short())
        .when(reduce(' '))
        .thenRejects(ReasonRequired);
      given(...ready())
        .when(reduce('no'))
        .thenRejects(SeatsReductionNotAllowed);
    });
  });

  describe('write-ins (另选他人)', () => {
    const cast = (writeIns: WriteIn[][]) =>
      ballots(7, [
        [DING, WANG, KONG],
        [DING, WANG, KONG],
        [DING, WANG, KONG],
        [DING, WANG, KONG],
        [DING, WANG, KONG],
        [DING, WANG],
        [DING],
      ]).map((b, i) => ({ ...b, writeIns: writeIns[i] ?? [] }));

    it('counts an eligible write-in like a candidate and places the elected write-in in stroke order', () => {
      const events = decided(
        voting(7),
        close(
          cast([
            [{ name: '方圆' }],
            [{ name: '方圆' }],
            [{ name: '方圆', personId: FANG.personId }],
            [{ name: '方 圆' }],
          ]),
          [FANG],
        ),
      );
      expect(find(events, 'BallotsCounted').tally.writeIns).toEqual([{ ...FANG, for: 4 }]);
      expect(find(events, 'ElectionCompleted').elected).toEqual([person(DING), person(WANG), FANG, person(KONG)]);
    });

    it('voids an ineligible or repeated write-in but keeps the ballot', () => {
      const events = decided(
        voting(7),
        close(cast([[{ name: '赵六' }], [{ name: '王芳' }], [], [], [], [{ name: '方圆' }, { name: '方圆' }]]), [FANG]),
      );
      const counted = find(events, 'BallotsCounted');
      expect(counted.ballots.map((b) => b.writeIns.map((w) => w.voidReason))).toEqual([
        ['NotAnEligiblePerson'],
        ['OnTheBallotAlready'],
        [],
        [],
        [],
        [null, 'NamedTwice'],
        [],
      ]);
      expect(counted.tally).toMatchObject({ validBallots: 7, voidWriteIns: 3 });
    });

    it('counts every written-in name toward an overvote', () =>
      expect(
        find(decided(voting(7), close(cast([[{ name: '方圆' }, { name: '赵六' }]]), [FANG])), 'BallotsCounted')
          .ballots[0],
      ).toMatchObject({ valid: false, invalidReason: 'Overvoted' }));
  });

  describe('ballot secrecy', () => {
    it('links no delegate to a ballot: no delegate id in what is counted, and the batch order is kept, not the issue order', () => {
      const issueOrder = [3, 0, 6, 2, 5, 1, 4].map((i) => DELEGATES[i]!);
      const past = history(
        ready(),
        open({}),
        ...issueOrder.flatMap((d) => [roll('IssueBallot', d), roll('ReturnBallot', d)]),
      );
      const castInIssueOrder = ballots(7, [
        ALL4,
        ALL4,
        [DING, WANG, KONG, LI],
        [DING, WANG, LIU, ZHANG],
        [DING, KONG, LIU, CHEN],
        [DING],
        [],
      ]);
      const shuffledByTheApplication = [4, 0, 6, 2, 5, 1, 3].map((i) => castInIssueOrder[i]!);
      const events = decided(past, close(shuffledByTheApplication));
      const counted = find(events, 'BallotsCounted');
      expect(counted.ballots.map((b) => b.ballotId)).toEqual(shuffledByTheApplication.map((b) => b.ballotId));
      expect(counted.ballots.map((b) => b.ballotId)).not.toEqual(castInIssueOrder.map((b) => b.ballotId));
      for (const d of DELEGATES) expect(JSON.stringify(counted)).not.toContain(d);
      for (const d of DELEGATES) expect(JSON.stringify(events)).not.toContain(d);
      const state = [...past, ...events].reduce(electionDecider.evolve, electionDecider.initialState());
      for (const b of castInIssueOrder) expect(JSON.stringify(state)).not.toContain(b.ballotId);
    });
  });
});

const now = '2026-10-15T09:00:00.000Z';
const metadata = { now, actor: { id: 'secretariat-1', role: 'congress-secretariat', organisationId: 'school' } };
const electionId = 'presidium-2026';
const TWO_THIRDS = { numerator: 2, denominator: 3 };
const DELEGATES = Array.from({ length: 9 }, (_, i) => `delegate-${String(i + 1).padStart(2, '0')}`);
const [DING, WANG, KONG, LIU, LI, ZHANG, CHEN] = [
  'c-ding',
  'c-wang',
  'c-kong',
  'c-liu',
  'c-li',
  'c-zhang',
  'c-chen',
] as const;
const NAMES: Record<string, string> = {
  [DING]: '丁磊',
  [WANG]: '王芳',
  [KONG]: '孔敏',
  [LIU]: '刘洋',
  [LI]: '李娜',
  [ZHANG]: '张伟',
  [CHEN]: '陈静',
};
/** 丁 (2 strokes); 王 横… and 孔 折… (4); 刘 (6); 李 横…, 张 折横…, 陈 折竖… (7). */
const BALLOT: Person[] = [DING, WANG, KONG, LIU, LI, ZHANG, CHEN].map((id) => ({ personId: id, name: NAMES[id]! }));
const FANG: Person = { personId: 'p-fang', name: '方圆' };
const ALL4 = [DING, WANG, KONG, LIU];

const person = (id: string): Person => ({ personId: id, name: NAMES[id]! });
const vote = (id: string, votes: number) => ({ ...person(id), votes });
const confirmed = (people: Person[]) => people.map((p) => ({ ...p, confirmedByPartyCommittee: true }));

function setUp(data: Partial<SetUpElection['data']>): SetUpElection {
  const candidates = confirmed([ZHANG, WANG, LI, LIU, CHEN, DING, KONG].map(person));
  return {
    type: 'SetUpElection',
    data: { electionId, organisationId: 'school', candidateList: CONFIRMED_LIST, seats: 4, candidates, ...data },
    metadata,
  };
}
const CONFIRMED_LIST = { status: 'Confirmed', organisationId: 'school', congressId: 'congress-1' } as const;
const SITTING = { sittingId: 'plenary-1', congressId: 'congress-1', inSession: true };

const setUpEvent = (): ElectionEvent => ({
  type: 'ElectionSetUp',
  data: { electionId, organisationId: 'school', congressId: 'congress-1', seats: 4, candidates: BALLOT, setUpAt: now },
});

function appoint(type: 'AppointScrutineer' | 'AppointTeller', personId: string, name: string): ElectionCommand {
  return { type, data: { electionId, organisationId: 'school', personId, name }, metadata };
}

const ready = (): ElectionEvent[] =>
  history([setUpEvent()], appoint('AppointScrutineer', 's-1', '周明'), appoint('AppointTeller', 't-1', '吴刚'));

function open(data: Partial<OpenRound['data']>): OpenRound {
  return {
    type: 'OpenRound',
    data: {
      electionId,
      organisationId: 'school',
      sitting: SITTING,
      electedDelegates: 9,
      presentDelegateIds: DELEGATES.slice(0, 7),
      quorum: TWO_THIRDS,
      ...data,
    },
    metadata,
  };
}

function openedEvent(data: Partial<Extract<ElectionEvent, { type: 'RoundOpened' }>['data']>): ElectionEvent {
  const round = {
    roundNumber: 1,
    kind: 'first' as const,
    seats: 4,
    candidates: BALLOT,
    unorderedCharacters: [],
    roll: DELEGATES.slice(0, 7),
  };
  return {
    type: 'RoundOpened',
    data: { electionId, ...round, electedDelegates: 9, quorum: TWO_THIRDS, openedAt: now, ...data },
  };
}

function roll(type: 'IssueBallot' | 'ReturnBallot', delegateId: string, roundNumber = 1): ElectionCommand {
  return { type, data: { electionId, roundNumber, delegateId, medium: { kind: 'credential' } }, metadata };
}

/** A teller at the table records a paper ballot handed out or taken back. */
function paperRoll(
  type: 'IssueBallot' | 'ReturnBallot',
  delegateId: string,
  actor: { id: string; role: string },
  delegateHoldsCredential = false,
): ElectionCommand {
  const medium = { kind: 'paper' as const, delegateHoldsCredential };
  return {
    type,
    data: { electionId, roundNumber: 1, delegateId, medium },
    metadata: { now, actor: { ...actor, organisationId: 'school' } },
  };
}

const returnAll = (present: number, roundNumber = 1, returned = present) =>
  DELEGATES.slice(0, present).flatMap((d, i) => [
    roll('IssueBallot', d, roundNumber),
    ...(i < returned ? [roll('ReturnBallot', d, roundNumber)] : []),
  ]);

/** Set up, round 1 open with `present` delegates; each issued a ballot and the first `returned` of them returned it. */
const voting = (present: number, returned = present) =>
  history(ready(), open({ presentDelegateIds: DELEGATES.slice(0, present) }), ...returnAll(present, 1, returned));

function close(ballots: SealedBallot[], eligibleWriteIns: Person[] = [], roundNumber = 1): CloseRound {
  return { type: 'CloseRound', data: { electionId, roundNumber, ballots, eligibleWriteIns }, metadata };
}

const reduce = (reason: string, organisationId = 'school'): ElectionCommand => ({
  type: 'ReduceSeats',
  data: { electionId, organisationId, reason },
  metadata,
});

/** A random-looking version 4 UUID per index (fixed, so expectations can name it). */
const ballotId = (i: number) => {
  const h = (Math.imul(i + 1, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${h}-${h.slice(0, 4)}-4${h.slice(1, 4)}-a${h.slice(5, 8)}-${h}${h.slice(4, 8)}`;
};

/** `count` ballots marking 'for' as listed, row by row (the last row repeats); `against` marked on every ballot. */
function ballots(count: number, rows: string[][], { against = [] as string[] } = {}): SealedBallot[] {
  return Array.from({ length: count }, (_, i) => {
    const marks: Record<string, Mark> = Object.fromEntries(against.map((id) => [id, 'against' as Mark]));
    for (const id of rows[Math.min(i, rows.length - 1)]!) marks[id] = 'for';
    return { ballotId: ballotId(i), marks, writeIns: [] };
  });
}

function decided(past: ElectionEvent[], command: ElectionCommand): ElectionEvent[] {
  const state = past.reduce(electionDecider.evolve, electionDecider.initialState());
  return ([] as ElectionEvent[]).concat(electionDecider.decide(command, state));
}

function history(past: ElectionEvent[], ...commands: ElectionCommand[]): ElectionEvent[] {
  return commands.reduce((events, command) => [...events, ...decided(events, command)], past);
}

type EventData = { [E in ElectionEvent as E['type']]: E['data'] };

function find<T extends keyof EventData>(events: ElectionEvent[], type: T): EventData[T] {
  const event = events.find((e) => e.type === type);
  if (!event) throw new Error(`No ${type} among ${events.map((e) => e.type).join(', ')}`);
  return event.data as EventData[T];
}
