import type { Ratio } from '../../../shared/domain/policy-value.js';

export const MOTION_KINDS = ['charter-amendment', 'work-report', 'major-matter'] as const;
/** Art. 8 (1) amend the charter (Art. 23), (2) approve the work report, (6) decide other major matters. */
export type MotionKind = (typeof MOTION_KINDS)[number];

export const DECISION_BASES = ['present', 'elected', 'votes-cast'] as const;
/** What the votes for are counted against: delegates present, delegates elected, or the valid votes cast. */
export type DecisionBase = (typeof DECISION_BASES)[number];

/**
 * The rule that decides a motion (Art. 8: 表决制, the threshold is the union's policy per kind): the votes for must be
 * more than (`strict`) or at least `ratio` of the base. "More than half" is 1/2 strict; "two thirds or more" is 2/3.
 */
export type DecisionRule = Readonly<{ base: DecisionBase; ratio: Ratio; strict: boolean; article: string }>;

export type Tally = Readonly<{ for: number; against: number; abstain: number; invalid: number; notVoting: number }>;

export type Decision = Readonly<{
  adopted: boolean;
  base: DecisionBase;
  baseCount: number;
  /** the fewest votes for that would adopt it */
  required: number;
}>;

/** The fewest votes for that meet the rule over `baseCount`, in integers (an exact threshold behaves as the words say). */
export function requiredFor(rule: DecisionRule, baseCount: number): number {
  const { numerator: n, denominator: d } = rule.ratio;
  // strict: for * d > n * base  ⇔  for >= floor(n * base / d) + 1; otherwise for * d >= n * base ⇔ for >= ceil(n * base / d)
  return rule.strict ? Math.floor((n * baseCount) / d) + 1 : Math.ceil((n * baseCount) / d);
}

export function decide(rule: DecisionRule, tally: Tally, present: number, elected: number): Decision {
  const baseCount =
    rule.base === 'present' ? present : rule.base === 'elected' ? elected : tally.for + tally.against + tally.abstain;
  const required = Math.max(1, requiredFor(rule, baseCount));
  return { adopted: tally.for >= required, base: rule.base, baseCount, required };
}

const FRACTION_ZH: Record<string, string> = {
  '1/2': '二分之一',
  '2/3': '三分之二',
  '3/4': '四分之三',
  '3/5': '五分之三',
};
const FRACTION_EN: Record<string, string> = {
  '1/2': 'half',
  '2/3': 'two thirds',
  '3/4': 'three quarters',
  '3/5': 'three fifths',
};
const BASE_ZH: Record<DecisionBase, string> = { present: '出席代表', elected: '应到代表', 'votes-cast': '有效票' };
const BASE_EN: Record<DecisionBase, string> = {
  present: 'present',
  elected: 'elected',
  'votes-cast': 'valid votes cast',
};

/** The result in the words of the rule: "通过：赞成 97 票，出席代表 130 人，须超过三分之二（第二十三条）". */
export function explain(rule: DecisionRule, decision: Decision, votesFor: number): { zh: string; en: string } {
  const key = `${rule.ratio.numerator}/${rule.ratio.denominator}`;
  const zhShare = FRACTION_ZH[key] ?? key;
  const enShare = FRACTION_EN[key] ?? key;
  const zh = `${decision.adopted ? '通过' : '未通过'}：赞成 ${votesFor} 票，${BASE_ZH[rule.base]} ${decision.baseCount}，须${
    rule.strict ? '超过' : '达到'
  }${zhShare}（至少 ${decision.required} 票，${rule.article}）`;
  const en = `${decision.adopted ? 'adopted' : 'not adopted'}: ${votesFor} for of ${decision.baseCount} ${BASE_EN[rule.base]}, ${
    rule.strict ? 'more than' : 'at least'
  } ${enShare} required (${decision.required} votes, ${rule.article})`;
  return { zh, en };
}
