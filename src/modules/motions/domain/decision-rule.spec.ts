import { describe, expect, it } from '@jest/globals';
import { type DecisionRule, decide, explain, requiredFor } from './decision-rule.js';

const TWO_THIRDS_AT_LEAST: DecisionRule = {
  base: 'present',
  ratio: { numerator: 2, denominator: 3 },
  strict: false,
  article: '第二十三条',
};
const TWO_THIRDS_MORE: DecisionRule = { ...TWO_THIRDS_AT_LEAST, strict: true };
const MORE_THAN_HALF: DecisionRule = {
  base: 'present',
  ratio: { numerator: 1, denominator: 2 },
  strict: true,
  article: '第八条',
};
const tally = (votesFor: number, against = 0, abstain = 0) => ({
  for: votesFor,
  against,
  abstain,
  invalid: 0,
  notVoting: 0,
});

describe('the rule that decides a motion', () => {
  it('behaves at an exact threshold as its words say: "at least" two thirds of 120 is 80, "more than" is 81', () => {
    expect(requiredFor(TWO_THIRDS_AT_LEAST, 120)).toBe(80);
    expect(requiredFor(TWO_THIRDS_MORE, 120)).toBe(81);
    expect(decide(TWO_THIRDS_AT_LEAST, tally(80), 120, 140).adopted).toBe(true);
    expect(decide(TWO_THIRDS_MORE, tally(80), 120, 140).adopted).toBe(false);
  });

  it('rounds up where the share is not whole: two thirds of 130 needs 87 either way', () => {
    expect(decide(TWO_THIRDS_AT_LEAST, tally(87), 130, 140)).toEqual({
      adopted: true,
      base: 'present',
      baseCount: 130,
      required: 87,
    });
    expect(decide(TWO_THIRDS_AT_LEAST, tally(86), 130, 140).adopted).toBe(false);
    expect(requiredFor(TWO_THIRDS_MORE, 130)).toBe(87);
  });

  it('counts "more than half" strictly: 65 of 130 is not enough, 66 is', () => {
    expect(decide(MORE_THAN_HALF, tally(65), 130, 140).adopted).toBe(false);
    expect(decide(MORE_THAN_HALF, tally(66), 130, 140).adopted).toBe(true);
  });

  it('takes the base the rule names: elected delegates, or the valid votes cast', () => {
    expect(decide({ ...MORE_THAN_HALF, base: 'elected' }, tally(66), 130, 140)).toMatchObject({
      baseCount: 140,
      adopted: false,
    });
    expect(decide({ ...MORE_THAN_HALF, base: 'votes-cast' }, tally(40, 30, 10), 130, 140)).toMatchObject({
      baseCount: 80,
      required: 41,
      adopted: false,
    });
  });

  it('never adopts with no votes for, even on an empty base', () =>
    expect(decide({ ...MORE_THAN_HALF, base: 'votes-cast' }, tally(0), 0, 0).adopted).toBe(false));

  it('explains the result in Chinese and English, naming the rule', () =>
    expect(explain(TWO_THIRDS_AT_LEAST, decide(TWO_THIRDS_AT_LEAST, tally(97), 130, 140), 97)).toEqual({
      zh: '通过：赞成 97 票，出席代表 130，须达到三分之二（至少 87 票，第二十三条）',
      en: 'adopted: 97 for of 130 present, at least two thirds required (87 votes, 第二十三条)',
    }));
});
