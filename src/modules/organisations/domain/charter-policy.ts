import type { Ratio } from '../../../shared/domain/policy-value.js';

/**
 * The charter's numbers, per organisation. Defaults come from config/charter-policy.json (the seed charter);
 * an organisation may change them, and each change is a recorded PolicyChanged event.
 */
export type CharterPolicy = Readonly<{
  /** Art. 16-17: staff of the union (school at most 40; college 20-30) */
  staff: Readonly<{ min: number; max: number }>;
  /** Art. 14, 17: presidium seats (school 4, college 3) */
  presidiumSeats: number;
  /** Art. 16: departments of the school union (6) */
  departments: number;
  /** Art. 8: the congress opens only with this share of elected delegates present (2/3) */
  quorum: Ratio;
  /** Delegate notice: delegates are at least this share of enrolled students (1%) */
  delegateShareMin: Ratio;
  /** Delegate notice: every college has at least this many seats (5) */
  delegateMinPerCollege: number;
  /**
   * Delegate notice: how seats are shared. `largest-remainder-with-minimum` (the default, the notice's sentence:
   * in proportion, a college short of the minimum counted as the minimum) or `minimum-first-then-largest-remainder`.
   */
  seatAllocation?: SeatAllocationMethod;
  /** Delegate notice: at least this share of delegates hold no union post (60%) */
  nonOfficerShareMin: Ratio;
  /** Art. 18: staff and presidium candidates */
  staffEligibility: Readonly<{
    politicalStatuses: readonly ('CPC' | 'CYL')[];
    /** within the top N percent of the major */
    topPercentOfMajor: number;
    maxFailedCourses: number;
  }>;
  /**
   * Art. 8 (5), Art. 9 rights 3: the proposal procedure. Optional because organisations registered before it
   * existed carry none; they follow the seed's defaults (config/charter-policy.json) until they change it.
   */
  proposals?: ProposalPolicy;
  /**
   * Art. 8 (表决制), Art. 23: the rule that decides each kind of motion. Optional for the same reason as `proposals`;
   * the seed names no threshold, so the defaults (config/charter-policy.json) are the union's choice.
   */
  motionRules?: MotionRules;
  /**
   * Art. 17 (5): the semesters a college union reports in to its school union, and the days a failing union has to
   * rectify. Optional for the same reason as `proposals`; the defaults (config/charter-policy.json) are the union's
   * choice, as the seed names no dates.
   */
  collegeAssessment?: CollegeAssessmentPolicy;
  /**
   * Art. 19-20 and the review rules (述职评议办法): the semester review of the presidium and department heads. Optional
   * for the same reason as `proposals`; the defaults (config/charter-policy.json) are the seed's rubric and weights.
   */
  staffReview?: StaffReviewPolicy;
  /**
   * Art. 12: the matter types that need prior approval (important matters, major activities, publications, external
   * contacts, and any a union adds), each with its chain of approving bodies. Optional for the same reason as
   * `proposals`; the seed names no bodies or days, so the defaults (config/charter-policy.json) are the union's choice.
   */
  approvals?: ApprovalsPolicy;
}>;

/** 评议办法第七条至第十二条: an item of the rubric with its maximum and the article it comes from. */
export type RubricItemRule = Readonly<{ key: string; max: number; article: string }>;

/**
 * The review rules (述职评议办法): when a period opens, the panel (第二条), the rubric (第七条至第十二条, versioned),
 * how scores are aggregated and weighted (第六条、第十二条: 50% + 50%), the rounding stated, the pass mark and the
 * days to ask for a re-review (复核). A period keeps the rules of the day it opened.
 */
export type StaffReviewPolicy = Readonly<{
  openingDays: number;
  panel: Readonly<{
    minSize: number;
    delegateShare: Ratio;
    requiredBodies: readonly ('delegate' | 'student-affairs' | 'youth-league-committee')[];
  }>;
  rubric: Readonly<{ version: string; daily: readonly RubricItemRule[]; concentrated: readonly RubricItemRule[] }>;
  aggregation: (typeof REVIEW_AGGREGATIONS)[number];
  weights: Readonly<{ daily: Ratio; concentrated: Ratio }>;
  decimals: number;
  rounding: (typeof REVIEW_ROUNDINGS)[number];
  passMark: number;
  appealDays: number;
}>;

export const REVIEW_AGGREGATIONS = ['mean', 'median', 'trimmed-mean'] as const;
export const REVIEW_ROUNDINGS = ['half-up', 'half-even'] as const;
export const PANEL_BODIES = ['delegate', 'student-affairs', 'youth-league-committee'] as const;

