import { beijingDate } from '../../../../shared/domain/beijing-date.js';
import type { DecideReviewAppeal, FileReviewAppeal } from '../staff-review.commands.js';
import {
  AppealAlreadyFiled,
  AppealDeadlinePassed,
  AppealNotByReviewee,
  AppealPanelNotIndependent,
  NoAppealPending,
  ReasonRequired,
  ResultsNotPublished,
  RevieweeUnknown,
} from '../staff-review.errors.js';
import type { PanelMember, ReviewAppealDecided, ReviewAppealFiled } from '../staff-review.events.js';
import { requireComplete, resultOf } from '../hearing.js';
import type { Hearing, StaffReview } from '../staff-review.state.js';

type Published = Extract<StaffReview, { status: 'Published' }>;

function published(state: StaffReview): Published {
  if (state.status !== 'Published') throw new ResultsNotPublished('The results are not published yet');
  return state;
}

function requireReviewee(state: Published, revieweeId: string): void {
  if (!state.results[revieweeId]) throw new RevieweeUnknown(`${revieweeId} is not reviewed in this period`);
}

/** Issue 11 item 7: the reviewee asks for a re-review (复核) with reasons, once, by the deadline of publication. */
export function fileReviewAppeal({ data, metadata }: FileReviewAppeal, state: StaffReview): ReviewAppealFiled {
  const s = published(state);
  requireReviewee(s, data.revieweeId);
  if (metadata.actor.id !== data.revieweeId)
    throw new AppealNotByReviewee('Only the reviewee asks for their own re-review');
  if (s.appeals[data.revieweeId]) throw new AppealAlreadyFiled(`${data.revieweeId} already asked for a re-review`);
  const today = beijingDate(metadata.now);
  if (today > s.appealBy) throw new AppealDeadlinePassed(`A re-review was to be asked for by ${s.appealBy}`);
  const reasons = data.reasons.trim();
  if (!reasons) throw new ReasonRequired('Say why the result should be reviewed again', { field: 'reasons' });
  const { organisationId, semester } = s.period;
  return {
    type: 'ReviewAppealFiled',
    data: { organisationId, semester, revieweeId: data.revieweeId, reasons, filedOn: today, filedAt: metadata.now },
  };
}

/**
 * The re-review's hearing of a reviewee whose request is pending; `joining` (when appointing) may hold no member of
 * the original panel (issue 11 item 7: heard by a panel without the original panellists).
 */
export function appealHearing(
  state: StaffReview,
  revieweeId: string,
  joining: readonly PanelMember[] = [],
): Readonly<{ state: Published; hearing: Hearing }> {
  const s = published(state);
  requireReviewee(s, revieweeId);
  const appeal = s.appeals[revieweeId];
  if (appeal?.status !== 'Filed') throw new NoAppealPending(`${revieweeId} has no re-review pending`);
  const original = joining.filter((m) => s.review.members.some((o) => o.panellistId === m.panellistId));
  if (original.length > 0)
    throw new AppealPanelNotIndependent(`${original.map((m) => m.panellistId).join(', ')} sat on the original panel`, {
      field: 'members',
    });
  return { state: s, hearing: appeal.hearing };
}

/** The re-review's result, by the period's rules; "upheld" when it states the same final result as the original. */
export function decideReviewAppeal({ data, metadata }: DecideReviewAppeal, state: StaffReview): ReviewAppealDecided {
  const { state: s, hearing } = appealHearing(state, data.revieweeId);
  const { organisationId, semester, rules, reviewees } = s.period;
  requireComplete(hearing, [data.revieweeId], rules.panel);
  const original = s.results[data.revieweeId]!;
  const revised = resultOf(hearing, data.revieweeId, reviewees[data.revieweeId]!, rules);
  return {
    type: 'ReviewAppealDecided',
    data: {
      organisationId,
      semester,
      revieweeId: data.revieweeId,
      outcome: revised.final === original.final ? 'upheld' : 'changed',
      original,
      revised,
      decidedOn: beijingDate(metadata.now),
      decidedAt: metadata.now,
    },
  };
}
