import { assertNever } from '../../../shared/domain/decider.js';
import type { Person } from './counting.js';
import type { ElectionEvent, RoundKind } from './election.events.js';

/** What the next round puts on its ballot. Invariant: `seats` = election seats − persons elected so far. */
export type RoundScope = Readonly<{ kind: RoundKind; seats: number; candidates: readonly Person[] }>;

/**
 * A round under way: the roll holds who received and who returned a ballot, never what anyone voted
 * (architecture.md "Ballot secrecy"). Ballots never enter the state.
 */
export type VotingRound = RoundScope &
  Readonly<{ roundNumber: number; roll: readonly string[]; issued: readonly string[]; returned: readonly string[] }>;

export type ElectionSetting = Readonly<{
  electionId: string;
  organisationId: string;
  congressId: string;
  seats: number;
  /** the confirmed list, in ballot (姓氏笔画) order */
  candidates: readonly Person[];
  scrutineers: readonly Person[];
  tellers: readonly Person[];
  elected: readonly Person[];
  roundsHeld: number;
}>;

export type Election =
  | Readonly<{ status: 'NotSetUp' }>
  | (ElectionSetting & Readonly<{ status: 'AwaitingRound'; next: RoundScope }>)
  | (ElectionSetting & Readonly<{ status: 'Voting'; round: VotingRound }>)
  /** between RoundClosed and the outcome events of the same decision */
  | (ElectionSetting & Readonly<{ status: 'Counting'; round: VotingRound }>)
  | Readonly<{ status: 'Completed'; electionId: string; seats: number; elected: readonly Person[] }>;

export type ElectionUnderWay = Exclude<Election, { status: 'NotSetUp' } | { status: 'Completed' }>;

export const initialElection = (): Election => ({ status: 'NotSetUp' });

const isSetUp = (state: Election): state is ElectionUnderWay =>
  state.status !== 'NotSetUp' && state.status !== 'Completed';

function setting(state: ElectionUnderWay): ElectionSetting {
  const { electionId, organisationId, congressId, seats, candidates, scrutineers, tellers, elected, roundsHeld } =
    state;
  return { electionId, organisationId, congressId, seats, candidates, scrutineers, tellers, elected, roundsHeld };
}

const awaiting = (state: ElectionUnderWay, next: RoundScope): Election => ({
  ...setting(state),
  status: 'AwaitingRound',
  next,
});

function withRound(state: Election, change: (round: VotingRound) => VotingRound): Election {
  return state.status === 'Voting' ? { ...state, round: change(state.round) } : state;
}

function evolveSetUp(state: ElectionUnderWay, event: Exclude<ElectionEvent, { type: 'ElectionSetUp' }>): Election {
  switch (event.type) {
    case 'ScrutineerAppointed':
      return {
        ...state,
        scrutineers: [...state.scrutineers, { personId: event.data.personId, name: event.data.name }],
      };
    case 'TellerAppointed':
      return { ...state, tellers: [...state.tellers, { personId: event.data.personId, name: event.data.name }] };
    case 'QuorumNotReached':
    case 'BallotsCounted':
      return state;
    case 'RoundOpened': {
      const { roundNumber, kind, seats, candidates, roll } = event.data;
      return {
        ...setting(state),
        roundsHeld: roundNumber,
        status: 'Voting',
        round: { roundNumber, kind, seats, candidates, roll, issued: [], returned: [] },
      };
    }
    case 'BallotIssued':
      return withRound(state, (r) => ({ ...r, issued: [...r.issued, event.data.delegateId] }));
    case 'BallotReturned':
      return withRound(state, (r) => ({ ...r, returned: [...r.returned, event.data.delegateId] }));
    case 'RoundClosed':
      return state.status === 'Voting' ? { ...state, status: 'Counting' } : state;
    case 'RoundVoided':
      return state.status === 'Counting'
        ? awaiting(state, { kind: state.round.kind, seats: state.round.seats, candidates: state.round.candidates })
        : state;
    case 'CandidatesElected':
      return {
        ...state,
        elected: [...state.elected, ...event.data.elected.map(({ personId, name }) => ({ personId, name }))],
      };
    case 'TieAtCutOff':
      return awaiting(state, {
        kind: 'runoff',
        seats: event.data.seatsAtStake,
        candidates: event.data.tied.map(({ personId, name }) => ({ personId, name })),
      });
    case 'SeatsUnfilled':
      return awaiting(state, {
        kind: 'further',
        seats: event.data.remainingSeats,
        candidates: event.data.nextCandidates,
      });
    case 'SeatsReduced':
      return { ...state, seats: event.data.seatsAfter };
    case 'ElectionCompleted':
      return {
        status: 'Completed',
        electionId: event.data.electionId,
        seats: event.data.seats,
        elected: event.data.elected,
      };
    default:
      return assertNever(event, 'election event');
  }
}

export function evolveElection(state: Election, event: ElectionEvent): Election {
  if (event.type === 'ElectionSetUp') {
    const { electionId, organisationId, congressId, seats, candidates } = event.data;
    const base = {
      electionId,
      organisationId,
      congressId,
      seats,
      candidates,
      scrutineers: [],
      tellers: [],
      elected: [],
      roundsHeld: 0,
    };
    return { ...base, status: 'AwaitingRound', next: { kind: 'first', seats, candidates } };
  }
  return isSetUp(state) ? evolveSetUp(state, event) : state;
}
