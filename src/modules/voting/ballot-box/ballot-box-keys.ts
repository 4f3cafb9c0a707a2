import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { ConfigError } from '../../../shared/config/app-config.js';

/**
 * The keys of the ballot box, derived (HKDF) from BALLOT_BOX_KEY. One seals ballots while they wait in the sealed
 * table (AES-256-GCM, a key per election round), one seals ballot credentials. A database reader without this key
 * sees ciphertext only: not what a waiting ballot says, nor whose credential a hash is (docs/elections.md).
 */
export type BallotBoxKeys = Readonly<{ master: Buffer }>;

export const BALLOT_BOX_KEYS = Symbol('BALLOT_BOX_KEYS');

/** The development key: for `npm start` on a laptop and the tests; refused when NODE_ENV=production. */
export const DEVELOPMENT_BALLOT_BOX_KEY = '6368617274657220646576656c6f706d656e742062616c6c6f7420626f783031';

const HEX_32_BYTES = /^[0-9a-fA-F]{64}$/;
const BASE64_32_BYTES = /^[A-Za-z0-9+/_-]{43}=?$/;

export function loadBallotBoxKeys(env: Readonly<Record<string, string | undefined>>): BallotBoxKeys {
  const raw = env.BALLOT_BOX_KEY || DEVELOPMENT_BALLOT_BOX_KEY;
  if (env.NODE_ENV === 'production' && raw === DEVELOPMENT_BALLOT_BOX_KEY)
    throw new ConfigError('BALLOT_BOX_KEY', 'must be set in production');
  if (HEX_32_BYTES.test(raw)) return { master: Buffer.from(raw, 'hex') };
  if (BASE64_32_BYTES.test(raw))
    return { master: Buffer.from(raw.replaceAll('-', '+').replaceAll('_', '/'), 'base64') };
  throw new ConfigError('BALLOT_BOX_KEY', 'must be 32 bytes as 64 hex digits or base64');
}

const derive = (keys: BallotBoxKeys, purpose: string) =>
  Buffer.from(hkdfSync('sha256', keys.master, Buffer.alloc(0), `charter/elections/${purpose}`, 32));

function seal(key: Buffer, aad: string, plaintext: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, aad: string, sealed: Buffer): Buffer | null {
  if (sealed.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12)).setAAD(Buffer.from(aad));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  } catch {
    return null;
  }
}

/** What a waiting ballot holds: the marks and write-ins, nothing that names or dates the voter. */
export type BallotContent = Readonly<{
  marks: Readonly<Record<string, string>>;
  writeIns: readonly Readonly<{ name: string; personId?: string }>[];
}>;

const roundLabel = (electionId: string, roundNumber: number) => `box/${electionId}/${roundNumber}`;

export function sealBallot(
  keys: BallotBoxKeys,
  electionId: string,
  roundNumber: number,
  content: BallotContent,
): Buffer {
  const label = roundLabel(electionId, roundNumber);
  return seal(
    derive(keys, label),
    label,
    Buffer.from(JSON.stringify({ marks: content.marks, writeIns: content.writeIns })),
  );
}

/** Throws when the ciphertext was not sealed for this round with this key: the box was tampered with. */
export function openBallot(
  keys: BallotBoxKeys,
  electionId: string,
  roundNumber: number,
  sealed: Buffer,
): BallotContent {
  const label = roundLabel(electionId, roundNumber);
  const plain = open(derive(keys, label), label, sealed);
  if (!plain)
    throw new Error(`A sealed ballot of ${electionId} round ${roundNumber} does not open with the ballot box key`);
  return JSON.parse(plain.toString('utf8')) as BallotContent;
}

export type CredentialHolder = Readonly<{ electionId: string; roundNumber: number; delegateId: string }>;

const CREDENTIAL_PREFIX = 'bc1_';
const CREDENTIAL_LABEL = 'ballot-credential/v1';

/**
 * A one-time ballot credential: the holder sealed under the credential key with fresh randomness, so it reads as a
 * random string to anyone without the key. The server keeps only its hash, never the holder next to it; at casting
 * the holder is read from the credential itself, to mark the roll's "used a credential" entry (docs/elections.md).
 */
export function mintCredential(keys: BallotBoxKeys, holder: CredentialHolder): string {
  const plain = JSON.stringify({
    e: holder.electionId,
    r: holder.roundNumber,
    d: holder.delegateId,
    n: randomBytes(16).toString('base64url'),
  });
  return (
    CREDENTIAL_PREFIX + seal(derive(keys, CREDENTIAL_LABEL), CREDENTIAL_LABEL, Buffer.from(plain)).toString('base64url')
  );
}

/** The holder a credential was minted for, or null for anything the key did not seal. */
export function readCredential(keys: BallotBoxKeys, credential: string): CredentialHolder | null {
  if (!credential.startsWith(CREDENTIAL_PREFIX) || credential.length > 600) return null;
  const plain = open(
    derive(keys, CREDENTIAL_LABEL),
    CREDENTIAL_LABEL,
    Buffer.from(credential.slice(CREDENTIAL_PREFIX.length), 'base64url'),
  );
  if (!plain) return null;
  const { e, r, d } = JSON.parse(plain.toString('utf8')) as { e: string; r: number; d: string };
  return { electionId: e, roundNumber: r, delegateId: d };
}

/** What the credentials table stores: SHA-256 of the credential (it carries 224 random bits, so no salt is needed). */
export function credentialHash(credential: string): string {
  return createHash('sha256').update(credential).digest('hex');
}
