import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { PanelBody, ReviewRules } from './review-rules.js';

/** 评议办法第三条: 述职评议对象为学生会主席团成员及其工作部门负责人. */
export type ReviewedPost =
  Readonly<{ kind: 'presidium' }> | Readonly<{ kind: 'department-head'; departmentId: string }>;
export type Reviewee = Readonly<{ studentId: string; post: ReviewedPost }>;
export type PanelMember = Readonly<{ panellistId: string; body: PanelBody }>;
/** The first hearing, or the re-review (复核) of one reviewee by a panel without the original panellists. */
export type ReviewStage = 'review' | 'appeal';
/**
 * One panellist's sheet: a score per rubric item of each part, as a decimal string ("8.5"): the hash chain's
 * canonical JSON takes whole numbers only, and a score is kept exactly as given.
 */
export type ScoreSheet = Readonly<{
  daily: Readonly<Record<string, string>>;
  concentrated: Readonly<Record<string, string>>;
}>;
/** The sheet as a panellist gives it: numbers with at most one decimal. */
export type GivenSheet = Readonly<{
  daily: Readonly<Record<string, number>>;
  concentrated: Readonly<Record<string, number>>;
}>;

/** A reviewee's result as stated by the rules: each part's panel value and the weighted final, with the decimals stated. */
export type ReviewResult = Readonly<{
  revieweeId: string;
  post: ReviewedPost;
  /** the number of sheets the result is aggregated from */
  sheets: number;
  daily: string;
  concentrated: string;
  final: string;
  passed: boolean;
}>;

/** 评议办法第五条: the union opened the semester's review in its last month, with the rules and reviewees of that day. */
export type ReviewPeriodOpened = DomainEvent<
  'ReviewPeriodOpened',
  {
    organisationId: string;
    semester: string;
    semesterEnds: string;
    reviewees: readonly Reviewee[];
    rules: ReviewRules;
    openedOn: string;
    openedAt: string;
  }
>;

/** 评议办法第二条: panellists appointed to the review, or to one reviewee's re-review (`revieweeId`). */
export type PanellistsAppointed = DomainEvent<
  'PanellistsAppointed',
  {
    organisationId: string;
    semester: string;
    stage: ReviewStage;
    /** the reviewee a re-review panel hears; null for the period's panel */
    revieweeId: string | null;
    /** the congress whose seated delegates the delegate members are */
    congressId: string;
    members: readonly PanelMember[];
    appointedAt: string;
  }
>;

/** A panellist declared a conflict of interest with a reviewee and is recused from scoring them. */
export type PanellistRecused = DomainEvent<
  'PanellistRecused',
  {
    organisationId: string;
    semester: string;
    stage: ReviewStage;
    revieweeId: string;
    panellistId: string;
    conflict: string;
    recusedAt: string;
  }
>;

/**
 * After a recusal, the panel left to score a reviewee breaks the composition rule (评议办法第二条 or the minimum
 * size): a business failure the union answers by appointing panellists; results wait until it is whole again.
 */
export type ReviewPanelShort = DomainEvent<
  'ReviewPanelShort',
  { organisationId: string; semester: string; stage: ReviewStage; revieweeId: string; rule: string; detail: string }
>;

/** A panellist scored a reviewee, once, on the period's rubric; unseen by other panellists until publication. */
export type ReviewScoreSubmitted = DomainEvent<
  'ReviewScoreSubmitted',
  {
    organisationId: string;
    semester: string;
    stage: ReviewStage;
    revieweeId: string;
    panellistId: string;
    rubricVersion: string;
    sheet: ScoreSheet;
    submittedAt: string;
  }
>;

/** Every result of the period, published together; those below the pass mark are flagged for the union's decision. */
export type ReviewResultsPublished = DomainEvent<
  'ReviewResultsPublished',
  {
    organisationId: string;
    semester: string;
    results: readonly ReviewResult[];
    aggregation: ReviewRules['aggregation'];
    rounding: ReviewRules['rounding'];
    decimals: number;
    passMark: number;
    publishedOn: string;
    /** the last day a reviewee may ask for a re-review */
    appealBy: string;
    publishedAt: string;
  }
>;

/** A reviewee asked for a re-review (复核), with reasons, within the deadline. */
export type ReviewAppealFiled = DomainEvent<
  'ReviewAppealFiled',
  { organisationId: string; semester: string; revieweeId: string; reasons: string; filedOn: string; filedAt: string }
>;

/** The re-review's outcome, recorded beside the original result, which stays as it was. */
export type ReviewAppealDecided = DomainEvent<
  'ReviewAppealDecided',
  {
    organisationId: string;
    semester: string;
    revieweeId: string;
    outcome: 'upheld' | 'changed';
    original: ReviewResult;
    revised: ReviewResult;
    decidedOn: string;
    decidedAt: string;
  }
>;

/** Art. 20: the union decided on a post whose result is below the pass mark: kept with improvement, or removed. */
export type PostDecided = DomainEvent<
  'PostDecided',
  {
    organisationId: string;
    semester: string;
    revieweeId: string;
    post: ReviewedPost;
    decision: PostDecision;
    /** the result decided on: the re-review's when there was one */
    final: string;
    reason: string;
    decidedOn: string;
    decidedAt: string;
  }
>;
export const POST_DECISIONS = ['keep-with-improvement', 'remove'] as const;
export type PostDecision = (typeof POST_DECISIONS)[number];

export type StaffReviewEvent =
  | ReviewPeriodOpened
  | PanellistsAppointed
  | PanellistRecused
  | ReviewPanelShort
  | ReviewScoreSubmitted
  | ReviewResultsPublished
  | ReviewAppealFiled
  | ReviewAppealDecided
  | PostDecided;

export const STAFF_REVIEW_EVENT_TYPES = eventTypeList<StaffReviewEvent['type']>({
  ReviewPeriodOpened: true,
  PanellistsAppointed: true,
  PanellistRecused: true,
  ReviewPanelShort: true,
  ReviewScoreSubmitted: true,
  ReviewResultsPublished: true,
  ReviewAppealFiled: true,
  ReviewAppealDecided: true,
  PostDecided: true,
});
