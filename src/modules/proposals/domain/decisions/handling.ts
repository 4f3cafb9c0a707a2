import { addDays, beijingDate, daysBetween, isCalendarDate } from '../../../../shared/domain/beijing-date.js';
import type { AssignProposal, DraftAnswer, PublishAnswer } from '../proposal-book.commands.js';
import {
  AnswerAlreadyPublished,
  AnswerInvalid,
  NoDraftAnswer,
  NotAHandlingUnit,
  NotAssignedToUnit,
} from '../proposal-book.errors.js';
import type { AnswerContent, AnswerDrafted, AnswerPublished, ProposalAssigned } from '../proposal-book.events.js';
import type { Assignment, OpenedBook, ProposalBook } from '../proposal-book.state.js';
import { atStage, openedBook, proposalIn, requireConvener, text } from './guards.js';

/** Issue 10 (3): an accepted proposal goes to one or more school offices, each due `answerDueDays` later. */
export function assignProposal({ data, metadata }: AssignProposal, state: ProposalBook): ProposalAssigned[] {
  const book = openedBook(state, data.congressId);
  requireConvener(book, data.organisationId);
  const proposal = proposalIn(book, data.proposalId);
  atStage(proposal, ['Accepted'], 'Assignment');
  if (data.unitIds.length === 0) throw new NotAHandlingUnit('Name at least one handling unit', { field: 'unitIds' });
  data.unitIds.forEach((unitId, i) => {
    if (data.unitKinds[unitId] !== 'school-office')
      throw new NotAHandlingUnit(`${unitId} is not a registered school office`, { field: `unitIds[${i}]` });
  });
  const dueOn = addDays(beijingDate(metadata.now), book.policy.answerDueDays);
  return [...new Set(data.unitIds)]
    .filter((unitId) => !proposal.assignments[unitId])
    .map((unitId) => ({
      type: 'ProposalAssigned',
      data: { congressId: data.congressId, proposalId: data.proposalId, unitId, dueOn, assignedAt: metadata.now },
    }));
}

export function assignmentOf(book: OpenedBook, proposalId: string, unitId: string): Assignment {
  const assignment = proposalIn(book, proposalId).assignments[unitId];
  if (!assignment) throw new NotAssignedToUnit(`Proposal ${proposalId} is not assigned to ${unitId}`);
  return assignment;
}

function checkedAnswer(answer: AnswerContent, categories: readonly string[]): AnswerContent {
  if (!categories.includes(answer.category))
    throw new AnswerInvalid(`The category is one of ${categories.join(', ')}`, {
      field: 'answer.category',
      details: { categories },
    });
  if (answer.completionDate !== null && !isCalendarDate(answer.completionDate))
    throw new AnswerInvalid('The completion date is a calendar date YYYY-MM-DD', { field: 'answer.completionDate' });
  return {
    category: answer.category,
    text: text(answer.text, 'answer.text', 20_000),
    measures: answer.measures.trim(),
    completionDate: answer.completionDate,
  };
}

/** The unit drafts its answer (and may redraft); drafting is not answering (Decidim keeps the two apart too). */
export function draftAnswer({ data, metadata }: DraftAnswer, state: ProposalBook): AnswerDrafted {
  const book = openedBook(state, data.congressId);
  const assignment = assignmentOf(book, data.proposalId, data.unitId);
  if (assignment.status === 'Answered')
    throw new AnswerAlreadyPublished(`${data.unitId} has published its answer to proposal ${data.proposalId}`);
  const answer = checkedAnswer(data.answer, book.policy.answerCategories);
  const { congressId, proposalId, unitId } = data;
  return { type: 'AnswerDrafted', data: { congressId, proposalId, unitId, answer, draftedAt: metadata.now } };
}

/** Publishing makes the draft the answer the filers see; it records the days taken and whether it came late. */
export function publishAnswer({ data, metadata }: PublishAnswer, state: ProposalBook): AnswerPublished {
  const book = openedBook(state, data.congressId);
  const assignment = assignmentOf(book, data.proposalId, data.unitId);
  if (assignment.status === 'Answered')
    throw new AnswerAlreadyPublished(`${data.unitId} has published its answer to proposal ${data.proposalId}`);
  if (!assignment.draft) throw new NoDraftAnswer('Draft the answer before publishing it');
  const today = beijingDate(metadata.now);
  const { congressId, proposalId, unitId } = data;
  return {
    type: 'AnswerPublished',
    data: {
      congressId,
      proposalId,
      unitId,
      answer: assignment.draft,
      dueOn: assignment.dueOn,
      daysToAnswer: daysBetween(beijingDate(assignment.since), today),
      late: today > assignment.dueOn,
      publishedAt: metadata.now,
    },
  };
}
