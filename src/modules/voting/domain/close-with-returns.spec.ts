import { describe, expect, it } from '@jest/globals';
import { NotAnAppointedOfficer, ScrutineerRequired } from './ballot-box.errors.js';
import { closeWithReturns } from './close-with-returns.js';
import type { Mark, SealedBallot } from './counting.js';
import type { ElectionCommand } from './election.commands.js';
import { electionDecider } from './election.decide.js';
import type { ElectionEvent } from './election.events.js';
import { requireOfficer, requireSupervisingScrutineer } from './election-officers.js';

describe('closing a round with the electronic returns as one sorted batch', () => {
  it('records the returns sorted by delegate id, all at the close, before the count, and none twice', () => {
    const state = fold([...setUp(), issue('d-3'), issue('d-1'), issue('d-2'), issue('d-4'), returned('d-4')]);
    const events = closeWithReturns(
      state,
      {
        electionId,
        roundNumber: 1,
        usedCredentials: ['d-3', 'd-1', 'd-4', 'd-2'],
        ballots: ballots(4),
        eligibleWriteIns: [],
      },
      meta,
    );
    expect(events.filter((e) => e.type === 'BallotReturned').map((e) => e.data)).toEqual(
      ['d-1', 'd-2', 'd-3'].map((delegateId) => ({ electionId, roundNumber: 1, delegateId, returnedAt: now })),
    );
    expect(events.map((e) => e.type)).toEqual([
      'BallotReturned',
      'BallotReturned',
      'BallotReturned',
      'RoundClosed',
      'BallotsCounted',
      'CandidatesElected',
      'ElectionCompleted',
    ]);
    expect(events.find((e) => e.type === 'RoundClosed')!.data).toMatchObject({ issued: 4, returned: 4, received: 4 });
  });

  it('voids the round when the box holds more ballots than credentials were used', () => {
    const state = fold([...setUp(), issue('d-1'), issue('d-2')]);
    const events = closeWithReturns(
      state,
      { electionId, roundNumber: 1, usedCredentials: ['d-1'], ballots: ballots(2), eligibleWriteIns: [] },
      meta,
    );
    expect(events.map((e) => e.type)).toEqual(['BallotReturned', 'RoundClosed', 'RoundVoided']);
  });
});

describe('the officers of a round', () => {
  const state = () => fold(setUp());

  it('lets only the appointed person act as scrutineer or teller (or the administrator)', () => {
    expect(() =>
      requireOfficer(state(), electionId, { id: 's-1', role: 'scrutineer', organisationId: 'school' }, 'scrutineer'),
    ).not.toThrow();
    expect(() =>
      requireOfficer(state(), electionId, { id: 'root', role: 'admin', organisationId: '*' }, 'teller'),
    ).not.toThrow();
    expect(() =>
      requireOfficer(state(), electionId, { id: 's-2', role: 'scrutineer', organisationId: 'school' }, 'scrutineer'),
    ).toThrow(NotAnAppointedOfficer);
    expect(() =>
      requireOfficer(state(), electionId, { id: 's-1', role: 'teller', organisationId: 'school' }, 'teller'),
    ).toThrow(NotAnAppointedOfficer);
  });

  it('has paper ballots entered under an appointed scrutineer who is not the teller', () => {
    expect(() => requireSupervisingScrutineer(state(), electionId, 's-1', 't-1')).not.toThrow();
    expect(() => requireSupervisingScrutineer(state(), electionId, 't-1', 't-1')).toThrow(ScrutineerRequired);
    expect(() => requireSupervisingScrutineer(state(), electionId, 'nobody', 't-1')).toThrow(ScrutineerRequired);
  });
});

const now = '2026-10-15T09:00:00.000Z';
const meta = { now, actor: { id: 's-1', role: 'scrutineer', organisationId: 'school' } };
const electionId = 'presidium-2026';
const CANDIDATES = [
  ['c-1', '丁磊'],
  ['c-2', '王芳'],
  ['c-3', '孔敏'],
].map(([personId, name]) => ({ personId: personId!, name: name! }));

function run(events: ElectionEvent[], command: ElectionCommand): ElectionEvent[] {
  return [...events, ...([] as ElectionEvent[]).concat(electionDecider.decide(command, fold(events)))];
}
const fold = (events: ElectionEvent[]) => events.reduce(electionDecider.evolve, electionDecider.initialState());

function setUp(): ElectionEvent[] {
  const candidates = CANDIDATES.map((c) => ({ ...c, confirmedByPartyCommittee: true }));
  let events = run([], {
    type: 'SetUpElection',
    data: {
      electionId,
      organisationId: 'school',
      candidateList: { status: 'Confirmed', organisationId: 'school', congressId: 'c' },
      seats: 2,
      candidates,
    },
    metadata: meta,
  });
  events = run(events, {
    type: 'AppointScrutineer',
    data: { electionId, organisationId: 'school', personId: 's-1', name: '周明' },
    metadata: meta,
  });
  events = run(events, {
    type: 'AppointTeller',
    data: { electionId, organisationId: 'school', personId: 't-1', name: '吴刚' },
    metadata: meta,
  });
  const presentDelegateIds = ['d-1', 'd-2', 'd-3', 'd-4'];
  return run(events, {
    type: 'OpenRound',
    data: {
      electionId,
      organisationId: 'school',
      sitting: { sittingId: 'plenary-1', congressId: 'c', inSession: true },
      electedDelegates: 4,
      presentDelegateIds,
      quorum: { numerator: 2, denominator: 3 },
    },
    metadata: meta,
  });
}
const issue = (delegateId: string): ElectionEvent => ({
  type: 'BallotIssued',
  data: { electionId, roundNumber: 1, delegateId, issuedAt: now },
});
const returned = (delegateId: string): ElectionEvent => ({
  type: 'BallotReturned',
  data: { electionId, roundNumber: 1, delegateId, returnedAt: now },
});

function ballots(n: number): SealedBallot[] {
  return Array.from({ length: n }, (_, i) => ({
    ballotId: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    marks: { 'c-1': 'for' as Mark, 'c-2': 'for' as Mark },
    writeIns: [],
  }));
}
