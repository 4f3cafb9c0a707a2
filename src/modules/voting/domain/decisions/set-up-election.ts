import { NotTheActingBody } from '../../../elections/domain/acting-body.errors.js';
import { CandidateNameNotOrderable } from '../../../elections/domain/name-order.errors.js';
import type { Person } from '../counting.js';
import type { ConfirmedCandidate, SetUpElection } from '../election.commands.js';
import {
  CandidateNotConfirmed,
  DuplicateCandidate,
  ElectionAlreadySetUp,
  ElectionNotCompetitive,
  SeatsOutOfRange,
} from '../election.errors.js';
import type { ElectionSetUp } from '../election.events.js';
import type { Election } from '../election.state.js';
import { orderByStrokes } from '../../../elections/domain/surname-stroke-order.js';
import { requiredName } from './guards.js';

/** domain.md pipeline step 4: only candidates the school party committee confirmed stand. */
function confirmedCandidates(candidates: readonly ConfirmedCandidate[]): Person[] {
  const seen = new Set<string>();
  return candidates.map((c, i) => {
    if (!c.confirmedByPartyCommittee)
      throw new CandidateNotConfirmed(`Candidate ${c.personId} is not on the confirmed list`, {
        field: `candidates[${i}]`,
      });
    if (seen.has(c.personId))
      throw new DuplicateCandidate(`Candidate ${c.personId} is listed twice`, { field: `candidates[${i}]` });
    seen.add(c.personId);
    return { personId: c.personId, name: requiredName(c.name, `candidates[${i}].name`) };
  });
}

/** domain.md steps 1-4: the election is set up by the union holding the list, once its party committee confirmed it. */
function confirmedList({ electionId, organisationId, candidateList }: SetUpElection['data']): string {
  if (candidateList.status !== 'NotOpened' && candidateList.organisationId !== organisationId)
    throw new NotTheActingBody(`Election ${electionId} is ${candidateList.organisationId}'s`);
  if (candidateList.status !== 'Confirmed' || candidateList.congressId === null)
    throw new CandidateNotConfirmed(
      `The party committee has not confirmed the candidate list of election ${electionId}`,
    );
  return candidateList.congressId;
}

export function setUpElection({ data, metadata }: SetUpElection, state: Election): ElectionSetUp {
  const congressId = confirmedList(data);
  if (state.status !== 'NotSetUp') throw new ElectionAlreadySetUp(`Election ${data.electionId} is already set up`);
  // Art. 14, 17: the seats are the organisation's presidium cap, a whole number.
  if (!Number.isSafeInteger(data.seats) || data.seats < 1)
    throw new SeatsOutOfRange('The presidium has at least one seat', { field: 'seats' });
  const candidates = confirmedCandidates(data.candidates);
  // domain.md: competitive election (差额选举), more candidates than seats.
  if (candidates.length <= data.seats) {
    throw new ElectionNotCompetitive(
      `${candidates.length} candidates for ${data.seats} seats: a competitive election needs more candidates than seats`,
      { field: 'candidates' },
    );
  }
  // domain.md: the ballot lists candidates in 姓氏笔画 order; a name the stroke table cannot place is refused, not guessed.
  const { ordered, unknownCharacters } = orderByStrokes(candidates, (c) => c.name);
  if (unknownCharacters.length > 0) {
    throw new CandidateNameNotOrderable(`No stroke data for ${unknownCharacters.join(' ')}`, {
      field: 'candidates',
      details: { unknownCharacters },
    });
  }
  const { electionId, organisationId, seats } = data;
  return {
    type: 'ElectionSetUp',
    data: { electionId, organisationId, congressId, seats, candidates: ordered, setUpAt: metadata.now },
  };
}
