import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type {
  CandidateListCommand,
  CheckEligibility,
  ConfirmCandidateList,
  DecidePartyConsent,
  OpenNominations,
  RecommendCandidate,
  SignOffInterview,
} from './candidate-list.commands.js';
import {
  AlreadyRecommended,
  AlreadySignedOff,
  CandidateListAlreadyConfirmed,
  CandidateListNotCompetitive,
  CandidateNameUnavailable,
  CandidateNotEnrolled,
  CandidateNotFound,
  EligibilityNotEstablished,
  ExclusionNotAllowed,
  NominationSeatsRequired,
  NominationsAlreadyOpen,
  NominationsNotOpen,
  NotASchoolUnion,
  NotOwnCollege,
  RefusalReasonRequired,
  ResumeRequired,
  ReviewerNotRecognised,
  StepOutOfOrder,
} from './candidate-list.errors.js';
import {
  type CandidateListEvent,
  type ExcludedCandidate,
  REVIEW_BODIES,
  type ReviewBody,
} from './candidate-list.events.js';
import {
  type Candidacy,
  type CandidateList,
  type OpenedList,
  evolveCandidateList,
  initialCandidateList,
  isFinal,
} from './candidate-list.state.js';
import { CandidateNameNotOrderable } from '../../elections/domain/name-order.errors.js';
import { orderByStrokes } from '../../elections/domain/surname-stroke-order.js';
import { requireBodyOfKind } from '../../elections/domain/acting-body.js';

/** The longest résumé kept in the log: a page of text, as the candidate form has it. */
export const RESUME_MAX_LENGTH = 4000;

function openList(state: CandidateList, electionId: string): OpenedList {
  if (state.status === 'NotOpened') throw new NominationsNotOpen(`Nominations for election ${electionId} are not open`);
  if (state.status === 'Confirmed')
    throw new CandidateListAlreadyConfirmed(`The candidate list of election ${electionId} is confirmed`);
  return state;
}

function candidacy(list: OpenedList, studentId: string): Candidacy {
  const found = list.candidacies[studentId];
  if (!found)
    throw new CandidateNotFound(`Student ${studentId} has not been recommended for election ${list.electionId}`, {
      field: 'studentId',
    });
  return found;
}

function atStage(c: Candidacy, stage: Candidacy['stage'], step: string): void {
  if (c.stage !== stage)
    throw new StepOutOfOrder(`${step} needs the candidacy at ${stage}; it is at ${c.stage}`, {
      details: { stage: c.stage },
    });
}

type ReviewerFacts = Readonly<{ reviewerOrgId: string; bodyKind: string | null }>;

/** domain.md step 3: the reviewer is the actor's body, and the organisation the step names is a body of that kind. */
function reviewer(role: string, { reviewerOrgId, bodyKind }: ReviewerFacts): ReviewBody {
  if (!(REVIEW_BODIES as readonly string[]).includes(role)) {
    throw new ReviewerNotRecognised(
      'Only student affairs and the Youth League committee review candidates (domain.md step 3)',
    );
  }
  requireBodyOfKind(reviewerOrgId, role, bodyKind);
  return role as ReviewBody;
}

const required = (text: string, error: () => Error): string => {
  const trimmed = text.trim();
  if (!trimmed) throw error();
  return trimmed;
};

export function openNominations({ data, metadata }: OpenNominations, state: CandidateList): CandidateListEvent {
  if (state.status !== 'NotOpened')
    throw new NominationsAlreadyOpen(`Nominations for election ${data.electionId} are already open`);
  if (!data.isSchoolUnion)
    throw new NotASchoolUnion(
      `${data.organisationId} is not a school union: the presidium is the school union's (Art. 14)`,
      { field: 'organisationId' },
    );
  const { electionId, organisationId, congressId, office } = data;
  // Art. 8 (4): the federation allots the seats of its congress; the presidium's are the union's policy (Art. 14).
  const seats = office === 'federation-delegates' ? data.seats : null;
  if (office === 'federation-delegates' && (seats === null || !Number.isSafeInteger(seats) || seats < 1))
    throw new NominationSeatsRequired('An election of federation delegates states the seats the federation allotted', {
      field: 'seats',
    });
  return {
    type: 'NominationsOpened',
    data: { electionId, organisationId, congressId, office, seats, openedAt: metadata.now },
  };
}

