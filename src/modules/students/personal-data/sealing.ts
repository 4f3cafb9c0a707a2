import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Sealed } from '../domain/student-record.js';
import type { PersonalDataKeys } from './master-key.js';

/** What a sealed value reads as once its student's key is destroyed. */
export const ERASED = '[erased]';

/** The personal fields that are sealed; each is bound to its student and field, so ciphertexts cannot be swapped. */
export type PersonalField = 'name' | 'studentNumber';

const FORMAT = 'pii1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function encrypt(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws on a wrong key or altered bytes: GCM authenticates before it returns anything. */
function decrypt(key: Buffer, box: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(0, IV_BYTES)).setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(box.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(box.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** A fresh AES-256 key for one student. */
export const newDataKey = (): Buffer => randomBytes(32);

export function wrapDataKey(keys: PersonalDataKeys, studentId: string, dataKey: Buffer): Buffer {
  return encrypt(keys.wrappingKey, dataKey, `data-key:${studentId}`);
}

export function unwrapDataKey(keys: PersonalDataKeys, studentId: string, wrapped: Buffer): Buffer {
  return decrypt(keys.wrappingKey, wrapped, `data-key:${studentId}`);
}

/** AES-256-GCM with a random 96-bit IV per value: the same name sealed twice gives two different strings. */
export function seal(dataKey: Buffer, studentId: string, field: PersonalField, plaintext: string): Sealed {
  return `${FORMAT}${encrypt(dataKey, Buffer.from(plaintext, 'utf8'), `${studentId}:${field}`).toString('base64url')}` as Sealed;
}

/** The plaintext, or ERASED when the student's key is gone (null). A wrong key throws: that is not erasure. */
export function open(dataKey: Buffer | null, studentId: string, field: PersonalField, sealed: Sealed): string {
  if (dataKey === null) return ERASED;
  if (!sealed.startsWith(FORMAT)) throw new Error(`Not a sealed value of format ${FORMAT}`);
  return decrypt(dataKey, Buffer.from(sealed.slice(FORMAT.length), 'base64url'), `${studentId}:${field}`).toString(
    'utf8',
  );
}

/** The student's current sealed value when the plaintext is unchanged, else a new one: equal plaintext, equal seal. */
export function resealIfChanged(
  dataKey: Buffer,
  studentId: string,
  field: PersonalField,
  current: Sealed | undefined,
  plaintext: string,
): Sealed {
  if (current !== undefined && open(dataKey, studentId, field, current) === plaintext) return current;
  return seal(dataKey, studentId, field, plaintext);
}

/** The lookup key of a student number (HMAC-SHA256): finds a student without storing the number in the clear. */
export function studentNumberIndex(keys: PersonalDataKeys, studentNumber: string): string {
  return createHmac('sha256', keys.numberIndexKey).update(studentNumber, 'utf8').digest('hex');
}
