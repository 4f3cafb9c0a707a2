import { randomUUID } from 'node:crypto';
import { BallotBoxClosed } from '../domain/ballot-box.errors.js';

/** A DataSource or a transaction's EntityManager: both run SQL. */
export type Sql = Readonly<{ query: (sql: string, parameters?: unknown[]) => Promise<unknown> }>;

type Round = Readonly<{ electionId: string; roundNumber: number }>;

const rows = async <T>(db: Sql, sql: string, params: unknown[]): Promise<T[]> => (await db.query(sql, params)) as T[];

/** How many rows an UPDATE or DELETE changed: TypeORM answers those with [rows, count], not with the rows. */
async function changed(db: Sql, sql: string, params: unknown[]): Promise<number> {
  const result = (await db.query(sql, params)) as unknown;
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? result[1]
    : (result as unknown[]).length;
}

/** The round's box exists from the first use on; closing it is final. */
export async function ensureBox(db: Sql, { electionId, roundNumber }: Round): Promise<void> {
  await db.query(
    `INSERT INTO election_ballot_boxes (election_id, round_number, status) VALUES ($1, $2, 'open') ON CONFLICT DO NOTHING`,
    [electionId, roundNumber],
  );
}

/**
 * Locks the box row for the rest of the transaction: casts share it, the close takes it exclusively, so no ballot
 * slips in after the close took the batch, and the close waits for casts in flight.
 */
export async function lockOpenBox(
  db: Sql,
  { electionId, roundNumber }: Round,
  mode: 'share' | 'update',
): Promise<void> {
  const found = await rows<{ status: string }>(
    db,
    `SELECT status FROM election_ballot_boxes WHERE election_id = $1 AND round_number = $2 FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`,
    [electionId, roundNumber],
  );
  if (found[0]?.status !== 'open') throw new BallotBoxClosed(`The ballot box of round ${roundNumber} is closed`);
}

/** Records that the delegate holds a credential; says whether the row is new and whether one was used. */
export async function claimHolder(
  db: Sql,
  { electionId, roundNumber }: Round,
  delegateId: string,
): Promise<{ created: boolean; used: boolean }> {
  const inserted = await rows(
    db,
    `INSERT INTO election_ballot_holders (election_id, round_number, delegate_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
    [electionId, roundNumber, delegateId],
  );
  if (inserted.length > 0) return { created: true, used: false };
  const [row] = await rows<{ used: boolean }>(
    db,
    `SELECT used FROM election_ballot_holders WHERE election_id = $1 AND round_number = $2 AND delegate_id = $3`,
    [electionId, roundNumber, delegateId],
  );
  return { created: false, used: row?.used ?? false };
}

export async function dropHolder(db: Sql, { electionId, roundNumber }: Round, delegateId: string): Promise<void> {
  await db.query(
    `DELETE FROM election_ballot_holders WHERE election_id = $1 AND round_number = $2 AND delegate_id = $3 AND NOT used`,
    [electionId, roundNumber, delegateId],
  );
}

export async function holdsCredential(
  db: Sql,
  { electionId, roundNumber }: Round,
  delegateId: string,
): Promise<boolean> {
  return (
    (
      await rows(
        db,
        `SELECT 1 FROM election_ballot_holders WHERE election_id = $1 AND round_number = $2 AND delegate_id = $3`,
        [electionId, roundNumber, delegateId],
      )
    ).length > 0
  );
}

export async function addCredential(db: Sql, { electionId, roundNumber }: Round, hash: string): Promise<void> {
  await db.query(
    `INSERT INTO election_ballot_credentials (election_id, round_number, credential_hash) VALUES ($1, $2, $3)`,
    [electionId, roundNumber, hash],
  );
}

/** Deletes the credential's hash: true when it was there (unused). */
export async function spendCredential(db: Sql, { electionId, roundNumber }: Round, hash: string): Promise<boolean> {
  return (
    (await changed(
      db,
      `DELETE FROM election_ballot_credentials WHERE election_id = $1 AND round_number = $2 AND credential_hash = $3`,
      [electionId, roundNumber, hash],
    )) === 1
  );
}

/** Marks that one of the delegate's credentials was used: true the first time. */
export async function markUsed(db: Sql, { electionId, roundNumber }: Round, delegateId: string): Promise<boolean> {
  return (
    (await changed(
      db,
      `UPDATE election_ballot_holders SET used = true WHERE election_id = $1 AND round_number = $2 AND delegate_id = $3 AND NOT used`,
      [electionId, roundNumber, delegateId],
    )) === 1
  );
}

/** Drops sealed ballots into the box under fresh random ids. */
export async function dropIntoBox(
  db: Sql,
  { electionId, roundNumber }: Round,
  sealed: readonly Buffer[],
): Promise<void> {
  if (sealed.length === 0) return;
  await db.query(
    `INSERT INTO election_sealed_ballots (sealed_id, election_id, round_number, sealed) SELECT unnest($1::uuid[]), $2, $3, unnest($4::bytea[])`,
    [sealed.map(() => randomUUID()), electionId, roundNumber, sealed],
  );
}

/** Everything the round's box holds, as one batch (in no meaningful order: the caller shuffles), and who used a credential. */
export async function takeBox(
  db: Sql,
  { electionId, roundNumber }: Round,
): Promise<{ sealed: Buffer[]; usedCredentials: string[] }> {
  const sealed = await rows<{ sealed: Buffer }>(
    db,
    `SELECT sealed FROM election_sealed_ballots WHERE election_id = $1 AND round_number = $2`,
    [electionId, roundNumber],
  );
  const used = await rows<{ delegate_id: string }>(
    db,
    `SELECT delegate_id FROM election_ballot_holders WHERE election_id = $1 AND round_number = $2 AND used ORDER BY delegate_id`,
    [electionId, roundNumber],
  );
  return { sealed: sealed.map((r) => r.sealed), usedCredentials: used.map((r) => r.delegate_id) };
}

/** Empties the round's box and its credentials and closes it: in the transaction that appends the close. */
export async function emptyBox(db: Sql, { electionId, roundNumber }: Round): Promise<void> {
  for (const table of ['election_sealed_ballots', 'election_ballot_credentials', 'election_ballot_holders']) {
    await db.query(`DELETE FROM ${table} WHERE election_id = $1 AND round_number = $2`, [electionId, roundNumber]);
  }
  await db.query(`UPDATE election_ballot_boxes SET status = 'closed' WHERE election_id = $1 AND round_number = $2`, [
    electionId,
    roundNumber,
  ]);
}

/** Best effort, after the close committed: reclaims the deleted rows' space so their (sealed) bytes are not kept around. */
export async function vacuumBox(db: Sql): Promise<void> {
  for (const table of ['election_sealed_ballots', 'election_ballot_credentials', 'election_ballot_holders'])
    await db.query(`VACUUM ${table}`);
}
