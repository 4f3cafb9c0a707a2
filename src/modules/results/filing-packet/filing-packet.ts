import type { CandidateListEvent } from '../../nominations/index.js';
import type { ElectionResultEvent } from '../domain/election-result.events.js';
import type { ElectionEvent } from '../../voting/index.js';

type Logged = CandidateListEvent | ElectionEvent | ElectionResultEvent;
type Entry = Record<string, unknown>;

export type RoundRecord = {
  roundNumber: number;
  kind: string;
  seats: number;
  candidates: unknown;
  electedDelegates: number;
  presentWithVote: number;
  quorum: unknown;
  openedAt: string;
  closedAt: string | null;
  issued: number;
  returned: number;
  received: number | null;
  validBallots: number | null;
  invalidBallots: number | null;
  tally: unknown;
  outcome: Entry[];
};

export type CandidateRecord = { studentId: string; name: string; collegeId: string; steps: Entry[] };

/** What the federation receives (domain.md: "filed with the higher federation"): the record of the election, not its ballots. */
export type FilingPacket = {
  electionId: string;
  /** what the congress elected: the presidium, or the delegates to the federation's congress (Art. 8 (3), (4)) */
  office: 'presidium' | 'federation-delegates';
  organisationId: string | null;
  congressId: string | null;
  seats: number | null;
  candidates: CandidateRecord[];
  confirmedList: unknown;
  excluded: unknown;
  leftOut: unknown;
  scrutineers: Entry[];
  tellers: Entry[];
  quorumFailures: Entry[];
  seatReductions: Entry[];
  rounds: RoundRecord[];
  elected: unknown;
  resultChain: Entry[];
  audit: {
    ok: boolean;
    heads: Record<string, { revision: string; hash: string }>;
    breaks: unknown[];
    verifiedAt: string;
  };
  generatedAt: string;
};

function strip(data: object): Entry {
  const { electionId: _e, ...rest } = data as Entry;
  return rest;
}

function candidateStep(packet: FilingPacket, event: CandidateListEvent): void {
  if (event.type === 'NominationsOpened')
    return void Object.assign(packet, {
      organisationId: event.data.organisationId,
      congressId: event.data.congressId,
      office: event.data.office ?? 'presidium',
    });
  if (event.type === 'CandidateListConfirmed')
    return void Object.assign(packet, {
      confirmedList: event.data.candidates,
      excluded: event.data.excluded,
      leftOut: event.data.leftOut,
    });
  if (event.type === 'CandidateRecommended') {
    const { studentId, name, collegeId } = event.data;
    packet.candidates.push({ studentId, name, collegeId, steps: [] });
  }
  const { studentId, ...rest } = strip(event.data) as Entry & { studentId: string };
  packet.candidates.find((c) => c.studentId === studentId)?.steps.push({ step: event.type, ...rest });
}

function roundStep(packet: FilingPacket, event: ElectionEvent): void {
  const round = (n: number) => packet.rounds.find((r) => r.roundNumber === n);
  switch (event.type) {
    case 'ElectionSetUp':
      return void (packet.seats = event.data.seats);
    case 'ScrutineerAppointed':
      return void packet.scrutineers.push(strip(event.data));
    case 'TellerAppointed':
      return void packet.tellers.push(strip(event.data));
    case 'QuorumNotReached':
      return void packet.quorumFailures.push(strip(event.data));
    case 'SeatsReduced':
      return void packet.seatReductions.push(strip(event.data));
    case 'ElectionCompleted':
      return void (packet.elected = event.data.elected);
    case 'RoundOpened': {
      const d = event.data;
      packet.rounds.push({
        roundNumber: d.roundNumber,
        kind: d.kind,
        seats: d.seats,
        candidates: d.candidates,
        electedDelegates: d.electedDelegates,
        presentWithVote: d.roll.length,
        quorum: d.quorum,
        openedAt: d.openedAt,
        closedAt: null,
        issued: 0,
        returned: 0,
        received: null,
        validBallots: null,
        invalidBallots: null,
        tally: null,
        outcome: [],
      });
      return;
    }
    case 'BallotIssued':
    case 'BallotReturned': {
      const r = round(event.data.roundNumber);
      if (r) r[event.type === 'BallotIssued' ? 'issued' : 'returned'] += 1;
      return;
    }
    case 'RoundClosed':
      return void Object.assign(round(event.data.roundNumber) ?? {}, {
        closedAt: event.data.closedAt,
        received: event.data.received,
      });
    case 'BallotsCounted': {
      const { tally } = event.data;
      return void Object.assign(round(event.data.roundNumber) ?? {}, {
        validBallots: tally.validBallots,
        invalidBallots: tally.invalidBallots,
        tally,
      });
    }
    case 'RoundVoided':
    case 'CandidatesElected':
    case 'TieAtCutOff':
    case 'SeatsUnfilled': {
      const { roundNumber, ...rest } = strip(event.data) as Entry & { roundNumber: number };
      return void round(roundNumber)?.outcome.push({ type: event.type, ...rest });
    }
  }
}

/** Folds the election's three streams into the packet; the audit part is the chain verifier's report for them. */
export function buildFilingPacket(
  electionId: string,
  events: ReadonlyArray<Logged & { stream: string }>,
  audit: FilingPacket['audit'],
  generatedAt: string,
): FilingPacket {
  const packet: FilingPacket = {
    electionId,
    office: 'presidium',
    organisationId: null,
    congressId: null,
    seats: null,
    candidates: [],
    confirmedList: [],
    excluded: [],
    leftOut: [],
    scrutineers: [],
    tellers: [],
    quorumFailures: [],
    seatReductions: [],
    rounds: [],
    elected: [],
    resultChain: [],
    audit,
    generatedAt,
  };
  for (const event of events) {
    if (event.stream.startsWith('candidates-')) candidateStep(packet, event as CandidateListEvent);
    else if (event.stream.startsWith('election-')) roundStep(packet, event as ElectionEvent);
    else packet.resultChain.push({ type: event.type, ...strip(event.data) });
  }
  return packet;
}
