import { MARKS, type Person, type SealedBallot } from './counting.js';
import {
  BallotCarriesIdentifyingMark,
  BallotIdNotRandom,
  BallotMalformed,
  DuplicateBallotId,
} from './election.errors.js';

/**
 * Checks the sealed batch handed over at close before anything is counted. A failure here is the application's
 * fault (or tampering), not an outcome the minutes record, so it throws and nothing is appended.
 * Error messages name the position in the (shuffled) batch and the field, never a field's value.
 */

const BALLOT_FIELDS = new Set(['ballotId', 'marks', 'writeIns']);
const WRITE_IN_FIELDS = new Set(['name', 'personId']);
/** A version 4 (random) UUID: a sequential or time-ordered id could line ballots up with the roll. */
const RANDOM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function extraField(value: Record<string, unknown>, allowed: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !allowed.has(key));
}

function checkWriteIn(writeIn: unknown, at: string): void {
  if (!isRecord(writeIn)) throw new BallotMalformed(`${at} is not a write-in`, { field: at });
  const extra = extraField(writeIn, WRITE_IN_FIELDS);
  if (extra !== undefined)
    throw new BallotCarriesIdentifyingMark(`${at} carries a field beyond name and personId`, {
      field: `${at}.${extra}`,
    });
  if (typeof writeIn.name !== 'string' || !writeIn.name.trim())
    throw new BallotMalformed(`${at} names nobody`, { field: `${at}.name` });
  if (writeIn.personId !== undefined && typeof writeIn.personId !== 'string')
    throw new BallotMalformed(`${at}.personId is not an id`, { field: `${at}.personId` });
}

function checkMarks(marks: unknown, onBallot: ReadonlySet<string>, at: string): void {
  if (!isRecord(marks)) throw new BallotMalformed(`${at}.marks is not a set of marks`, { field: `${at}.marks` });
  for (const [personId, mark] of Object.entries(marks)) {
    if (!onBallot.has(personId))
      throw new BallotCarriesIdentifyingMark(`${at} marks someone who is not on the ballot`, { field: `${at}.marks` });
    if (!MARKS.includes(mark as never))
      throw new BallotMalformed(`${at} holds a mark that is not for, against or abstain`, { field: `${at}.marks` });
  }
}

function checkBallot(ballot: unknown, onBallot: ReadonlySet<string>, at: string): void {
  if (!isRecord(ballot)) throw new BallotMalformed(`${at} is not a ballot`, { field: at });
  const extra = extraField(ballot, BALLOT_FIELDS);
  if (extra !== undefined)
    throw new BallotCarriesIdentifyingMark(`${at} carries a field beyond ballotId, marks and writeIns`, {
      field: `${at}.${extra}`,
    });
  if (typeof ballot.ballotId !== 'string' || !RANDOM_ID.test(ballot.ballotId))
    throw new BallotIdNotRandom(`${at}.ballotId is not a random (v4) UUID`, { field: `${at}.ballotId` });
  checkMarks(ballot.marks, onBallot, at);
  if (!Array.isArray(ballot.writeIns))
    throw new BallotMalformed(`${at}.writeIns is not a list`, { field: `${at}.writeIns` });
  ballot.writeIns.forEach((w: unknown, i: number) => checkWriteIn(w, `${at}.writeIns[${i}]`));
}

/** Throws unless every ballot holds exactly a random id, marks for persons on the ballot, and write-ins. */
export function checkSealedBallots(ballots: readonly SealedBallot[], candidates: readonly Person[]): void {
  if (!Array.isArray(ballots)) throw new BallotMalformed('The ballots are not a list', { field: 'ballots' });
  const onBallot = new Set(candidates.map((c) => c.personId));
  ballots.forEach((ballot: unknown, i) => checkBallot(ballot, onBallot, `ballots[${i}]`));
  const ids = new Set(ballots.map((b) => b.ballotId.toLowerCase()));
  if (ids.size !== ballots.length)
    throw new DuplicateBallotId('Two ballots in the batch carry the same id', { field: 'ballots' });
}