/**
 * Who decides a step of an approval chain: `union` is the union's own presidium (its staff), `school-union` the
 * school union's (the union itself for a school union); the others are the school's bodies of those names.
 */
export const APPROVING_BODIES = [
  'union',
  'school-union',
  'youth-league-committee',
  'party-committee',
  'student-affairs',
] as const;
export type ApprovingBody = (typeof APPROVING_BODIES)[number];
/** The roles that may submit a matter for approval, as a matter type lists them. */
export const MATTER_SUBMITTER_ROLES = ['union-staff', 'college-union-staff'] as const;
export type MatterSubmitterRole = (typeof MATTER_SUBMITTER_ROLES)[number];

/** One step of a chain: the body that decides it and the days it has from the step's start. */
export type ApprovalStepRule = Readonly<{ body: ApprovingBody; days: number }>;

/** Art. 12: one matter type's chain, who may submit, the documents it needs, and who an overdue step goes to. */
export type MatterTypePolicy = Readonly<{
  key: string;
  /** an activity (a major activity) is held once approved, and may recruit volunteers (Art. 13) */
  activity: boolean;
  chain: readonly ApprovalStepRule[];
  submitters: readonly MatterSubmitterRole[];
  /** kinds of document a submission must include, such as plan, budget, safety-plan */
  documents: readonly string[];
  /** the body a step past its deadline escalates to */
  escalateTo: ApprovingBody;
}>;

export type ApprovalsPolicy = Readonly<{ matterTypes: readonly MatterTypePolicy[] }>;

/** A semester of the school year: `key` names it, `starts` and `ends` are month-days (MM-DD); it may cross New Year. */
export type SemesterRule = Readonly<{ key: string; starts: string; ends: string }>;

/** Art. 17 (5): 学院学生会每学期至少一次……汇报工作，接受工作评议，评议结果不合格的……限期整改. */
export type CollegeAssessmentPolicy = Readonly<{
  semesters: readonly SemesterRule[];
  /** a failing union rectifies within this many days of the assessment, unless the assessment names a date */
  rectificationDays: number;
}>;

export const MOTION_RULE_KINDS = ['charter-amendment', 'work-report', 'major-matter'] as const;
export const MOTION_RULE_BASES = ['present', 'elected', 'votes-cast'] as const;

/** Votes for must be more than (`strict`) or at least `ratio` of the base; `article` is cited in the result. */
export type MotionRule = Readonly<{
  base: (typeof MOTION_RULE_BASES)[number];
  ratio: Ratio;
  strict: boolean;
  article: string;
}>;
export type MotionRules = Readonly<Record<(typeof MOTION_RULE_KINDS)[number], MotionRule>>;

/** How the union runs proposals (提案): the seed is silent on the numbers, so they are the union's to set. */
export type ProposalPolicy = Readonly<{
  /** a joint proposal names at least this many co-signers (联名提案) */
  minCoSigners: number;
  /** a handling unit answers within this many days of the assignment */
  answerDueDays: number;
  /** after a "not satisfied" rating, the reopened handling is due within this many days */
  reopenDueDays: number;
  /** the categories an answer may take, e.g. solved / being-solved / planned / explained */
  answerCategories: readonly string[];
}>;

export const SEAT_ALLOCATION_METHODS = [
  'largest-remainder-with-minimum',
  'minimum-first-then-largest-remainder',
] as const;
export type SeatAllocationMethod = (typeof SEAT_ALLOCATION_METHODS)[number];

export type PolicyViolation = Readonly<{ field: string; rule: string }>;

function ratioOk(r: Ratio | undefined): boolean {
  return (
    !!r &&
    Number.isSafeInteger(r.numerator) &&
    Number.isSafeInteger(r.denominator) &&
    r.denominator > 0 &&
    r.numerator >= 0 &&
    r.numerator <= r.denominator
  );
}

