import type { OpenedBook, Proposal, ProposalBook, ProposalStage } from '../proposal-book.state.js';
import {
  NotTheConveningUnion,
  ProposalNotFound,
  ProposalStepOutOfOrder,
  ProposalTextRequired,
  ProposalWindowNotOpen,
} from '../proposal-book.errors.js';

export function openedBook(state: ProposalBook, congressId: string): OpenedBook {
  if (state.status === 'NotOpened')
    throw new ProposalWindowNotOpen(`The proposal window of congress ${congressId} has not been opened`);
  return state;
}

/** Filing and co-signing happen only while the window is open (the union opens and closes it). */
export function openWindow(state: ProposalBook, congressId: string): OpenedBook {
  const book = openedBook(state, congressId);
  if (book.status !== 'Open')
    throw new ProposalWindowNotOpen(`The proposal window of congress ${congressId} is closed`);
  return book;
}

export function requireConvener(book: OpenedBook, organisationId: string): void {
  if (book.organisationId !== organisationId)
    throw new NotTheConveningUnion(`The proposals of congress ${book.congressId} are ${book.organisationId}'s`);
}

export function proposalIn(book: OpenedBook, proposalId: string): Proposal {
  const proposal = book.proposals[proposalId];
  if (!proposal) throw new ProposalNotFound(`No proposal ${proposalId} in congress ${book.congressId}`);
  return proposal;
}

export function atStage(proposal: Proposal, stages: readonly ProposalStage[], step: string): void {
  if (!stages.includes(proposal.stage))
    throw new ProposalStepOutOfOrder(`${step} is not possible: proposal ${proposal.proposalId} is ${proposal.stage}`, {
      details: { stage: proposal.stage },
    });
}

/** A required text, trimmed, within `max` characters. */
export function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw new ProposalTextRequired(`${field} is required`, { field });
  if (trimmed.length > max) throw new ProposalTextRequired(`${field} is longer than ${max} characters`, { field });
  return trimmed;
}
