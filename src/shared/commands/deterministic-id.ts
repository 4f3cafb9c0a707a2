import { createHash } from 'node:crypto';

/**
 * A uuid derived from a command id and an index: a retried command proposes the same event ids, so a
 * repeated append is recognised by the store instead of being written twice.
 */
export function deterministicUuid(seed: string, index: number): string {
  const hex = createHash('sha256').update(`${seed}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