const wholeNumber = (n: unknown, min = 0) => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/** Every rule a policy must keep; an empty list means the policy is usable. */
export function policyViolations(p: CharterPolicy): PolicyViolation[] {
  const v: PolicyViolation[] = [];
  if (!wholeNumber(p.staff?.min) || !wholeNumber(p.staff?.max, 1) || p.staff.min > p.staff.max) {
    v.push({ field: 'staff', rule: 'min and max are whole numbers, 0 <= min <= max, max >= 1' });
  }
  if (!wholeNumber(p.presidiumSeats, 1)) v.push({ field: 'presidiumSeats', rule: 'a whole number of at least 1' });
  if (!wholeNumber(p.departments)) v.push({ field: 'departments', rule: 'a whole number' });
  for (const field of ['quorum', 'delegateShareMin', 'nonOfficerShareMin'] as const) {
    if (!ratioOk(p[field])) v.push({ field, rule: 'a fraction numerator/denominator between 0 and 1' });
  }
  if (ratioOk(p.quorum) && p.quorum.numerator * 2 <= p.quorum.denominator) {
    v.push({ field: 'quorum', rule: 'more than half (a congress of a minority decides nothing)' });
  }
  if (!wholeNumber(p.delegateMinPerCollege)) v.push({ field: 'delegateMinPerCollege', rule: 'a whole number' });
  if (p.seatAllocation !== undefined && !SEAT_ALLOCATION_METHODS.includes(p.seatAllocation)) {
    v.push({ field: 'seatAllocation', rule: `one of ${SEAT_ALLOCATION_METHODS.join(', ')}` });
  }
  if (p.proposals !== undefined) v.push(...proposalPolicyViolations(p.proposals));
  if (p.motionRules !== undefined) v.push(...motionRuleViolations(p.motionRules));
  if (p.collegeAssessment !== undefined) v.push(...collegeAssessmentViolations(p.collegeAssessment));
  if (p.staffReview !== undefined) v.push(...staffReviewViolations(p.staffReview));
  if (p.approvals !== undefined) v.push(...approvalsViolations(p.approvals));
  const e = p.staffEligibility;
  if (!e || !Array.isArray(e.politicalStatuses) || e.politicalStatuses.some((s) => s !== 'CPC' && s !== 'CYL')) {
    v.push({ field: 'staffEligibility.politicalStatuses', rule: 'a list of CPC and/or CYL' });
  }
  if (!e || !wholeNumber(e.topPercentOfMajor, 1) || e.topPercentOfMajor > 100) {
    v.push({ field: 'staffEligibility.topPercentOfMajor', rule: 'a whole number from 1 to 100' });
  }
  if (!e || !wholeNumber(e.maxFailedCourses))
    v.push({ field: 'staffEligibility.maxFailedCourses', rule: 'a whole number' });
  return v;
}

const ANSWER_CATEGORY = /^[a-z][a-z0-9-]{0,39}$/;

function proposalPolicyViolations(p: ProposalPolicy): PolicyViolation[] {
  const v: PolicyViolation[] = [];
  if (!wholeNumber(p.minCoSigners, 1))
    v.push({ field: 'proposals.minCoSigners', rule: 'a whole number of at least 1' });
  for (const field of ['answerDueDays', 'reopenDueDays'] as const) {
    if (!wholeNumber(p[field], 1) || p[field] > 365)
      v.push({ field: `proposals.${field}`, rule: 'a whole number of days from 1 to 365' });
  }
  const categories = p.answerCategories;
  if (
    !Array.isArray(categories) ||
    categories.length === 0 ||
    new Set(categories).size !== categories.length ||
    categories.some((c) => typeof c !== 'string' || !ANSWER_CATEGORY.test(c))
  )
    v.push({ field: 'proposals.answerCategories', rule: 'a non-empty list of distinct keys such as being-solved' });
  return v;
}

const SEMESTER_KEY = /^[a-z][a-z0-9]{0,15}$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A month-day every year has (no 02-29, no 04-31). */
const monthDayOk = (md: unknown) =>
  typeof md === 'string' && MONTH_DAY.test(md) && new Date(`2023-${md}T00:00:00Z`).toISOString().slice(5, 10) === md;

function collegeAssessmentViolations(p: CollegeAssessmentPolicy): PolicyViolation[] {
  const v: PolicyViolation[] = [];
  const semesters = p.semesters;
  if (
    !Array.isArray(semesters) ||
    semesters.length === 0 ||
    semesters.length > 4 ||
    new Set(semesters.map((s) => s?.key)).size !== semesters.length ||
    semesters.some((s) => !s || typeof s.key !== 'string' || !SEMESTER_KEY.test(s.key))
  )
    v.push({ field: 'collegeAssessment.semesters', rule: '1-4 semesters with distinct keys such as autumn, spring' });
  else if (semesters.some((s) => !monthDayOk(s.starts) || !monthDayOk(s.ends) || s.starts === s.ends))
    v.push({ field: 'collegeAssessment.semesters', rule: 'each starts and ends on a month-day MM-DD, not the same' });
  if (!wholeNumber(p.rectificationDays, 1) || p.rectificationDays > 365)
    v.push({ field: 'collegeAssessment.rectificationDays', rule: 'a whole number of days from 1 to 365' });
  return v;
}

