import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { SittingCommand } from './sitting.commands.js';
import { requiredPresent } from './quorum.js';
import { sittingDecider } from './sitting.decide.js';
import {
  AlreadyCheckedIn,
  NoQualifiedDelegates,
  NotCheckedIn,
  NotOnTheRoll,
  NotOwnSitting,
  SittingNotOpen,
} from './sitting.errors.js';
import type { SittingEvent } from './sitting.events.js';

const given = givenDecider(sittingDecider);

describe('requiredPresent (Art. 8: two thirds of elected delegates)', () => {
  it('rounds up', () => {
    expect(requiredPresent(140, twoThirds)).toBe(94); // 93 × 3 = 279 < 280; 94 × 3 = 282 ≥ 280
    expect(requiredPresent(6, twoThirds)).toBe(4);
    expect(requiredPresent(3, twoThirds)).toBe(2);
  });
});

describe('Sitting', () => {
  it('opens with the qualified delegates as its roll', () => given().when(openCmd()).then(opened()));
  it('refuses to open without qualified delegates', () => given().when(openCmd([])).thenRejects(NoQualifiedDelegates));

  describe('while open', () => {
    it('checks a delegate in and records nothing more below the quorum', () =>
      given(opened()).when(checkIn('d1')).then(checkedIn('d1', 1)));

    it('records the quorum reached with the check-in that crosses it', () =>
      given(opened(), checkedIn('d1', 1), checkedIn('d2', 2), checkedIn('d3', 3))
        .when(checkIn('d4'))
        .then(checkedIn('d4', 4), {
          type: 'QuorumReached',
          data: { sittingId, count: { present: 4, elected: 6, required: 4 }, at: now },
        }));

    it('records the quorum lost with the check-out that breaks it', () =>
      given(opened(), ...quorate())
        .when(cmd({ type: 'CheckOutDelegate', data: { sittingId, organisationId: 'school', delegateId: 'd2' } }))
        .then(
          { type: 'DelegateCheckedOut', data: { sittingId, delegateId: 'd2', present: 3, at: now } },
          { type: 'QuorumLost', data: { sittingId, count: { present: 3, elected: 6, required: 4 }, at: now } },
        ));

    it('refuses a delegate who is not on the roll, or checked in twice', () => {
      given(opened()).when(checkIn('stranger')).thenRejects(NotOnTheRoll);
      given(opened(), checkedIn('d1', 1)).when(checkIn('d1')).thenRejects(AlreadyCheckedIn);
      given(opened())
        .when(cmd({ type: 'CheckOutDelegate', data: { sittingId, organisationId: 'school', delegateId: 'd1' } }))
        .thenRejects(NotCheckedIn);
    });

    it('minutes a failed attempt to open business without quorum', () =>
      given(opened(), checkedIn('d1', 1))
        .when(cmd({ type: 'OpenBusiness', data: { sittingId, organisationId: 'school' } }))
        .then({
          type: 'SittingQuorumNotReached',
          data: { sittingId, count: { present: 1, elected: 6, required: 4 }, at: now },
        }));

    it('opens business with quorum', () =>
      given(opened(), ...quorate())
        .when(cmd({ type: 'OpenBusiness', data: { sittingId, organisationId: 'school' } }))
        .then({
          type: 'BusinessOpened',
          data: { sittingId, count: { present: 4, elected: 6, required: 4 }, at: now },
        }));
  });

  it('is run only by the union whose congress sits', () =>
    given(opened())
      .when(cmd({ type: 'CheckInDelegate', data: { sittingId, organisationId: 'arts', delegateId: 'd1' } }))
      .thenRejects(NotOwnSitting));

  it('takes no check-in once closed', () =>
    given(opened(), { type: 'SittingClosed', data: { sittingId, present: 0, at: now } })
      .when(checkIn('d1'))
      .thenRejects(SittingNotOpen));
});

const sittingId = 's1';
const now = '2026-10-20T08:00:00.000Z';
const twoThirds = { numerator: 2, denominator: 3 };
const roll = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
const cmd = (c: Omit<SittingCommand, 'metadata'>): SittingCommand =>
  ({ ...c, metadata: { now, actor: { id: 'sec', role: 'union-staff', organisationId: 'school' } } }) as SittingCommand;
const openCmd = (r = roll) =>
  cmd({
    type: 'OpenSitting',
    data: { sittingId, congressId: 'c1', organisationId: 'school', title: 'First plenary', roll: r, quorum: twoThirds },
  });
const opened = (): SittingEvent => ({
  type: 'SittingOpened',
  data: {
    sittingId,
    congressId: 'c1',
    organisationId: 'school',
    title: 'First plenary',
    roll,
    quorum: twoThirds,
    required: 4,
    openedAt: now,
  },
});
const checkIn = (delegateId: string) =>
  cmd({ type: 'CheckInDelegate', data: { sittingId, organisationId: 'school', delegateId } });
const checkedIn = (delegateId: string, present: number): SittingEvent => ({
  type: 'DelegateCheckedIn',
  data: { sittingId, delegateId, present, at: now },
});
const quorate = (): SittingEvent[] => [
  checkedIn('d1', 1),
  checkedIn('d2', 2),
  checkedIn('d3', 3),
  checkedIn('d4', 4),
  { type: 'QuorumReached', data: { sittingId, count: { present: 4, elected: 6, required: 4 }, at: now } },
];
