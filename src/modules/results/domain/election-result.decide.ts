import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type {
  AnnounceResult,
  DecideResultApproval,
  ElectionResultCommand,
  FileResult,
  ResubmitResult,
} from './election-result.commands.js';
import {
  ElectionNotCompleted,
  FilingDateInvalid,
  FilingReferenceRequired,
  NotOwnElection,
  ResultAlreadyAnnounced,
  ResultAlreadyFiled,
  ResultNotAnnounced,
  ResultNotApproved,
  ResultNotAwaitingApproval,
  ResultNotReturned,
  ResultReasonRequired,
} from './election-result.errors.js';
import type { ElectionResultEvent } from './election-result.events.js';
import { type ElectionResult, evolveElectionResult, initialElectionResult } from './election-result.state.js';
import { NotTheActingBody } from '../../elections/domain/acting-body.errors.js';
import { requireBodyOfKind } from '../../elections/domain/acting-body.js';
import { isCalendarDate } from '../../../shared/domain/beijing-date.js';
import { orderByStrokes } from '../../elections/domain/surname-stroke-order.js';

type Announced = Exclude<ElectionResult, { status: 'NotAnnounced' }>;

function announced(state: ElectionResult, electionId: string): Announced {
  if (state.status === 'NotAnnounced')
    throw new ResultNotAnnounced(`The result of election ${electionId} has not been announced`);
  return state;
}

/** Charter Art. 9 / domain.md: the result is announced to the congress, the elected in 姓氏笔画 order. */
export function announce({ data, metadata }: AnnounceResult, state: ElectionResult): ElectionResultEvent {
  if (data.sittingId !== null && data.congressId !== null && data.sittingCongressId !== data.congressId)
    throw new NotTheActingBody(`Sitting ${data.sittingId} is not a sitting of congress ${data.congressId}`, {
      field: 'sittingId',
    });
  if (state.status !== 'NotAnnounced')
    throw new ResultAlreadyAnnounced(`The result of election ${data.electionId} was announced`);
  const completed = data.completed;
  if (!completed)
    throw new ElectionNotCompleted(
      `Election ${data.electionId} has not completed: every seat is filled or the seats reduced first`,
    );
  if (completed.organisationId !== data.organisationId)
    throw new NotOwnElection(`Election ${data.electionId} is ${completed.organisationId}'s`);
  const elected = orderByStrokes(completed.elected, (p) => p.name).ordered;
  const { electionId, organisationId, sittingId } = data;
  return {
    type: 'ResultAnnounced',
    data: {
      electionId,
      organisationId,
      congressId: completed.congressId,
      sittingId,
      seats: completed.seats,
      elected,
      announcedAt: metadata.now,
    },
  };
}

/** domain.md: approved by the party committee at the same level, or returned with its reasons. */
export function decideApproval({ data, metadata }: DecideResultApproval, state: ElectionResult): ElectionResultEvent {
  requireBodyOfKind(data.partyCommitteeId, 'party-committee', data.bodyKind);
  const result = announced(state, data.electionId);
  if (result.status !== 'AwaitingApproval')
    throw new ResultNotAwaitingApproval(`The result of election ${data.electionId} is ${result.status}`);
  const { electionId, partyCommitteeId } = data;
  if (data.approved)
    return {
      type: 'ResultApproved',
      data: { electionId, partyCommitteeId, reference: data.reference.trim() || null, approvedAt: metadata.now },
    };
  const reasons = data.reasons.map((r) => r.trim()).filter((r) => r !== '');
  if (reasons.length === 0)
    throw new ResultReasonRequired('A returned result carries the reasons for returning it', { field: 'reasons' });
  return { type: 'ResultReturned', data: { electionId, partyCommitteeId, reasons, returnedAt: metadata.now } };
}

export function resubmit({ data, metadata }: ResubmitResult, state: ElectionResult): ElectionResultEvent {
  const result = announced(state, data.electionId);
  if (result.organisationId !== data.organisationId)
    throw new NotOwnElection(`Election ${data.electionId} is ${result.organisationId}'s`);
  if (result.status !== 'Returned')
    throw new ResultNotReturned(`Only a returned result is resubmitted; this one is ${result.status}`);
  const response = data.response.trim();
  if (!response)
    throw new ResultReasonRequired("A resubmission answers the party committee's reasons", { field: 'response' });
  return { type: 'ResultResubmitted', data: { electionId: data.electionId, response, resubmittedAt: metadata.now } };
}

/** domain.md: filed with the higher federation, after approval; the federation records its reference and date. */
export function file({ data, metadata }: FileResult, state: ElectionResult): ElectionResultEvent {
  requireBodyOfKind(data.federationId, 'federation', data.bodyKind);
  const result = announced(state, data.electionId);
  if (result.status === 'Filed')
    throw new ResultAlreadyFiled(`The result of election ${data.electionId} is already filed`);
  if (result.status !== 'Approved')
    throw new ResultNotApproved(`The party committee has not approved the result of election ${data.electionId}`);
  const reference = data.reference.trim();
  if (!reference)
    throw new FilingReferenceRequired('A filing carries the federation’s reference', { field: 'reference' });
  const today = metadata.now.slice(0, 10);
  if (!isCalendarDate(data.filedOn) || data.filedOn > today || data.filedOn < result.approvedOn!) {
    throw new FilingDateInvalid(
      `The filing date is a date from the approval (${result.approvedOn}) to today (${today})`,
      { field: 'filedOn' },
    );
  }
  return {
    type: 'ResultFiled',
    data: {
      electionId: data.electionId,
      federationId: data.federationId,
      reference,
      filedOn: data.filedOn,
      filedAt: metadata.now,
    },
  };
}

export function decideElectionResult(command: ElectionResultCommand, state: ElectionResult): ElectionResultEvent {
  switch (command.type) {
    case 'AnnounceResult':
      return announce(command, state);
    case 'DecideResultApproval':
      return decideApproval(command, state);
    case 'ResubmitResult':
      return resubmit(command, state);
    case 'FileResult':
      return file(command, state);
    default:
      return assertNever(command, 'election result command');
  }
}

export const electionResultDecider: Decider<ElectionResult, ElectionResultCommand, ElectionResultEvent> = {
  decide: decideElectionResult,
  evolve: evolveElectionResult,
  initialState: initialElectionResult,
};

export const electionResultStream = (electionId: string) => `result-${electionId}`;