const RUBRIC_KEY = /^[a-z][a-z0-9-]{0,39}$/;
const RUBRIC_VERSION = /^[a-z0-9][a-z0-9-]{0,39}$/;

function rubricPartViolations(items: readonly RubricItemRule[] | undefined, field: string): PolicyViolation[] {
  if (
    !Array.isArray(items) ||
    items.length === 0 ||
    items.length > 20 ||
    new Set(items.map((i) => i?.key)).size !== items.length ||
    items.some(
      (i) =>
        !i ||
        typeof i.key !== 'string' ||
        !RUBRIC_KEY.test(i.key) ||
        !wholeNumber(i.max, 1) ||
        i.max > 100 ||
        typeof i.article !== 'string' ||
        !i.article.trim() ||
        i.article.length > 50,
    )
  )
    return [{ field, rule: '1-20 items with distinct keys, each a whole maximum from 1 to 100 and its article' }];
  return [];
}

function staffReviewViolations(p: StaffReviewPolicy): PolicyViolation[] {
  const v: PolicyViolation[] = [];
  if (!wholeNumber(p.openingDays, 1) || p.openingDays > 120)
    v.push({ field: 'staffReview.openingDays', rule: 'a whole number of days from 1 to 120' });
  const panel = p.panel;
  if (
    !panel ||
    !wholeNumber(panel.minSize, 1) ||
    panel.minSize > 99 ||
    !ratioOk(panel.delegateShare) ||
    panel.delegateShare.numerator * 2 < panel.delegateShare.denominator ||
    !Array.isArray(panel.requiredBodies) ||
    panel.requiredBodies.some((b) => !PANEL_BODIES.includes(b))
  )
    v.push({
      field: 'staffReview.panel',
      rule: `minSize 1-99, delegateShare a fraction of at least 1/2 (delegates are more than it), requiredBodies of ${PANEL_BODIES.join(', ')}`,
    });
  else if (p.aggregation === 'trimmed-mean' && panel.minSize < 3)
    v.push({ field: 'staffReview.panel', rule: 'a trimmed mean drops two sheets: minSize at least 3' });
  const rubric = p.rubric;
  if (!rubric || typeof rubric.version !== 'string' || !RUBRIC_VERSION.test(rubric.version))
    v.push({ field: 'staffReview.rubric', rule: 'a version such as 2019-rules, and the items of each part' });
  else
    v.push(
      ...rubricPartViolations(rubric.daily, 'staffReview.rubric'),
      ...rubricPartViolations(rubric.concentrated, 'staffReview.rubric'),
    );
  if (!REVIEW_AGGREGATIONS.includes(p.aggregation))
    v.push({ field: 'staffReview.aggregation', rule: REVIEW_AGGREGATIONS.join(', ') });
  const w = p.weights;
  if (
    !w ||
    !ratioOk(w.daily) ||
    !ratioOk(w.concentrated) ||
    w.daily.numerator * w.concentrated.denominator + w.concentrated.numerator * w.daily.denominator !==
      w.daily.denominator * w.concentrated.denominator
  )
    v.push({ field: 'staffReview.weights', rule: 'two fractions, daily and concentrated, adding up to 1' });
  if (!wholeNumber(p.decimals) || p.decimals > 4) v.push({ field: 'staffReview.decimals', rule: '0 to 4 decimals' });
  if (!REVIEW_ROUNDINGS.includes(p.rounding))
    v.push({ field: 'staffReview.rounding', rule: REVIEW_ROUNDINGS.join(', ') });
  if (!wholeNumber(p.passMark) || p.passMark > 100)
    v.push({ field: 'staffReview.passMark', rule: 'a whole mark from 0 to 100' });
  if (!wholeNumber(p.appealDays, 1) || p.appealDays > 60)
    v.push({ field: 'staffReview.appealDays', rule: 'a whole number of days from 1 to 60' });
  return v;
}

const POLICY_KEY = /^[a-z][a-z0-9-]{0,39}$/;
const keyList = (list: unknown, max: number) =>
  Array.isArray(list) &&
  list.length <= max &&
  new Set(list).size === list.length &&
  list.every((k) => typeof k === 'string' && POLICY_KEY.test(k));

