import type { Person } from '../../elections/domain/person.js';
import { compareByStrokes } from '../../elections/domain/surname-stroke-order.js';

/**
 * The arithmetic of one round of a presidium election: judging ballots, tallying, and who is elected.
 * Sources: domain.md "Presidium election" (the seed's rules, with the CYL election rules
 * 《中国共产主义青年团基层组织选举规则(暂行)》 where the seed is silent). Choices where both are silent are marked POLICY.
 * Only secret ballots are counted here; named (roll-call) votes are a separate mode, out of scope.
 */

export type Mark = 'for' | 'against' | 'abstain';
export const MARKS: readonly Mark[] = ['for', 'against', 'abstain'];

export type { Person };

/** 另选他人: the voter writes in another person; personId when the ballot form let the voter pick one. */
export type WriteIn = Readonly<{ name: string; personId?: string }>;

/** A ballot as it leaves the sealed box: a random id, the marks, the write-ins, and nothing else (no voter). */
export type SealedBallot = Readonly<{
  ballotId: string;
  marks: Readonly<Record<string, Mark>>;
  writeIns: readonly WriteIn[];
}>;

export type WriteInVoidReason =
  | 'NoWriteInsInRunOff'
  | 'OnTheBallotAlready'
  | 'NotAnEligiblePerson'
  | 'AmbiguousName'
  | 'AlreadyElected'
  | 'NamedTwice';

export type CountedWriteIn = Readonly<{
  name: string;
  personId: string | null;
  countedFor: string | null;
  voidReason: WriteInVoidReason | null;
}>;

export type CountedBallot = Readonly<{
  ballotId: string;
  marks: Readonly<Record<string, Mark>>;
  writeIns: readonly CountedWriteIn[];
  valid: boolean;
  invalidReason: 'Overvoted' | null;
}>;

export type CountingRules = Readonly<{
  /** seats at stake in this round */
  seats: number;
  /** the persons printed on this round's ballot */
  candidates: readonly Person[];
  /** a run-off is a new ballot among the tied only (domain.md), so it takes no write-ins */
  writeInsAllowed: boolean;
  /** facts from the membership records: who may be written in (eligible under Art. 18) */
  eligibleWriteIns: readonly Person[];
  /** persons elected in earlier rounds of this election */
  alreadyElected: readonly string[];
}>;

export type CandidateTally = Readonly<{
  personId: string;
  name: string;
  for: number;
  against: number;
  abstain: number;
}>;
export type WriteInTally = Readonly<{ personId: string; name: string; for: number }>;

export type Tally = Readonly<{
  ballotsReceived: number;
  validBallots: number;
  invalidBallots: number;
  candidates: readonly CandidateTally[];
  writeIns: readonly WriteInTally[];
  voidWriteIns: number;
}>;

/** A person's 'for' votes in a round. */
export type Standing = Readonly<{ personId: string; name: string; votes: number }>;

export type RoundResult = Readonly<{
  threshold: number;
  /** every candidate on the ballot and every write-in person with a vote, most votes first (equal votes in stroke order) */
  standings: readonly Standing[];
  passed: readonly Standing[];
  elected: readonly Standing[];
  /** tied at the cut-off for `seatsForTied` seats: a run-off among them decides */
  tied: readonly Standing[];
  seatsForTied: number;
  unfilledSeats: number;
}>;

const normalised = (name: string) => name.normalize('NFC').replace(/[\s·・•‧]/gu, '');

/**
 * domain.md: "elected only with more than half of the delegates present with a vote". The base is the roll frozen
 * when the round opened (every present delegate holds a vote), not the ballots returned or found valid, so an
 * invalid or unreturned ballot counts against passing like an 'against'. More than half of n is floor(n/2)+1.
 */
export function majorityThreshold(presentWithVote: number): number {
  return Math.floor(presentWithVote / 2) + 1;
}

/**
 * domain.md / CYL rules: a ballot with more 'for' than seats is invalid. Every written-in name is a 'for' on the
 * face of the ballot, whether or not it turns out eligible (POLICY: validity is judged on what the voter marked).
 */
export function forMarks(ballot: SealedBallot): number {
  return Object.values(ballot.marks).filter((m) => m === 'for').length + ballot.writeIns.length;
}

/**
 * POLICY (the seed and domain.md say only "another eligible person"): a write-in that does not name exactly one
 * eligible person, names someone already on this ballot or already elected, or repeats a name on the same ballot,
 * is a void mark; the rest of the ballot still counts, as student-congress rules keep the readable parts of a partly
 * illegible ballot (research/governance-systems.md §3.6). Only an overvote voids a whole ballot.
 */
