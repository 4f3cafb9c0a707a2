import type { AppointProposalCommittee, CloseProposalWindow, OpenProposalWindow } from '../proposal-book.commands.js';
import {
  CongressNotConvened,
  NotTheConveningUnion,
  ProposalCommitteeInvalid,
  ProposalWindowAlreadyOpened,
} from '../proposal-book.errors.js';
import type {
  ProposalCommitteeAppointed,
  ProposalLapsed,
  ProposalWindowClosed,
  ProposalWindowOpened,
} from '../proposal-book.events.js';
import type { ProposalBook } from '../proposal-book.state.js';
import { openWindow, openedBook, requireConvener } from './guards.js';

/** Art. 9 rights 3: the convening union opens the window in which its congress's delegates file proposals. */
export function openProposalWindow({ data, metadata }: OpenProposalWindow, state: ProposalBook): ProposalWindowOpened {
  if (!data.congress.convened) throw new CongressNotConvened(`Congress ${data.congressId} has not been convened`);
  if (data.congress.organisationId !== data.organisationId)
    throw new NotTheConveningUnion(`Congress ${data.congressId} is ${data.congress.organisationId}'s`);
  if (state.status !== 'NotOpened')
    throw new ProposalWindowAlreadyOpened(`The proposal window of congress ${data.congressId} was opened`);
  const { congressId, organisationId, policy } = data;
  if (!policy) throw new NotTheConveningUnion(`${organisationId} carries no proposal policy`);
  return { type: 'ProposalWindowOpened', data: { congressId, organisationId, policy, openedAt: metadata.now } };
}

/** Closing the window lapses the joint proposals whose co-signers have not all confirmed: they were never filed. */
export function closeProposalWindow(
  { data, metadata }: CloseProposalWindow,
  state: ProposalBook,
): [ProposalWindowClosed, ...ProposalLapsed[]] {
  const book = openWindow(state, data.congressId);
  requireConvener(book, data.organisationId);
  const { congressId } = data;
  const lapsed = Object.values(book.proposals)
    .filter((p) => p.stage === 'AwaitingCoSigners')
    .map((p): ProposalLapsed => ({
      type: 'ProposalLapsed',
      data: { congressId, proposalId: p.proposalId, reason: 'window-closed', lapsedAt: metadata.now },
    }));
  return [{ type: 'ProposalWindowClosed', data: { congressId, closedAt: metadata.now } }, ...lapsed];
}

/** The union appoints the proposal committee; a new appointment replaces the members. */
export function appointProposalCommittee(
  { data, metadata }: AppointProposalCommittee,
  state: ProposalBook,
): ProposalCommitteeAppointed {
  const book = openedBook(state, data.congressId);
  requireConvener(book, data.organisationId);
  const memberIds = data.memberIds.map((id) => id.trim());
  if (memberIds.length === 0 || memberIds.some((id) => !id) || new Set(memberIds).size !== memberIds.length)
    throw new ProposalCommitteeInvalid('The committee is a non-empty list of distinct members', {
      field: 'memberIds',
    });
  return {
    type: 'ProposalCommitteeAppointed',
    data: { congressId: data.congressId, memberIds, appointedAt: metadata.now },
  };
}