function approvalsViolations(p: ApprovalsPolicy): PolicyViolation[] {
  const types = p.matterTypes;
  if (!Array.isArray(types) || types.length > 30 || new Set(types.map((t) => t?.key)).size !== types.length)
    return [{ field: 'approvals.matterTypes', rule: 'at most 30 matter types with distinct keys' }];
  const ok = (t: MatterTypePolicy) =>
    !!t &&
    typeof t.key === 'string' &&
    POLICY_KEY.test(t.key) &&
    typeof t.activity === 'boolean' &&
    Array.isArray(t.chain) &&
    t.chain.length >= 1 &&
    t.chain.length <= 10 &&
    t.chain.every((s) => !!s && APPROVING_BODIES.includes(s.body) && wholeNumber(s.days, 1) && s.days <= 90) &&
    Array.isArray(t.submitters) &&
    t.submitters.length >= 1 &&
    t.submitters.every((r) => MATTER_SUBMITTER_ROLES.includes(r)) &&
    keyList(t.documents, 20) &&
    APPROVING_BODIES.includes(t.escalateTo);
  return types.every(ok)
    ? []
    : [
        {
          field: 'approvals.matterTypes',
          rule: 'each a key, activity true or false, a chain of 1-10 steps (a body and 1-90 days), submitting roles, document kinds and an escalation body',
        },
      ];
}

function motionRuleViolations(rules: MotionRules): PolicyViolation[] {
  return MOTION_RULE_KINDS.flatMap((kind) => {
    const r = rules[kind];
    const field = `motionRules.${kind}`;
    if (!r) return [{ field, rule: 'a rule for every kind of motion' }];
    const v: PolicyViolation[] = [];
    if (!MOTION_RULE_BASES.includes(r.base)) v.push({ field: `${field}.base`, rule: MOTION_RULE_BASES.join(', ') });
    if (!ratioOk(r.ratio) || r.ratio.numerator * 2 < r.ratio.denominator)
      v.push({ field: `${field}.ratio`, rule: 'a fraction of at least one half' });
    if (typeof r.strict !== 'boolean')
      v.push({ field: `${field}.strict`, rule: 'true (more than) or false (at least)' });
    if (typeof r.article !== 'string' || !r.article.trim() || r.article.length > 50)
      v.push({ field: `${field}.article`, rule: 'the charter article cited, 1-50 characters' });
    return v;
  });
}

/** Any subset of a policy; the nested groups may be given in part. */
export type PolicyChanges = Partial<
  Omit<
    CharterPolicy,
    'staff' | 'staffEligibility' | 'proposals' | 'motionRules' | 'collegeAssessment' | 'staffReview' | 'approvals'
  >
> & {
  /** matter types given whole, each replacing the one of its key or added */
  approvals?: Partial<ApprovalsPolicy>;
  motionRules?: Partial<MotionRules>;
  collegeAssessment?: Partial<CollegeAssessmentPolicy>;
  staffReview?: Partial<StaffReviewPolicy>;
  staff?: Partial<CharterPolicy['staff']>;
  staffEligibility?: Partial<CharterPolicy['staffEligibility']>;
  proposals?: Partial<ProposalPolicy>;
};

/** The policy with `changes` laid over it, nested objects merged one level deep. */
export function withChanges(policy: CharterPolicy, changes: PolicyChanges): CharterPolicy {
  const { proposals, motionRules, collegeAssessment, staffReview, approvals, ...rest } = changes;
  return {
    ...policy,
    ...rest,
    staff: { ...policy.staff, ...changes.staff },
    staffEligibility: { ...policy.staffEligibility, ...changes.staffEligibility },
    // A union registered before the group existed gives it whole the first time; the checks name what is missing.
    ...(policy.proposals || proposals ? { proposals: { ...policy.proposals, ...proposals } as ProposalPolicy } : {}),
    ...(policy.motionRules || motionRules
      ? { motionRules: { ...policy.motionRules, ...motionRules } as MotionRules }
      : {}),
    ...(policy.collegeAssessment || collegeAssessment
      ? { collegeAssessment: { ...policy.collegeAssessment, ...collegeAssessment } as CollegeAssessmentPolicy }
      : {}),
    ...(policy.staffReview || staffReview
      ? { staffReview: { ...policy.staffReview, ...staffReview } as StaffReviewPolicy }
      : {}),
    ...(policy.approvals || approvals ? { approvals: mergedApprovals(policy.approvals, approvals) } : {}),
  };
}

/** Matter types merged by key: a changed type replaces the old one in its place, a new one is added at the end. */
function mergedApprovals(before: ApprovalsPolicy | undefined, changes: Partial<ApprovalsPolicy> | undefined) {
  const old = before?.matterTypes ?? [];
  const changed = changes?.matterTypes ?? [];
  const byKey = new Map(changed.map((t) => [t.key, t]));
  const kept = old.map((t) => byKey.get(t.key) ?? t);
  return { matterTypes: [...kept, ...changed.filter((t) => !old.some((o) => o.key === t.key))] };
}
