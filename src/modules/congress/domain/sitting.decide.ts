import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type {
  CheckInDelegate,
  CheckOutDelegate,
  CloseSitting,
  OpenBusiness,
  OpenSitting,
  SittingCommand,
} from './sitting.commands.js';
import {
  AlreadyCheckedIn,
  NoQualifiedDelegates,
  NotCheckedIn,
  NotOnTheRoll,
  NotOwnSitting,
  SittingAlreadyOpened,
  SittingNotFound,
  SittingNotOpen,
} from './sitting.errors.js';
import type { QuorumCount, SittingEvent } from './sitting.events.js';
import { type Sitting, evolveSitting, initialSitting } from './sitting.state.js';
import { requiredPresent } from './quorum.js';

type Opened = Exclude<Sitting, { status: 'NotOpened' }>;

function count(present: number, sitting: Opened): QuorumCount {
  return { present, elected: sitting.roll.size, required: requiredPresent(sitting.roll.size, sitting.quorum) };
}

export function openSitting({ data, metadata }: OpenSitting, state: Sitting): SittingEvent {
  if (state.status !== 'NotOpened') throw new SittingAlreadyOpened(`Sitting ${data.sittingId} was already opened`);
  if (data.roll.length === 0) throw new NoQualifiedDelegates('The congress has no qualified delegates to sit');
  return {
    type: 'SittingOpened',
    data: {
      sittingId: data.sittingId,
      congressId: data.congressId,
      organisationId: data.organisationId,
      title: data.title,
      roll: [...data.roll],
      quorum: data.quorum,
      required: requiredPresent(data.roll.length, data.quorum),
      openedAt: metadata.now,
    },
  };
}

/** Check-in, and the moment the count crosses the quorum is recorded with it. */
export function checkIn({ data, metadata }: CheckInDelegate, state: Sitting): SittingEvent[] {
  const sitting = open(state, data.sittingId, data.organisationId);
  if (!sitting.roll.has(data.delegateId))
    throw new NotOnTheRoll(`${data.delegateId} is not a qualified delegate of this congress`, { field: 'delegateId' });
  if (sitting.present.has(data.delegateId))
    throw new AlreadyCheckedIn(`${data.delegateId} is already checked in`, { field: 'delegateId' });
  const present = sitting.present.size + 1;
  const c = count(present, sitting);
  const events: SittingEvent[] = [
    {
      type: 'DelegateCheckedIn',
      data: { sittingId: data.sittingId, delegateId: data.delegateId, present, at: metadata.now },
    },
  ];
  if (!sitting.quorate && present >= c.required)
    events.push({ type: 'QuorumReached', data: { sittingId: data.sittingId, count: c, at: metadata.now } });
  return events;
}

export function checkOut({ data, metadata }: CheckOutDelegate, state: Sitting): SittingEvent[] {
  const sitting = open(state, data.sittingId, data.organisationId);
  if (!sitting.present.has(data.delegateId))
    throw new NotCheckedIn(`${data.delegateId} is not checked in`, { field: 'delegateId' });
  const present = sitting.present.size - 1;
  const c = count(present, sitting);
  const events: SittingEvent[] = [
    {
      type: 'DelegateCheckedOut',
      data: { sittingId: data.sittingId, delegateId: data.delegateId, present, at: metadata.now },
    },
  ];
  if (sitting.quorate && present < c.required)
    events.push({ type: 'QuorumLost', data: { sittingId: data.sittingId, count: c, at: metadata.now } });
  return events;
}

/** Art. 8: business opens only with quorum; a failed attempt is itself minuted. */
export function openBusiness({ data, metadata }: OpenBusiness, state: Sitting): SittingEvent {
  const sitting = open(state, data.sittingId, data.organisationId);
  if (sitting.status === 'InBusiness') throw new SittingNotOpen(`Sitting ${data.sittingId} is already in business`);
  const c = count(sitting.present.size, sitting);
  if (c.present < c.required)
    return { type: 'SittingQuorumNotReached', data: { sittingId: data.sittingId, count: c, at: metadata.now } };
  return { type: 'BusinessOpened', data: { sittingId: data.sittingId, count: c, at: metadata.now } };
}

export function closeSitting({ data, metadata }: CloseSitting, state: Sitting): SittingEvent {
  const sitting = open(state, data.sittingId, data.organisationId);
  return {
    type: 'SittingClosed',
    data: { sittingId: data.sittingId, present: sitting.present.size, at: metadata.now },
  };
}

function open(state: Sitting, sittingId: string, organisationId: string): Opened {
  if (state.status === 'NotOpened') throw new SittingNotFound(`Sitting ${sittingId} has not been opened`);
  if (state.organisationId !== organisationId)
    throw new NotOwnSitting(`Sitting ${sittingId} belongs to ${state.organisationId}`);
  if (state.status === 'Closed') throw new SittingNotOpen(`Sitting ${sittingId} is closed`);
  return state;
}

export function decideSitting(command: SittingCommand, state: Sitting): SittingEvent | SittingEvent[] {
  switch (command.type) {
    case 'OpenSitting':
      return openSitting(command, state);
    case 'CheckInDelegate':
      return checkIn(command, state);
    case 'CheckOutDelegate':
      return checkOut(command, state);
    case 'OpenBusiness':
      return openBusiness(command, state);
    case 'CloseSitting':
      return closeSitting(command, state);
    default:
      return assertNever(command, 'sitting command');
  }
}

export const sittingDecider: Decider<Sitting, SittingCommand, SittingEvent> = {
  decide: decideSitting,
  evolve: evolveSitting,
  initialState: initialSitting,
};

export const sittingStream = (sittingId: string) => `sitting-${sittingId}`;
