import type { GivenEvent } from './given-projection.js';

/** Builders for the events of one election's three streams, as projection specs write them. */
export function electionEvents(electionId: string) {
  const on =
    (prefix: string) =>
    (type: string, data: Record<string, unknown>): GivenEvent => ({
      type,
      stream: `${prefix}-${electionId}`,
      data: { electionId, ...data },
    });
  return { candidates: on('candidates'), election: on('election'), result: on('result') };
}

export const CANDIDATES = [
  { personId: 's-1', name: '丁磊' },
  { personId: 's-2', name: '王芳' },
  { personId: 's-3', name: '孔敏' },
] as const;