function resolveWriteIn(
  writeIn: WriteIn,
  rules: CountingRules,
  earlier: readonly CountedWriteIn[],
): Omit<CountedWriteIn, 'name' | 'personId'> {
  const voided = (voidReason: WriteInVoidReason) => ({ countedFor: null, voidReason });
  if (!rules.writeInsAllowed) return voided('NoWriteInsInRunOff');
  const name = normalised(writeIn.name);
  const onBallot = rules.candidates.some((c) =>
    writeIn.personId ? c.personId === writeIn.personId : normalised(c.name) === name,
  );
  if (onBallot) return voided('OnTheBallotAlready');
  const matches = rules.eligibleWriteIns.filter(
    (p) => normalised(p.name) === name && (!writeIn.personId || p.personId === writeIn.personId),
  );
  if (matches.length === 0) return voided('NotAnEligiblePerson');
  if (matches.length > 1) return voided('AmbiguousName');
  const personId = matches[0]!.personId;
  if (rules.alreadyElected.includes(personId)) return voided('AlreadyElected');
  if (earlier.some((w) => w.countedFor === personId)) return voided('NamedTwice');
  return { countedFor: personId, voidReason: null };
}

export function judgeBallot(ballot: SealedBallot, rules: CountingRules): CountedBallot {
  const writeIns: CountedWriteIn[] = [];
  for (const w of ballot.writeIns)
    writeIns.push({ name: w.name, personId: w.personId ?? null, ...resolveWriteIn(w, rules, writeIns) });
  const overvoted = forMarks(ballot) > rules.seats;
  return {
    ballotId: ballot.ballotId,
    marks: ballot.marks,
    writeIns,
    valid: !overvoted,
    invalidReason: overvoted ? 'Overvoted' : null,
  };
}

/** Only valid ballots count. POLICY: a candidate left unmarked on a valid ballot counts as an abstention. */
export function tallyBallots(ballots: readonly CountedBallot[], rules: CountingRules): Tally {
  const valid = ballots.filter((b) => b.valid);
  const candidates = rules.candidates.map((c) => {
    const marks = valid.map((b) => b.marks[c.personId] ?? 'abstain');
    const count = (mark: Mark) => marks.filter((m) => m === mark).length;
    return {
      personId: c.personId,
      name: c.name,
      for: count('for'),
      against: count('against'),
      abstain: count('abstain'),
    };
  });
  const counted = valid.flatMap((b) => b.writeIns.map((w) => w.countedFor).filter((id): id is string => id !== null));
  const writeIns = rules.eligibleWriteIns
    .map((p) => ({ personId: p.personId, name: p.name, for: counted.filter((id) => id === p.personId).length }))
    .filter((w) => w.for > 0);
  const voidWriteIns = valid.flatMap((b) => b.writeIns).filter((w) => w.voidReason !== null).length;
  return {
    ballotsReceived: ballots.length,
    validBallots: valid.length,
    invalidBallots: ballots.length - valid.length,
    candidates,
    writeIns,
    voidWriteIns,
  };
}

function byVotes(a: Standing, b: Standing): number {
  return b.votes - a.votes || compareByStrokes(a.name, b.name) || (a.personId < b.personId ? -1 : 1);
}

/**
 * domain.md (CYL rules): elected with more than half of the delegates present with a vote; if more pass than there
 * are seats, the highest counts win; a tie at the cut-off goes to a new ballot among the tied; if fewer pass than
 * seats, the remaining seats go to a further round. Write-in persons count like candidates.
 */
export function decideRound(tally: Tally, seats: number, presentWithVote: number): RoundResult {
  const threshold = majorityThreshold(presentWithVote);
  const standings = [...tally.candidates, ...tally.writeIns]
    .map((p) => ({ personId: p.personId, name: p.name, votes: p.for }))
    .sort(byVotes);
  const passed = standings.filter((s) => s.votes >= threshold);
  if (passed.length <= seats)
    return {
      threshold,
      standings,
      passed,
      elected: passed,
      tied: [],
      seatsForTied: 0,
      unfilledSeats: seats - passed.length,
    };
  const cutOff = passed[seats - 1]!.votes;
  const above = passed.filter((s) => s.votes > cutOff);
  const atCutOff = passed.filter((s) => s.votes === cutOff);
  if (above.length + atCutOff.length === seats)
    return {
      threshold,
      standings,
      passed,
      elected: [...above, ...atCutOff],
      tied: [],
      seatsForTied: 0,
      unfilledSeats: 0,
    };
  return {
    threshold,
    standings,
    passed,
    elected: above,
    tied: atCutOff,
    seatsForTied: seats - above.length,
    unfilledSeats: 0,
  };
}
