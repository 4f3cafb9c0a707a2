import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { confirmCoSignature, declineCoSignature, submitProposal, withdrawProposal } from './decisions/filing.js';
import { answerFollowUp, askFollowUp, rateAnswer } from './decisions/follow-up.js';
import { assignProposal, draftAnswer, publishAnswer } from './decisions/handling.js';
import { screenProposal } from './decisions/screening.js';
import { appointProposalCommittee, closeProposalWindow, openProposalWindow } from './decisions/window.js';
import type { ProposalBookCommand } from './proposal-book.commands.js';
import type { ProposalBookEvent } from './proposal-book.events.js';
import { type ProposalBook, evolveProposalBook, initialProposalBook } from './proposal-book.state.js';

/** A congress's proposals from the window to the rated answers (issue 10); one decision per command in decisions/. */
export function decideProposalBook(
  command: ProposalBookCommand,
  state: ProposalBook,
): ProposalBookEvent | ProposalBookEvent[] {
  switch (command.type) {
    case 'OpenProposalWindow':
      return openProposalWindow(command, state);
    case 'CloseProposalWindow':
      return closeProposalWindow(command, state);
    case 'AppointProposalCommittee':
      return appointProposalCommittee(command, state);
    case 'SubmitProposal':
      return submitProposal(command, state);
    case 'ConfirmCoSignature':
      return confirmCoSignature(command, state);
    case 'DeclineCoSignature':
      return declineCoSignature(command, state);
    case 'WithdrawProposal':
      return withdrawProposal(command, state);
    case 'ScreenProposal':
      return screenProposal(command, state);
    case 'AssignProposal':
      return assignProposal(command, state);
    case 'DraftAnswer':
      return draftAnswer(command, state);
    case 'PublishAnswer':
      return publishAnswer(command, state);
    case 'RateAnswer':
      return rateAnswer(command, state);
    case 'AskFollowUp':
      return askFollowUp(command, state);
    case 'AnswerFollowUp':
      return answerFollowUp(command, state);
    default:
      return assertNever(command, 'proposal book command');
  }
}

export const proposalBookDecider: Decider<ProposalBook, ProposalBookCommand, ProposalBookEvent> = {
  decide: decideProposalBook,
  evolve: evolveProposalBook,
  initialState: initialProposalBook,
};

export const proposalBookStream = (congressId: string) => `proposals-${congressId}`;
