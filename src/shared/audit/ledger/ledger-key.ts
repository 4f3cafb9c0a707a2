import { type KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

/** DER prefix of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export type LedgerKey = Readonly<{
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  development: boolean;
}>;

/**
 * The Ed25519 key that signs ledger blocks. LEDGER_SIGNING_KEY is its 32-byte seed (hex or base64); without it a
 * development key is derived from a fixed phrase, which is refused in production: anyone could sign with it.
 */
export function loadLedgerKey(env: Readonly<Record<string, string | undefined>>): LedgerKey {
  const raw = env.LEDGER_SIGNING_KEY;
  if (!raw && env.NODE_ENV === 'production')
    throw new Error('Configuration LEDGER_SIGNING_KEY: must be set in production (see config/README.md)');
  const seed = raw ? decodeSeed(raw) : createHash('sha256').update('charter-development-ledger-key').digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    development: !raw,
  };
}

function decodeSeed(raw: string): Buffer {
  const seed = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (seed.length !== 32)
    throw new Error(
      'Configuration LEDGER_SIGNING_KEY: must be a 32-byte Ed25519 seed, hex or base64 (see config/README.md)',
    );
  return seed;
}

export function signBlock(key: LedgerKey, blockHash: string): string {
  return sign(null, Buffer.from(blockHash, 'hex'), key.privateKey).toString('base64');
}

export function blockSignatureValid(publicKey: KeyObject, blockHash: string, signature: string): boolean {
  return verify(null, Buffer.from(blockHash, 'hex'), publicKey, Buffer.from(signature, 'base64'));
}