/** Step 1: the college league organisation recommends an enrolled student of its own college, with a résumé. */
export function recommend({ data, metadata }: RecommendCandidate, state: CandidateList): CandidateListEvent {
  const list = openList(state, data.electionId);
  if (list.candidacies[data.studentId])
    throw new AlreadyRecommended(`Student ${data.studentId} is already a candidate`, { field: 'studentId' });
  const student = data.student;
  if (!student?.enrolled)
    throw new CandidateNotEnrolled(`Student ${data.studentId} is not an enrolled member (Art. 4-6)`, {
      field: 'studentId',
    });
  if (data.leagueCollegeId === null || data.leagueCollegeId !== student.collegeId) {
    throw new NotOwnCollege(`${data.leagueOrgId} is not the league organisation of the student's college`, {
      field: 'studentId',
    });
  }
  const resume = required(
    data.resume,
    () => new ResumeRequired('The candidate fills a résumé (domain.md step 1)', { field: 'resume' }),
  );
  if (resume.length > RESUME_MAX_LENGTH)
    throw new ResumeRequired(`The résumé is at most ${RESUME_MAX_LENGTH} characters`, { field: 'resume' });
  const name = required(
    student.name ?? '',
    () => new CandidateNameUnavailable(`The registry holds no name for ${data.studentId}`, { field: 'studentId' }),
  );
  const { electionId, studentId, leagueOrgId } = data;
  return {
    type: 'CandidateRecommended',
    data: {
      electionId,
      studentId,
      name,
      collegeId: student.collegeId,
      leagueOrgId,
      resume,
      recommendedAt: metadata.now,
    },
  };
}

/** Step 2: the party organisation of the candidate's college consents, or refuses with a reason. */
export function decidePartyConsent(
  { data, metadata }: DecidePartyConsent,
  state: CandidateList,
): CandidateListEvent | CandidateListEvent[] {
  const list = openList(state, data.electionId);
  const c = candidacy(list, data.studentId);
  if (data.partyCollegeId === null || data.partyCollegeId !== c.collegeId) {
    throw new NotOwnCollege(`${data.partyOrgId} is not the party organisation of the candidate's college`, {
      field: 'studentId',
    });
  }
  atStage(c, 'AwaitingPartyConsent', 'Party consent');
  const { electionId, studentId, partyOrgId } = data;
  if (data.consent) {
    const given: CandidateListEvent = {
      type: 'PartyConsentGiven',
      data: { electionId, studentId, partyOrgId, at: metadata.now },
    };
    // Federation delegates are delegates, not union staff: Art. 18's review and interview are the presidium's steps.
    if (list.office === 'federation-delegates')
      return [given, { type: 'CandidateCleared', data: { electionId, studentId, at: metadata.now } }];
    return given;
  }
  const reason = required(
    data.reason,
    () => new RefusalReasonRequired('A refusal of consent carries its reason', { field: 'reason' }),
  );
  return { type: 'PartyConsentRefused', data: { electionId, studentId, partyOrgId, reason, at: metadata.now } };
}

/**
 * Step 3a, Art. 18: the registry's facts against the school union's policy. A failed check is recorded with every
 * rule explained and ends the candidacy (an outcome the minutes record, not an error). It may be re-run until the
 * first interview sign-off, since the record it reads can change.
 */
export function checkEligibility({ data, metadata }: CheckEligibility, state: CandidateList): CandidateListEvent {
  const by = reviewer(metadata.actor.role, data);
  const c = candidacy(openList(state, data.electionId), data.studentId);
  atStage(c, 'AwaitingReview', 'The eligibility check');
  if (c.signedOffBy.length > 0)
    throw new StepOutOfOrder('The interview has begun: eligibility was settled before it', {
      details: { stage: c.stage },
    });
  const { eligible, checks } = data.eligibility;
  return {
    type: 'EligibilityChecked',
    data: { electionId: data.electionId, studentId: data.studentId, eligible, checks, by, checkedAt: metadata.now },
  };
}

