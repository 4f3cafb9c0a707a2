import type { DomainCommand } from '../../../shared/domain/decider.js';
import { aggregate, below, decimalString, stated, total, tenths, weighted } from './exact-score.js';
import { REVIEW_PARTS, type PanelRules, type ReviewRules } from './review-rules.js';
import type { PanelCongressFact } from './staff-review.commands.js';
import {
  AlreadyScored,
  NotOnThePanel,
  PanelCompositionBroken,
  PanellistNotEligible,
  PanellistRecusedFromReviewee,
  ReasonRequired,
  ScoreAboveMaximum,
  ScoreSheetInvalid,
  ScoresOutstanding,
  SelfScoring,
} from './staff-review.errors.js';
import type {
  PanelMember,
  PanellistRecused,
  ReviewedPost,
  ReviewPanelShort,
  ReviewResult,
  ReviewScoreSubmitted,
  ReviewStage,
  GivenSheet,
  ScoreSheet,
} from './staff-review.events.js';
import { type Hearing, type ReviewPeriodFacts, scorersOf, withHearing } from './staff-review.state.js';

/**
 * What a panel does, the same in the first review and in a re-review (复核): appointed and checked, recusals, one
 * sheet per panellist and reviewee, and the result aggregated by the period's rules.
 */
export type Breach = Readonly<{ rule: 'min-size' | 'delegate-majority' | 'body-missing'; detail: string }>;

/** 评议办法第二条: 以学生代表为主 (more than the policy's share), 校党委学生工作部、校团委 each present, the minimum size. */
export function compositionBreach(scorers: readonly PanelMember[], rules: PanelRules): Breach | null {
  if (scorers.length < rules.minSize)
    return { rule: 'min-size', detail: `${scorers.length} panellists, at least ${rules.minSize}` };
  const delegates = scorers.filter((m) => m.body === 'delegate').length;
  const { numerator, denominator } = rules.delegateShare;
  if (delegates * denominator <= scorers.length * numerator)
    return {
      rule: 'delegate-majority',
      detail: `${delegates} of ${scorers.length} are student delegates, more than ${numerator}/${denominator} required`,
    };
  const missing = rules.requiredBodies.filter((b) => !scorers.some((m) => m.body === b));
  return missing.length > 0 ? { rule: 'body-missing', detail: `no member from ${missing.join(', ')}` } : null;
}

/** The members a command appoints, each named once, not already on the panel, and delegates seated in the congress. */
export function checkedMembers(
  hearing: Hearing,
  members: readonly PanelMember[],
  congress: PanelCongressFact,
  organisationId: string,
): readonly PanelMember[] {
  const ids = members.map((m) => m.panellistId);
  if (members.length === 0) throw new PanellistNotEligible('Name at least one panellist', { field: 'members' });
  if (new Set(ids).size !== ids.length || hearing.members.some((m) => ids.includes(m.panellistId)))
    throw new PanellistNotEligible('Each panellist is named once', { field: 'members' });
  const delegates = members.filter((m) => m.body === 'delegate');
  if (delegates.length > 0) {
    if (!congress || congress.organisationId !== organisationId)
      throw new PanellistNotEligible(`The delegates are seated delegates of ${organisationId}’s congress`, {
        field: 'congressId',
      });
    const unseated = delegates.filter((m) => !congress.seatedDelegateIds.includes(m.panellistId));
    if (unseated.length > 0)
      throw new PanellistNotEligible(
        `${unseated.map((m) => m.panellistId).join(', ')} not seated in congress ${congress.congressId} (评议办法第二条)`,
        { field: 'members' },
      );
  }
  return members;
}

/** Refuses a panel that would leave any of `revieweeIds` with a panel breaking the composition rule. */
export function requireComposition(hearing: Hearing, revieweeIds: readonly string[], rules: PanelRules): void {
  for (const revieweeId of revieweeIds) {
    const breach = compositionBreach(scorersOf(hearing, revieweeId), rules);
    if (breach)
      throw new PanelCompositionBroken(`For ${revieweeId}: ${breach.detail} (评议办法第二条)`, {
        field: 'members',
        details: { revieweeId, rule: breach.rule },
      });
  }
}

type Where = Readonly<{ period: ReviewPeriodFacts; stage: ReviewStage; hearing: Hearing }>;

function requireMember(hearing: Hearing, panellistId: string): void {
  if (!hearing.members.some((m) => m.panellistId === panellistId))
    throw new NotOnThePanel(`${panellistId} is not on this panel`);
}

/** A conflict declared before scoring recuses the panellist; the panel left is checked again (issue 11 item 3). */
export function recuse(
  { period, stage, hearing }: Where,
  { data, metadata }: DomainCommand<string, { revieweeId: string; conflict: string }>,
): (PanellistRecused | ReviewPanelShort)[] {
  const panellistId = metadata.actor.id;
  requireMember(hearing, panellistId);
  const { revieweeId } = data;
  if (hearing.sheets[revieweeId]?.[panellistId])
    throw new AlreadyScored(`${panellistId} has scored ${revieweeId}; a conflict is declared before scoring`);
  if ((hearing.recused[revieweeId] ?? []).includes(panellistId))
    throw new PanellistRecusedFromReviewee(`${panellistId} is already recused from ${revieweeId}`);
  const conflict = data.conflict.trim();
  if (!conflict) throw new ReasonRequired('Say what the conflict of interest is', { field: 'conflict' });
  const { organisationId, semester } = period;
  const recused: PanellistRecused = {
    type: 'PanellistRecused',
    data: { organisationId, semester, stage, revieweeId, panellistId, conflict, recusedAt: metadata.now },
  };
  const left = scorersOf(withHearing(hearing, recused), revieweeId);
  const breach = compositionBreach(left, period.rules.panel);
  return breach
    ? [recused, { type: 'ReviewPanelShort', data: { organisationId, semester, stage, revieweeId, ...breach } }]
    : [recused];
}

