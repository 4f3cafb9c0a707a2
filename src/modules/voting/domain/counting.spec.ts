import { describe, expect, it } from '@jest/globals';
import {
  type CountingRules,
  type Mark,
  type SealedBallot,
  type Tally,
  decideRound,
  forMarks,
  judgeBallot,
  majorityThreshold,
  tallyBallots,
} from './counting.js';

describe('majorityThreshold: more than half of the delegates present with a vote', () => {
  it.each([
    [7, 4],
    [8, 5],
    [1, 1],
    [140, 71],
    [94, 48],
  ])('%i present need %i', (present, needed) => expect(majorityThreshold(present)).toBe(needed));
});

describe('judging a ballot', () => {
  it('counts written-in names as "for" marks', () =>
    expect(forMarks(ballot({ a: 'for', b: 'against' }, [{ name: '方圆' }]))).toBe(2));

  it('accepts as many "for" as seats and rejects one more', () => {
    expect(judgeBallot(ballot({ a: 'for', b: 'for' }), rules({ seats: 2 }))).toMatchObject({
      valid: true,
      invalidReason: null,
    });
    expect(judgeBallot(ballot({ a: 'for', b: 'for' }, [{ name: '方圆' }]), rules({ seats: 2 }))).toMatchObject({
      valid: false,
      invalidReason: 'Overvoted',
    });
  });

  it('resolves a write-in by name, or by id and name', () => {
    const judged = judgeBallot(ballot({}, [{ name: '方圆' }, { name: '赵磊', personId: 'p-zhao' }]), rules({}));
    expect(judged.writeIns.map((w) => w.countedFor)).toEqual(['p-fang', 'p-zhao']);
  });

  it('voids a write-in it cannot pin to one eligible person', () => {
    const eligibleWriteIns = [...rules({}).eligibleWriteIns, { personId: 'p-fang-2', name: '方圆' }];
    const judged = judgeBallot(
      ballot({}, [{ name: '方圆' }, { name: '赵磊', personId: 'p-fang' }, { name: '钱七' }]),
      rules({ eligibleWriteIns }),
    );
    expect(judged.writeIns.map((w) => w.voidReason)).toEqual([
      'AmbiguousName',
      'NotAnEligiblePerson',
      'NotAnEligiblePerson',
    ]);
  });

  it('voids a write-in of someone already elected, or on the ballot, and every write-in in a run-off', () => {
    expect(
      judgeBallot(
        ballot({}, [{ name: '方圆' }, { name: '甲', personId: 'a' }]),
        rules({ alreadyElected: ['p-fang'] }),
      ).writeIns.map((w) => w.voidReason),
    ).toEqual(['AlreadyElected', 'OnTheBallotAlready']);
    expect(judgeBallot(ballot({}, [{ name: '方圆' }]), rules({ writeInsAllowed: false })).writeIns[0]!.voidReason).toBe(
      'NoWriteInsInRunOff',
    );
  });
});

describe('tallying', () => {
  it('counts only valid ballots, and an unmarked candidate as an abstention', () => {
    const r = rules({ seats: 1 });
    const counted = [
      ballot({ a: 'for' }),
      ballot({ b: 'against' }),
      ballot({ a: 'for', b: 'for' }, [{ name: '方圆' }]),
    ].map((b) => judgeBallot(b, r));
    expect(tallyBallots(counted, r)).toEqual({
      ballotsReceived: 3,
      validBallots: 2,
      invalidBallots: 1,
      candidates: [
        { personId: 'a', name: '甲', for: 1, against: 0, abstain: 1 },
        { personId: 'b', name: '乙', for: 0, against: 1, abstain: 1 },
      ],
      writeIns: [],
      voidWriteIns: 0,
    });
  });
});

describe('deciding a round (7 present: 4 votes needed)', () => {
  it('elects everyone who passed when they fit the seats, and leaves the rest unfilled', () =>
    expect(decideRound(tally({ 丁一: 6, 王二: 4, 孔三: 3 }), 3, 7)).toMatchObject({
      threshold: 4,
      elected: [{ name: '丁一' }, { name: '王二' }],
      tied: [],
      unfilledSeats: 1,
    }));

  it('takes the highest counts when more pass than seats', () =>
    expect(decideRound(tally({ 丁一: 7, 王二: 6, 孔三: 5, 刘四: 4 }), 2, 7)).toMatchObject({
      elected: [{ name: '丁一' }, { name: '王二' }],
      tied: [],
      unfilledSeats: 0,
    }));

  it('reports a tie at the cut-off with the seats left for the tied', () =>
    expect(decideRound(tally({ 丁一: 7, 王二: 5, 孔三: 5, 刘四: 5 }), 2, 7)).toMatchObject({
      elected: [{ name: '丁一' }],
      tied: [{ name: '王二' }, { name: '孔三' }, { name: '刘四' }],
      seatsForTied: 1,
    }));

  it('sees no tie when the tied all fit', () =>
    expect(decideRound(tally({ 丁一: 7, 王二: 5, 孔三: 5, 刘四: 4 }), 3, 7)).toMatchObject({
      elected: [{ name: '丁一' }, { name: '王二' }, { name: '孔三' }],
      tied: [],
    }));

  it('does not count a tie below the threshold: all seats unfilled when nobody passes', () =>
    expect(decideRound(tally({ 丁一: 3, 王二: 3 }), 1, 7)).toMatchObject({
      passed: [],
      elected: [],
      tied: [],
      unfilledSeats: 1,
    }));

  it('lists standings by votes, equal votes in 姓氏笔画 order (王 before 孔: 横 before 折)', () =>
    expect(decideRound(tally({ 孔三: 2, 王二: 2, 丁一: 1 }), 1, 7).standings.map((s) => s.name)).toEqual([
      '王二',
      '孔三',
      '丁一',
    ]));
});

let ids = 0;
function ballot(marks: Record<string, Mark>, writeIns: SealedBallot['writeIns'] = []): SealedBallot {
  ids += 1;
  return { ballotId: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`, marks, writeIns };
}

function rules(overrides: Partial<CountingRules>): CountingRules {
  return {
    seats: 2,
    candidates: [
      { personId: 'a', name: '甲' },
      { personId: 'b', name: '乙' },
    ],
    writeInsAllowed: true,
    eligibleWriteIns: [
      { personId: 'p-fang', name: '方圆' },
      { personId: 'p-zhao', name: '赵磊' },
    ],
    alreadyElected: [],
    ...overrides,
  };
}

function tally(votes: Record<string, number>): Tally {
  const candidates = Object.entries(votes).map(([name, v]) => ({
    personId: `id-${name}`,
    name,
    for: v,
    against: 0,
    abstain: 0,
  }));
  return { ballotsReceived: 7, validBallots: 7, invalidBallots: 0, candidates, writeIns: [], voidWriteIns: 0 };
}
