import { hash } from 'node:crypto';
import { canonicalJson, canonicalObject } from './canonical-json.js';

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
  // one-shot hash(): no Hash object per event (Node 20.12+)
  return hash('sha256', prevHash + canonicalEnvelope(envelope), 'hex');
}

/**
 * canonicalJson of { stream, revision, id, type, data, metadata } with the chain links left out of metadata, its
 * top-level keys written in their sorted order directly.
 */
export function canonicalEnvelope(envelope: ChainedEnvelope): string {
  return (
    `{"data":${canonicalJson(envelope.data)},"id":${JSON.stringify(envelope.id)},` +
    `"metadata":${canonicalObject(envelope.metadata, UNHASHED_METADATA)},` +
    `"revision":"${envelope.revision.toString()}","stream":${JSON.stringify(envelope.stream)},` +
    `"type":${JSON.stringify(envelope.type)}}`
  );
}