/** 评议办法第七条至第十二条: every item of the rubric scored, between 0 and its maximum, with at most one decimal. */
function checkedSheet(sheet: GivenSheet, rules: ReviewRules): ScoreSheet {
  for (const part of REVIEW_PARTS) {
    const items = rules.rubric[part];
    const given = sheet[part] ?? {};
    const unknown = Object.keys(given).filter((k) => !items.some((i) => i.key === k));
    const missing = items.filter((i) => !(i.key in given)).map((i) => i.key);
    if (unknown.length > 0 || missing.length > 0)
      throw new ScoreSheetInvalid(
        `Rubric ${rules.rubric.version}: ${[...missing.map((k) => `missing ${k}`), ...unknown.map((k) => `no item ${k}`)].join(', ')}`,
        { field: `sheet.${part}` },
      );
    for (const item of items) {
      const score = given[item.key];
      if (typeof score !== 'number' || tenths(score) === null || score < 0)
        throw new ScoreSheetInvalid(`${item.key}: a score from 0 with at most one decimal`, {
          field: `sheet.${part}.${item.key}`,
        });
      if (score > item.max)
        throw new ScoreAboveMaximum(`${item.key} scores at most ${item.max} (${item.article})`, {
          field: `sheet.${part}.${item.key}`,
        });
    }
  }
  const written = (part: 'daily' | 'concentrated') =>
    Object.fromEntries(rules.rubric[part].map((i) => [i.key, decimalString(tenths(sheet[part][i.key]!)!)]));
  return { daily: written('daily'), concentrated: written('concentrated') };
}

/** Each panellist scores each reviewee once, never themselves, never one they are recused from. */
export function score(
  { period, stage, hearing }: Where,
  { data, metadata }: DomainCommand<string, { revieweeId: string; sheet: GivenSheet }>,
): ReviewScoreSubmitted {
  const panellistId = metadata.actor.id;
  const { revieweeId } = data;
  requireMember(hearing, panellistId);
  if (panellistId === revieweeId) throw new SelfScoring('Nobody scores themselves');
  if ((hearing.recused[revieweeId] ?? []).includes(panellistId))
    throw new PanellistRecusedFromReviewee(`${panellistId} declared a conflict with ${revieweeId} and is recused`);
  if (hearing.sheets[revieweeId]?.[panellistId])
    throw new AlreadyScored(`${panellistId} has already scored ${revieweeId}`);
  const { organisationId, semester, rules } = period;
  return {
    type: 'ReviewScoreSubmitted',
    data: {
      organisationId,
      semester,
      stage,
      revieweeId,
      panellistId,
      rubricVersion: rules.rubric.version,
      sheet: checkedSheet(data.sheet, rules),
      submittedAt: metadata.now,
    },
  };
}

/** Refuses results while a reviewee's panel is short or a panellist left to score them has not. */
export function requireComplete(hearing: Hearing, revieweeIds: readonly string[], rules: PanelRules): void {
  const outstanding: string[] = [];
  for (const revieweeId of revieweeIds) {
    const scorers = scorersOf(hearing, revieweeId);
    const breach = compositionBreach(scorers, rules);
    if (breach)
      throw new PanelCompositionBroken(`For ${revieweeId}: ${breach.detail}; appoint panellists (评议办法第二条)`, {
        details: { revieweeId, rule: breach.rule },
      });
    const missing = scorers.filter((m) => !hearing.sheets[revieweeId]?.[m.panellistId]).map((m) => m.panellistId);
    if (missing.length > 0) outstanding.push(`${revieweeId}: ${missing.join(', ')}`);
  }
  if (outstanding.length > 0)
    throw new ScoresOutstanding(`Not yet scored — ${outstanding.join('; ')}`, { details: { outstanding } });
}

/** Issue 11 item 5: each part aggregated by the rules, weighted 50/50 (policy), stated once with the rounding rule. */
export function resultOf(hearing: Hearing, revieweeId: string, post: ReviewedPost, rules: ReviewRules): ReviewResult {
  const sheets = scorersOf(hearing, revieweeId).map((m) => hearing.sheets[revieweeId]![m.panellistId]!);
  const part = (p: 'daily' | 'concentrated') =>
    aggregate(
      sheets.map((s) => total(Object.values(s[p]))),
      rules.aggregation,
    );
  const daily = part('daily');
  const concentrated = part('concentrated');
  const final = stated(
    weighted(daily, rules.weights.daily, concentrated, rules.weights.concentrated),
    rules.decimals,
    rules.rounding,
  );
  return {
    revieweeId,
    post,
    sheets: sheets.length,
    daily: stated(daily, rules.decimals, rules.rounding),
    concentrated: stated(concentrated, rules.decimals, rules.rounding),
    final,
    passed: !below(final, rules.passMark),
  };
}
