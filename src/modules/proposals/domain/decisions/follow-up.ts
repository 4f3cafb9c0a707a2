import { addDays, beijingDate } from '../../../../shared/domain/beijing-date.js';
import type { AnswerFollowUp, AskFollowUp, RateAnswer } from '../proposal-book.commands.js';
import {
  AnswerAlreadyRated,
  AnswerNotPublished,
  FollowUpAlreadyAnswered,
  FollowUpInvalid,
  NotADelegate,
  NotAProposer,
  RatingCommentRequired,
} from '../proposal-book.errors.js';
import type { ProposalBookEvent } from '../proposal-book.events.js';
import type { ProposalBook } from '../proposal-book.state.js';
import { assignmentOf } from './handling.js';
import { openedBook, proposalIn, text } from './guards.js';

/**
 * Issue 10 (4): the filer and the co-signers who confirmed rate the published answer; "not satisfied" (with a
 * comment) reopens the handling once, due `reopenDueDays` later. A second "not satisfied" is recorded, not reopened.
 */
export function rateAnswer({ data, metadata }: RateAnswer, state: ProposalBook): ProposalBookEvent[] {
  const book = openedBook(state, data.congressId);
  const proposal = proposalIn(book, data.proposalId);
  const raterId = metadata.actor.id;
  if (proposal.filerId !== raterId && !proposal.confirmed.includes(raterId))
    throw new NotAProposer(`${raterId} neither filed nor co-signed proposal ${data.proposalId}`);
  const assignment = assignmentOf(book, data.proposalId, data.unitId);
  if (assignment.status !== 'Answered')
    throw new AnswerNotPublished(`${data.unitId} has not published an answer to proposal ${data.proposalId}`);
  if (assignment.ratings[raterId]) throw new AnswerAlreadyRated(`${raterId} has rated this answer`);
  const comment = data.comment.trim();
  if (data.rating === 'not-satisfied' && !comment)
    throw new RatingCommentRequired('"Not satisfied" says why', { field: 'comment' });
  const { congressId, proposalId, unitId, rating } = data;
  const events: ProposalBookEvent[] = [
    { type: 'AnswerRated', data: { congressId, proposalId, unitId, raterId, rating, comment, ratedAt: metadata.now } },
  ];
  if (rating === 'not-satisfied' && !assignment.reopened) {
    const dueOn = addDays(beijingDate(metadata.now), book.policy.reopenDueDays);
    events.push({
      type: 'HandlingReopened',
      data: { congressId, proposalId, unitId, dueOn, reopenedAt: metadata.now },
    });
  }
  return events;
}

/** Any delegate of the congress may put a follow-up question (询问) to the unit handling a proposal. */
export function askFollowUp({ data, metadata }: AskFollowUp, state: ProposalBook): ProposalBookEvent {
  const book = openedBook(state, data.congressId);
  const askedBy = metadata.actor.id;
  if (!data.congress.seatedDelegateIds.includes(askedBy))
    throw new NotADelegate(`${askedBy} is not a delegate of congress ${data.congressId}`);
  const assignment = assignmentOf(book, data.proposalId, data.unitId);
  if (data.questionId in assignment.questions)
    throw new FollowUpInvalid(`Question ${data.questionId} was asked`, { field: 'questionId' });
  const question = text(data.question, 'question', 5_000);
  const { congressId, proposalId, unitId, questionId } = data;
  return {
    type: 'FollowUpAsked',
    data: { congressId, proposalId, unitId, questionId, askedBy, question, askedAt: metadata.now },
  };
}

export function answerFollowUp({ data, metadata }: AnswerFollowUp, state: ProposalBook): ProposalBookEvent {
  const book = openedBook(state, data.congressId);
  const assignment = assignmentOf(book, data.proposalId, data.unitId);
  const answered = assignment.questions[data.questionId];
  if (answered === undefined)
    throw new FollowUpInvalid(`No question ${data.questionId} to ${data.unitId}`, { field: 'questionId' });
  if (answered) throw new FollowUpAlreadyAnswered(`Question ${data.questionId} has been answered`);
  const answer = text(data.answer, 'answer', 5_000);
  const { congressId, proposalId, unitId, questionId } = data;
  return {
    type: 'FollowUpAnswered',
    data: { congressId, proposalId, unitId, questionId, answer, answeredAt: metadata.now },
  };
}
