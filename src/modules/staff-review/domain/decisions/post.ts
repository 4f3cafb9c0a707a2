import { beijingDate } from '../../../../shared/domain/beijing-date.js';
import type { DecidePost } from '../staff-review.commands.js';
import {
  AppealStillPossible,
  NoPostDecisionDue,
  ReasonRequired,
  ResultsNotPublished,
  RevieweeNotInOffice,
  RevieweeUnknown,
} from '../staff-review.errors.js';
import type { PostDecided } from '../staff-review.events.js';
import { resultThatCounts, type StaffReview } from '../staff-review.state.js';

/**
 * Art. 20 and 评议办法: 述职评议结果作为……留任的必要条件. A result below the pass mark (the re-review's, when there
 * was one) is decided by the union once the reviewee can no longer ask for a re-review: kept with improvement, or
 * removed (the removal is made in the staff register).
 */
export function decidePost({ data, metadata }: DecidePost, state: StaffReview): PostDecided {
  if (state.status !== 'Published') throw new ResultsNotPublished('The results are not published yet');
  const result = resultThatCounts(state, data.revieweeId);
  if (!result) throw new RevieweeUnknown(`${data.revieweeId} is not reviewed in this period`);
  if (result.passed) throw new NoPostDecisionDue(`${data.revieweeId}’s result ${result.final} passes`);
  if (state.decisions[data.revieweeId]) throw new NoPostDecisionDue(`${data.revieweeId}’s post is already decided`);
  const today = beijingDate(metadata.now);
  const appeal = state.appeals[data.revieweeId];
  if (appeal?.status === 'Filed') throw new AppealStillPossible(`${data.revieweeId}’s re-review is pending`);
  if (!appeal && today <= state.appealBy)
    throw new AppealStillPossible(`${data.revieweeId} may ask for a re-review until ${state.appealBy}`);
  if (!data.stillInOffice) throw new RevieweeNotInOffice(`${data.revieweeId} no longer holds a post in the union`);
  const reason = data.reason.trim();
  if (!reason) throw new ReasonRequired('Say why the union decides so', { field: 'reason' });
  const { organisationId, semester } = state.period;
  return {
    type: 'PostDecided',
    data: {
      organisationId,
      semester,
      revieweeId: data.revieweeId,
      post: result.post,
      decision: data.decision,
      final: result.final,
      reason,
      decidedOn: today,
      decidedAt: metadata.now,
    },
  };
}
