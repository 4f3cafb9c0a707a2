import { assertNever } from '../../../shared/domain/decider.js';
import type { ReviewRules } from './review-rules.js';
import type {
  PanelMember,
  PostDecision,
  ReviewedPost,
  ReviewResult,
  ScoreSheet,
  StaffReviewEvent,
} from './staff-review.events.js';

/** One panel's work: its members, who is recused from whom, and the sheets given (per reviewee, per panellist). */
export type Hearing = Readonly<{
  members: readonly PanelMember[];
  recused: Readonly<Record<string, readonly string[]>>;
  sheets: Readonly<Record<string, Readonly<Record<string, ScoreSheet>>>>;
}>;

export const emptyHearing = (): Hearing => ({ members: [], recused: {}, sheets: {} });

export type ReviewPeriodFacts = Readonly<{
  organisationId: string;
  semester: string;
  semesterEnds: string;
  reviewees: Readonly<Record<string, ReviewedPost>>;
  rules: ReviewRules;
}>;

/** A reviewee's re-review (复核): asked for and heard by its own panel, then decided beside the original. */
export type Appeal =
  | Readonly<{ status: 'Filed'; hearing: Hearing }>
  | Readonly<{ status: 'Decided'; hearing: Hearing; outcome: 'upheld' | 'changed'; revised: ReviewResult }>;

/** A union's review of one semester: not opened, open for panelling and scoring, or published with its sequels. */
export type StaffReview =
  | Readonly<{ status: 'NotOpened' }>
  | Readonly<{ status: 'Open'; period: ReviewPeriodFacts; review: Hearing }>
  | Readonly<{
      status: 'Published';
      period: ReviewPeriodFacts;
      review: Hearing;
      results: Readonly<Record<string, ReviewResult>>;
      appealBy: string;
      appeals: Readonly<Record<string, Appeal>>;
      decisions: Readonly<Record<string, PostDecision>>;
    }>;

export const initialStaffReview = (): StaffReview => ({ status: 'NotOpened' });

/** The panellists left to score a reviewee: the panel without the reviewee themselves and those recused from them. */
export function scorersOf(hearing: Hearing, revieweeId: string): PanelMember[] {
  const recused = hearing.recused[revieweeId] ?? [];
  return hearing.members.filter((m) => m.panellistId !== revieweeId && !recused.includes(m.panellistId));
}

/** The result that counts for a reviewee: the re-review's once decided, else the original. */
export function resultThatCounts(state: Extract<StaffReview, { status: 'Published' }>, revieweeId: string) {
  const appeal = state.appeals[revieweeId];
  return appeal?.status === 'Decided' ? appeal.revised : state.results[revieweeId];
}

/** A panel's work after one of its events: what the decisions check a panel as it would stand, too. */
export function withHearing(hearing: Hearing, event: StaffReviewEvent): Hearing {
  switch (event.type) {
    case 'PanellistsAppointed':
      return { ...hearing, members: [...hearing.members, ...event.data.members] };
    case 'PanellistRecused': {
      const { revieweeId, panellistId } = event.data;
      return {
        ...hearing,
        recused: { ...hearing.recused, [revieweeId]: [...(hearing.recused[revieweeId] ?? []), panellistId] },
      };
    }
    case 'ReviewScoreSubmitted': {
      const { revieweeId, panellistId, sheet } = event.data;
      return {
        ...hearing,
        sheets: { ...hearing.sheets, [revieweeId]: { ...hearing.sheets[revieweeId], [panellistId]: sheet } },
      };
    }
    default:
      return hearing;
  }
}

/** The hearing an event of a published period belongs to: the re-review's of its reviewee. */
function evolveAppeal(
  state: Extract<StaffReview, { status: 'Published' }>,
  revieweeId: string,
  event: StaffReviewEvent,
) {
  const appeal = state.appeals[revieweeId];
  if (!appeal) return state;
  return {
    ...state,
    appeals: { ...state.appeals, [revieweeId]: { ...appeal, hearing: withHearing(appeal.hearing, event) } },
  };
}

export function evolveStaffReview(state: StaffReview, event: StaffReviewEvent): StaffReview {
  switch (event.type) {
    case 'ReviewPeriodOpened': {
      const { organisationId, semester, semesterEnds, rules } = event.data;
      const reviewees = Object.fromEntries(event.data.reviewees.map((r) => [r.studentId, r.post]));
      return {
        status: 'Open',
        period: { organisationId, semester, semesterEnds, reviewees, rules },
        review: emptyHearing(),
      };
    }
    case 'PanellistsAppointed':
    case 'PanellistRecused':
    case 'ReviewScoreSubmitted': {
      if (state.status === 'Open') return { ...state, review: withHearing(state.review, event) };
      if (state.status !== 'Published') return state;
      const { stage, revieweeId } = event.data;
      return stage === 'appeal' && revieweeId ? evolveAppeal(state, revieweeId, event) : state;
    }
    case 'ReviewPanelShort':
      return state;
    case 'ReviewResultsPublished': {
      if (state.status !== 'Open') return state;
      const results = Object.fromEntries(event.data.results.map((r) => [r.revieweeId, r]));
      return { ...state, status: 'Published', results, appealBy: event.data.appealBy, appeals: {}, decisions: {} };
    }
    case 'ReviewAppealFiled':
      return state.status === 'Published'
        ? {
            ...state,
            appeals: { ...state.appeals, [event.data.revieweeId]: { status: 'Filed', hearing: emptyHearing() } },
          }
        : state;
    case 'ReviewAppealDecided': {
      if (state.status !== 'Published') return state;
      const { revieweeId, outcome, revised } = event.data;
      const hearing = state.appeals[revieweeId]?.hearing ?? emptyHearing();
      return {
        ...state,
        appeals: { ...state.appeals, [revieweeId]: { status: 'Decided', hearing, outcome, revised } },
      };
    }
    case 'PostDecided':
      return state.status === 'Published'
        ? { ...state, decisions: { ...state.decisions, [event.data.revieweeId]: event.data.decision } }
        : state;
    default:
      return assertNever(event, 'staff review event');
  }
}
