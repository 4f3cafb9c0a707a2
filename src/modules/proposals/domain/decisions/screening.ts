import type { ScreenProposal } from '../proposal-book.commands.js';
import { MergeTargetInvalid, NotOnProposalCommittee, ScreeningReasonRequired } from '../proposal-book.errors.js';
import type { ProposalScreened } from '../proposal-book.events.js';
import type { ProposalBook } from '../proposal-book.state.js';
import { atStage, openedBook, proposalIn } from './guards.js';

/**
 * Issue 10 (2): the proposal committee screens each filed proposal: accepted as a proposal, converted to an
 * opinion or suggestion, merged into another (traceable both ways), or not accepted; always with a reason.
 */
export function screenProposal({ data, metadata }: ScreenProposal, state: ProposalBook): ProposalScreened {
  const book = openedBook(state, data.congressId);
  const screenedBy = metadata.actor.id;
  if (!book.committee.includes(screenedBy))
    throw new NotOnProposalCommittee(`${screenedBy} is not a member of the proposal committee`);
  const proposal = proposalIn(book, data.proposalId);
  atStage(proposal, ['Filed'], 'Screening');
  const reason = data.reason.trim();
  if (!reason) throw new ScreeningReasonRequired('A screening decision carries its reason', { field: 'reason' });
  let mergedInto: string | null = null;
  if (data.outcome === 'merged') {
    const target = data.mergeInto ? book.proposals[data.mergeInto] : undefined;
    if (!target || target.proposalId === proposal.proposalId || !['Filed', 'Accepted'].includes(target.stage))
      throw new MergeTargetInvalid('A proposal merges into another filed or accepted proposal of the congress', {
        field: 'mergeInto',
      });
    mergedInto = target.proposalId;
  }
  const { congressId, proposalId, outcome } = data;
  return {
    type: 'ProposalScreened',
    data: { congressId, proposalId, outcome, mergedInto, reason, screenedBy, screenedAt: metadata.now },
  };
}
