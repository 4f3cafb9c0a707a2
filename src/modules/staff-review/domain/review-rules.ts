import type { Ratio } from '../../../shared/domain/policy-value.js';

/**
 * The review rules (述职评议办法) a period is held under: the union's `staffReview` policy as it stood when the
 * period opened, copied into the period so that a later policy change never changes a review under way.
 */
export type ReviewRules = Readonly<{
  /** 评议办法第五条: 述职评议时间一般在每学期的最后一个月: a period opens within this many last days of the semester */
  openingDays: number;
  panel: PanelRules;
  rubric: Rubric;
  /** how the panellists' totals of one part are combined: mean, median, or the mean without the highest and lowest */
  aggregation: Aggregation;
  /** 评议办法第六条、第十二条: daily 50% + concentrated 50% */
  weights: Readonly<{ daily: Ratio; concentrated: Ratio }>;
  /** the result is stated with this many decimals, rounded by `rounding` */
  decimals: number;
  rounding: Rounding;
  /** a stated result below it flags the post for the union's decision (Art. 20: 述职评议结果作为……留任的必要条件) */
  passMark: number;
  /** a reviewee may ask for a re-review (复核) within this many days of publication */
  appealDays: number;
}>;

/** 评议办法第二条: 以学生代表为主，校党委学生工作部、校团委组成. */
export type PanelRules = Readonly<{
  minSize: number;
  /** delegates are more than this share of the panel (1/2: "mostly") */
  delegateShare: Ratio;
  /** bodies with at least one member on every panel */
  requiredBodies: readonly PanelBody[];
}>;

export const PANEL_BODIES = ['delegate', 'student-affairs', 'youth-league-committee'] as const;
export type PanelBody = (typeof PANEL_BODIES)[number];

/** 评议办法第七条至第十二条: the items of each part with their maxima; `version` names the rubric a score is given on. */
export type Rubric = Readonly<{
  version: string;
  daily: readonly RubricItem[];
  concentrated: readonly RubricItem[];
}>;
export type RubricItem = Readonly<{ key: string; max: number; article: string }>;

export const AGGREGATIONS = ['mean', 'median', 'trimmed-mean'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const ROUNDINGS = ['half-up', 'half-even'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

/** The two parts of a review, each scored out of its items' maxima (100 in the seed). */
export const REVIEW_PARTS = ['daily', 'concentrated'] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];