/** Step 3b: each reviewing body signs off once; the second sign-off clears the candidate for the party committee. */
export function signOffInterview({ data, metadata }: SignOffInterview, state: CandidateList): CandidateListEvent[] {
  const by = reviewer(metadata.actor.role, data);
  const c = candidacy(openList(state, data.electionId), data.studentId);
  atStage(c, 'AwaitingReview', 'The interview');
  if (!c.eligibility?.eligible) throw new EligibilityNotEstablished('Check eligibility (Art. 18) before the interview');
  if (c.signedOffBy.includes(by)) throw new AlreadySignedOff(`${by} has already signed off this candidate`);
  const { electionId, studentId } = data;
  if (!data.approved) {
    const reason = required(
      data.reason,
      () => new RefusalReasonRequired('A rejection at interview carries its reason', { field: 'reason' }),
    );
    return [{ type: 'InterviewRejected', data: { electionId, studentId, by, reason, at: metadata.now } }];
  }
  const events: CandidateListEvent[] = [
    { type: 'InterviewSignedOff', data: { electionId, studentId, by, notes: data.notes.trim(), at: metadata.now } },
  ];
  if (REVIEW_BODIES.every((body) => body === by || c.signedOffBy.includes(body)))
    events.push({ type: 'CandidateCleared', data: { electionId, studentId, at: metadata.now } });
  return events;
}

function exclusions(list: OpenedList, requested: ConfirmCandidateList['data']['excluded']): ExcludedCandidate[] {
  return requested.map(({ studentId, reason }, i) => {
    const c = list.candidacies[studentId];
    if (c?.stage !== 'Cleared')
      throw new ExclusionNotAllowed(`Only a cleared candidate can be struck; ${studentId} is not one`, {
        field: `excluded[${i}].studentId`,
      });
    const why = required(
      reason,
      () => new RefusalReasonRequired('Striking a candidate carries its reason', { field: `excluded[${i}].reason` }),
    );
    return { studentId, name: c.name, reason: why };
  });
}

/**
 * Step 4: the party committee confirms the cleared candidates it does not strike. POLICY (the seed is silent):
 * candidacies still in the pipeline are left out and listed, so the minutes show who did not reach the list.
 */
export function confirmList({ data, metadata }: ConfirmCandidateList, state: CandidateList): CandidateListEvent {
  requireBodyOfKind(data.partyCommitteeId, 'party-committee', data.bodyKind);
  const list = openList(state, data.electionId);
  const excluded = exclusions(list, data.excluded);
  const struck = new Set(excluded.map((e) => e.studentId));
  const all = Object.values(list.candidacies);
  const chosen = all
    .filter((c) => c.stage === 'Cleared' && !struck.has(c.studentId))
    .map((c) => ({ personId: c.studentId, name: c.name }));
  if (chosen.length <= data.seats) {
    throw new CandidateListNotCompetitive(
      `${chosen.length} candidates for ${data.seats} seats: a competitive election needs more candidates than seats`,
    );
  }
  const { ordered, unknownCharacters } = orderByStrokes(chosen, (p) => p.name);
  if (unknownCharacters.length > 0)
    throw new CandidateNameNotOrderable(`No stroke data for ${unknownCharacters.join(' ')}`, {
      details: { unknownCharacters },
    });
  const leftOut = all
    .filter((c) => !isFinal(c.stage) && c.stage !== 'Cleared')
    .map((c) => ({ studentId: c.studentId, name: c.name, stage: c.stage }));
  return {
    type: 'CandidateListConfirmed',
    data: {
      electionId: data.electionId,
      seats: data.seats,
      candidates: ordered,
      excluded,
      leftOut,
      confirmedAt: metadata.now,
    },
  };
}

export function decideCandidateList(
  command: CandidateListCommand,
  state: CandidateList,
): CandidateListEvent | CandidateListEvent[] {
  switch (command.type) {
    case 'OpenNominations':
      return openNominations(command, state);
    case 'RecommendCandidate':
      return recommend(command, state);
    case 'DecidePartyConsent':
      return decidePartyConsent(command, state);
    case 'CheckEligibility':
      return checkEligibility(command, state);
    case 'SignOffInterview':
      return signOffInterview(command, state);
    case 'ConfirmCandidateList':
      return confirmList(command, state);
    default:
      return assertNever(command, 'candidate list command');
  }
}

/** One stream per election holds every candidacy: step 4 confirms the list as a whole (docs/elections.md). */
export const candidateListDecider: Decider<CandidateList, CandidateListCommand, CandidateListEvent> = {
  decide: decideCandidateList,
  evolve: evolveCandidateList,
  initialState: initialCandidateList,
};

export const candidateListStream = (electionId: string) => `candidates-${electionId}`;
