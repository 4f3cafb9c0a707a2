import type { DataSource } from 'typeorm';
import type { ReviewRules } from '../../domain/review-rules.js';
import type { PostDecision, ReviewedPost, ReviewResult, ScoreSheet } from '../../domain/staff-review.events.js';

export type ReviewSummaryView = Readonly<{
  semester: string;
  status: 'open' | 'published';
  openedOn: string;
  publishedOn: string | null;
  appealBy: string | null;
  rubricVersion: string;
}>;
export type PanellistView = Readonly<{ panellistId: string; body: string }>;
export type AppealView = Readonly<{
  status: 'filed' | 'decided';
  reasons: string;
  filedOn: string;
  panel: PanellistView[];
  outcome: 'upheld' | 'changed' | null;
  revised: ReviewResult | null;
  decidedOn: string | null;
}>;
export type RevieweeView = Readonly<{
  revieweeId: string;
  post: ReviewedPost;
  /** sheets given and recusals declared, never their scores before publication */
  progress: Readonly<{ scored: number; recused: number }>;
  /** the composition rule the panel left to score this reviewee breaks, after a recusal */
  shortfall: Readonly<{ rule: string; detail: string }> | null;
  /** null until the results are published together */
  result: ReviewResult | null;
  appeal: AppealView | null;
  /** Art. 20: below the pass mark (the re-review's result when there was one) and not decided yet */
  flagged: boolean;
  decision: Readonly<{ decision: PostDecision; final: string; reason: string; decidedOn: string }> | null;
}>;
export type ReviewView = ReviewSummaryView &
  Readonly<{
    organisationId: string;
    semesterEnds: string;
    rules: ReviewRules;
    panel: PanellistView[];
    reviewees: RevieweeView[];
  }>;
export type SheetView = Readonly<{
  stage: 'review' | 'appeal';
  revieweeId: string;
  panellistId: string;
  status: 'scored' | 'recused';
  conflict: string | null;
  sheet: ScoreSheet | null;
}>;
export type NominationView = Readonly<{ rank: number; revieweeId: string; post: ReviewedPost; final: string }>;

type Row = Record<string, never>;

const summary = (r: Row): ReviewSummaryView => ({
  semester: r.semester,
  status: r.status,
  openedOn: r.opened_on,
  publishedOn: r.published_on,
  appealBy: r.appeal_by,
  rubricVersion: (r.rules as ReviewRules).rubric.version,
});

/** Art. 19-20: the union's review periods, latest semester first. */
export async function listReviews(db: DataSource, organisationId: string): Promise<ReviewSummaryView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM staff_reviews WHERE organisation_id = $1 ORDER BY semester_ends DESC`,
    [organisationId],
  );
  return rows.map(summary);
}

const counted = (result: ReviewResult | null, appeal: AppealView | null) =>
  appeal?.status === 'decided' && appeal.revised ? appeal.revised : result;

/** One period: its rules, panel, and per reviewee the progress, and the results once published. */
export async function findReview(db: DataSource, organisationId: string, semester: string): Promise<ReviewView | null> {
  const key = [organisationId, semester];
  const [period] = (await db.query(
    `SELECT * FROM staff_reviews WHERE organisation_id = $1 AND semester = $2`,
    key,
  )) as Row[];
  if (!period) return null;
  const [reviewees, panellists, sheets, shortfalls] = (await Promise.all([
    db.query(
      `SELECT * FROM staff_review_reviewees WHERE organisation_id = $1 AND semester = $2 ORDER BY reviewee_id`,
      key,
    ),
    db.query(
      `SELECT * FROM staff_review_panellists WHERE organisation_id = $1 AND semester = $2 ORDER BY appointed_at, panellist_id`,
      key,
    ),
    db.query(
      `SELECT stage, reviewee_id, status, count(*)::int AS n FROM staff_review_sheets
       WHERE organisation_id = $1 AND semester = $2 GROUP BY stage, reviewee_id, status`,
      key,
    ),
    db.query(`SELECT * FROM staff_review_shortfalls WHERE organisation_id = $1 AND semester = $2`, key),
  ])) as Row[][];
  const panelOf = (stage: string, hears: string) =>
    panellists!
      .filter((p) => p.stage === stage && p.hears === hears)
      .map((p): PanellistView => ({ panellistId: p.panellist_id, body: p.body }));
  const count = (stage: string, revieweeId: string, status: string) =>
    sheets!.find((s) => s.stage === stage && s.reviewee_id === revieweeId && s.status === status)?.n ?? 0;
  return {
    ...summary(period),
    organisationId,
    semesterEnds: period.semester_ends,
    rules: period.rules,
    panel: panelOf('review', ''),
    reviewees: reviewees!.map((r): RevieweeView => {
      const appealed = r.appeal as Omit<AppealView, 'panel'> | null;
      const appeal = appealed && { ...appealed, panel: panelOf('appeal', r.reviewee_id) };
      const stage = appeal && period.status === 'published' ? 'appeal' : 'review';
      const short = shortfalls!.find((s) => s.stage === stage && s.reviewee_id === r.reviewee_id);
      const result = counted(r.result, appeal);
      return {
        revieweeId: r.reviewee_id,
        post: r.post,
        progress: { scored: count(stage, r.reviewee_id, 'scored'), recused: count(stage, r.reviewee_id, 'recused') },
        shortfall: short ? { rule: short.rule, detail: short.detail } : null,
        result: r.result,
        appeal,
        flagged: !!result && !result.passed && !r.decision,
        decision: r.decision,
      };
    }),
  };
}

/**
 * Every sheet and recusal of a published period: the first review's, and a re-review's once it is decided. Before,
 * nobody reads another's scores (issue 11 item 5); the caller refuses the request.
 */
export async function reviewSheets(db: DataSource, organisationId: string, semester: string): Promise<SheetView[]> {
  const rows: Row[] = await db.query(
    `SELECT s.* FROM staff_review_sheets s
       JOIN staff_review_reviewees r USING (organisation_id, semester, reviewee_id)
     WHERE s.organisation_id = $1 AND s.semester = $2
       AND (s.stage = 'review' OR r.appeal->>'status' = 'decided')
     ORDER BY s.stage DESC, s.reviewee_id, s.panellist_id`,
    [organisationId, semester],
  );
  return rows.map((r) => ({
    stage: r.stage,
    revieweeId: r.reviewee_id,
    panellistId: r.panellist_id,
    status: r.status,
    conflict: r.conflict,
    sheet: r.sheet,
  }));
}

/**
 * Art. 22: the staff a published review makes eligible for award nominations, ordered by their result (the
 * re-review's when there was one), never by post; equal results share a rank. Removed and failing posts are not listed.
 */
export function awardNominations(review: ReviewView): NominationView[] {
  const eligible = review.reviewees
    .map((r) => ({ r, result: counted(r.result, r.appeal) }))
    .filter(({ r, result }) => result?.passed && r.decision?.decision !== 'remove')
    .map(({ r, result }) => ({ revieweeId: r.revieweeId, post: r.post, final: result!.final }))
    .sort((a, b) => Number(b.final) - Number(a.final) || a.revieweeId.localeCompare(b.revieweeId));
  // equal results share the rank of the first of them
  return eligible.map((e) => ({ rank: eligible.findIndex((o) => o.final === e.final) + 1, ...e }));
}
