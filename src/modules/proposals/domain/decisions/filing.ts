import type {
  ConfirmCoSignature,
  DeclineCoSignature,
  SubmitProposal,
  WithdrawProposal,
} from '../proposal-book.commands.js';
import {
  CoSignatureAlreadyGiven,
  CoSignerInvalid,
  NotACoSigner,
  NotADelegate,
  NotAHandlingUnit,
  NotTheFiler,
  ProposalAlreadySubmitted,
  TooFewCoSigners,
} from '../proposal-book.errors.js';
import type { ProposalBookEvent, ProposalFiled } from '../proposal-book.events.js';
import type { OpenedBook, Proposal, ProposalBook } from '../proposal-book.state.js';
import { atStage, openWindow, openedBook, proposalIn, text } from './guards.js';

const TITLE_MAX = 200;
const BODY_MAX = 20_000;
const CATEGORY_MAX = 50;

function filed(book: OpenedBook, proposalId: string, now: string): ProposalFiled {
  return {
    type: 'ProposalFiled',
    data: { congressId: book.congressId, proposalId, number: book.filed + 1, filedAt: now },
  };
}

function coSigners(data: SubmitProposal['data'], filerId: string, minCoSigners: number): string[] {
  const seated = new Set(data.congress.seatedDelegateIds);
  const ids = data.coSignerIds.map((id) => id.trim());
  ids.forEach((id, i) => {
    const field = `coSignerIds[${i}]`;
    if (id === filerId) throw new CoSignerInvalid('The filer does not co-sign their own proposal', { field });
    if (ids.indexOf(id) !== i) throw new CoSignerInvalid(`${id} is named twice`, { field });
    if (!seated.has(id)) throw new CoSignerInvalid(`${id} is not a delegate of this congress`, { field });
  });
  if (ids.length > 0 && ids.length < minCoSigners)
    throw new TooFewCoSigners(`A joint proposal names at least ${minCoSigners} co-signers; ${ids.length} named`, {
      field: 'coSignerIds',
      details: { minCoSigners },
    });
  return ids;
}

/**
 * Art. 9 rights 3: a delegate files a proposal alone or jointly. Alone, it is filed at once and takes the next
 * number; jointly, it waits until every co-signer named has confirmed personally.
 */
export function submitProposal({ data, metadata }: SubmitProposal, state: ProposalBook): ProposalBookEvent[] {
  const book = openWindow(state, data.congressId);
  const filerId = metadata.actor.id;
  if (!data.congress.seatedDelegateIds.includes(filerId))
    throw new NotADelegate(`${filerId} is not a delegate of congress ${data.congressId}`);
  if (book.proposals[data.proposalId])
    throw new ProposalAlreadySubmitted(`Proposal ${data.proposalId} was submitted`, { field: 'proposalId' });
  const title = text(data.title, 'title', TITLE_MAX);
  const body = text(data.body, 'body', BODY_MAX);
  const category = text(data.category, 'category', CATEGORY_MAX);
  if (data.suggestedUnitId !== null && data.suggestedUnitKind !== 'school-office')
    throw new NotAHandlingUnit(`${data.suggestedUnitId} is not a registered school office`, {
      field: 'suggestedUnitId',
    });
  const coSignerIds = coSigners(data, filerId, book.policy.minCoSigners);
  const { congressId, proposalId, suggestedUnitId } = data;
  const submitted: ProposalBookEvent = {
    type: 'ProposalSubmitted',
    data: {
      congressId,
      proposalId,
      filerId,
      title,
      body,
      category,
      suggestedUnitId,
      coSignerIds,
      submittedAt: metadata.now,
    },
  };
  return coSignerIds.length === 0 ? [submitted, filed(book, proposalId, metadata.now)] : [submitted];
}

function awaitingCoSigner(book: OpenedBook, proposalId: string, coSignerId: string): Proposal {
  const proposal = proposalIn(book, proposalId);
  if (!proposal.coSignerIds.includes(coSignerId))
    throw new NotACoSigner(`${coSignerId} is not named as a co-signer of proposal ${proposalId}`);
  atStage(proposal, ['AwaitingCoSigners'], 'Co-signing');
  if (proposal.confirmed.includes(coSignerId) || proposal.declined.includes(coSignerId))
    throw new CoSignatureAlreadyGiven(`${coSignerId} has already answered for proposal ${proposalId}`);
  return proposal;
}

/** Each co-signer confirms personally; with the last confirmation the proposal is filed. */
export function confirmCoSignature({ data, metadata }: ConfirmCoSignature, state: ProposalBook): ProposalBookEvent[] {
  const book = openWindow(state, data.congressId);
  const coSignerId = metadata.actor.id;
  const proposal = awaitingCoSigner(book, data.proposalId, coSignerId);
  const events: ProposalBookEvent[] = [
    { type: 'CoSignatureConfirmed', data: { ...data, coSignerId, confirmedAt: metadata.now } },
  ];
  const remaining = proposal.coSignerIds.filter((id) => !proposal.declined.includes(id));
  if (remaining.every((id) => id === coSignerId || proposal.confirmed.includes(id)))
    events.push(filed(book, data.proposalId, metadata.now));
  return events;
}

/** A co-signer who declines leaves; with fewer left than the policy's minimum, the joint proposal lapses. */
export function declineCoSignature({ data, metadata }: DeclineCoSignature, state: ProposalBook): ProposalBookEvent[] {
  const book = openWindow(state, data.congressId);
  const coSignerId = metadata.actor.id;
  const proposal = awaitingCoSigner(book, data.proposalId, coSignerId);
  const events: ProposalBookEvent[] = [
    { type: 'CoSignatureDeclined', data: { ...data, coSignerId, declinedAt: metadata.now } },
  ];
  const remaining = proposal.coSignerIds.filter((id) => id !== coSignerId && !proposal.declined.includes(id));
  if (remaining.length < book.policy.minCoSigners)
    events.push({
      type: 'ProposalLapsed',
      data: { ...data, reason: 'too-few-co-signers', lapsedAt: metadata.now },
    });
  else if (remaining.every((id) => proposal.confirmed.includes(id)))
    events.push(filed(book, data.proposalId, metadata.now));
  return events;
}

/** The filer may withdraw before screening (issue 10: "before screening"). */
export function withdrawProposal({ data, metadata }: WithdrawProposal, state: ProposalBook): ProposalBookEvent {
  const proposal = proposalIn(openedBook(state, data.congressId), data.proposalId);
  if (proposal.filerId !== metadata.actor.id)
    throw new NotTheFiler(`Only the filer withdraws proposal ${data.proposalId}`);
  atStage(proposal, ['AwaitingCoSigners', 'Filed'], 'Withdrawal');
  return { type: 'ProposalWithdrawn', data: { ...data, reason: data.reason.trim(), withdrawnAt: metadata.now } };
}
