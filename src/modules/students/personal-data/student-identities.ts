import type { PersonalDataKeys } from './master-key.js';
import { unwrapDataKey } from './sealing.js';

/** A DataSource or a projection's EntityManager: both run SQL. */
export type Queryable = Readonly<{ query: (sql: string, parameters?: unknown[]) => Promise<unknown> }>;

export type IdentityRow = Readonly<{ studentId: string; numberIndex: string; wrappedKey: Buffer }>;

type Row = { student_id: string; number_hmac: string; wrapped_key: Buffer };

const toIdentity = (r: Row): IdentityRow => ({
  studentId: r.student_id,
  numberIndex: r.number_hmac,
  wrappedKey: r.wrapped_key,
});

/** The live (not erased) identities among these student-number indexes. */
export async function findIdentities(db: Queryable, numberIndexes: readonly string[]): Promise<IdentityRow[]> {
  if (numberIndexes.length === 0) return [];
  const rows = (await db.query(
    `SELECT student_id, number_hmac, wrapped_key FROM student_identities WHERE number_hmac = ANY($1::text[])`,
    [numberIndexes],
  )) as Row[];
  return rows.map(toIdentity);
}

/** Inserts those not already known (a concurrent import may have stored some); the stored ones win. One round trip. */
export async function insertIdentities(db: Queryable, identities: readonly IdentityRow[]): Promise<void> {
  if (identities.length === 0) return;
  await db.query(
    `INSERT INTO student_identities (student_id, number_hmac, wrapped_key)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[]) ON CONFLICT (number_hmac) DO NOTHING`,
    [identities.map((i) => i.studentId), identities.map((i) => i.numberIndex), identities.map((i) => i.wrappedKey)],
  );
}

/** The student's data key, or null once erased. */
export async function dataKeyOf(db: Queryable, keys: PersonalDataKeys, studentId: string): Promise<Buffer | null> {
  const rows = (await db.query(`SELECT wrapped_key FROM student_identities WHERE student_id = $1`, [
    studentId,
  ])) as Array<{ wrapped_key: Buffer | null }>;
  const wrapped = rows[0]?.wrapped_key;
  return wrapped ? unwrapDataKey(keys, studentId, wrapped) : null;
}

/**
 * Crypto-shredding: the wrapped key goes, and so does the number's index, which would otherwise still link a
 * known student number to the erased stream. The row stays as the record that (and when) erasure happened.
 */
export async function eraseIdentity(db: Queryable, studentId: string): Promise<void> {
  await db.query(
    `UPDATE student_identities SET wrapped_key = NULL, number_hmac = NULL, erased_at = COALESCE(erased_at, now()) WHERE student_id = $1`,
    [studentId],
  );
}
