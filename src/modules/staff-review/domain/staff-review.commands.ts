import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { GivenSheet, PanelMember, PostDecision, Reviewee } from './staff-review.events.js';
import type { ReviewRules } from './review-rules.js';

/**
 * The facts an opening decides on, each from its own stream: the union's review rules in force, the semester's
 * dates from the school union's policy (null when the school has no such semester), and who holds a reviewed post.
 */
export type OpenReviewPeriod = DomainCommand<
  'OpenReviewPeriod',
  {
    organisationId: string;
    semester: string;
    semesterDates: Readonly<{ starts: string; ends: string }> | null;
    rules: ReviewRules;
    inOffice: readonly Reviewee[];
  }
>;

/** The congress as the panel is checked against it: its delegates must be seated there (评议办法第二条). */
export type PanelCongressFact = Readonly<{
  congressId: string;
  organisationId: string;
  seatedDelegateIds: readonly string[];
}> | null;

/** `revieweeId` names the reviewee a re-review panel hears; null appoints to the period's panel. */
export type AppointPanellists = DomainCommand<
  'AppointPanellists',
  { revieweeId: string | null; congress: PanelCongressFact; members: readonly PanelMember[] }
>;

/** The panellist is the actor: a conflict is declared by the person who has it. */
export type DeclareConflict = DomainCommand<'DeclareConflict', { revieweeId: string; conflict: string }>;

/** The panellist is the actor; the sheet scores every item of the period's rubric. */
export type SubmitScore = DomainCommand<'SubmitScore', { revieweeId: string; sheet: GivenSheet }>;

export type PublishReviewResults = DomainCommand<'PublishReviewResults', Record<string, never>>;

/** The reviewee is the actor. */
export type FileReviewAppeal = DomainCommand<'FileReviewAppeal', { revieweeId: string; reasons: string }>;

export type DecideReviewAppeal = DomainCommand<'DecideReviewAppeal', { revieweeId: string }>;

/** `stillInOffice`: whether the reviewee holds a post in the union's staff register today (from its stream). */
export type DecidePost = DomainCommand<
  'DecidePost',
  { revieweeId: string; decision: PostDecision; reason: string; stillInOffice: boolean }
>;

export type StaffReviewCommand =
  | OpenReviewPeriod
  | AppointPanellists
  | DeclareConflict
  | SubmitScore
  | PublishReviewResults
  | FileReviewAppeal
  | DecideReviewAppeal
  | DecidePost;
