import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The parts of an event the chain covers. `recordedAt` is the store's and not known before the append. */
export type ChainedEnvelope = Readonly<{
  stream: string;
  revision: bigint;
  id: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, string>>;
}>;

/** The hash a stream starts from: revision 0 chains onto this. */
export const GENESIS_HASH = '0'.repeat(64);

/** Metadata keys left out of the hashed form: the chain links themselves. */
const UNHASHED_METADATA = new Set(['prevHash', 'hash']);

/** hash_n = SHA-256(prevHash_n || canonical(envelope_n)), hex. */
export function chainHash(prevHash: string, envelope: ChainedEnvelope): string {
  const metadata = Object.fromEntries(Object.entries(envelope.metadata).filter(([key]) => !UNHASHED_METADATA.has(key)));
  const canonical = canonicalJson({
    stream: envelope.stream,
    revision: envelope.revision.toString(),
    id: envelope.id,
    type: envelope.type,
    data: envelope.data,
    metadata,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
