import type { GivenEvent } from './given-projection.js';

/**
 * A deterministic afternoon at two sittings, as the sitting decider would record it: each sitting opened, delegates
 * checking in and out in an interleaved order (some of them more than once), the quorum reached and lost as the
 * count crosses it, business opened, and both sittings closed. For specs that compare a read model's batches with
 * its events one at a time.
 */
export function sittingWalk(steps = 120, seed = 7): GivenEvent[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >>> 16) % n; // the low bits of this generator repeat with a short period
  };
  const at = (i: number) => new Date(Date.UTC(2026, 4, 10, 8, 0, i)).toISOString();
  const sittings = ['s1', 's2'].map((sittingId) => ({
    sittingId,
    stream: `sitting-${sittingId}`,
    roll: Array.from({ length: 6 }, (_, i) => `${sittingId}-d${i + 1}`),
    present: new Set<string>(),
    quorate: false,
    business: false,
  }));
  const required = 4;
  const events: GivenEvent[] = sittings.map((s) => ({
    type: 'SittingOpened',
    stream: s.stream,
    data: {
      sittingId: s.sittingId,
      congressId: 'c12',
      organisationId: 'school',
      title: `第十二次学生代表大会（${s.sittingId}）`,
      roll: s.roll,
      quorum: { numerator: 2, denominator: 3 },
      required,
      openedAt: at(0),
    },
  }));
  for (let i = 1; i <= steps; i++) {
    const s = sittings[next(2)]!;
    const delegateId = s.roll[next(s.roll.length)]!;
    const checkingIn = !s.present.has(delegateId);
    if (checkingIn) s.present.add(delegateId);
    else s.present.delete(delegateId);
    const present = s.present.size;
    const data = { sittingId: s.sittingId, delegateId, present, at: at(i) };
    events.push({ type: checkingIn ? 'DelegateCheckedIn' : 'DelegateCheckedOut', stream: s.stream, data });
    const count = { present, elected: s.roll.length, required };
    if (!s.quorate && present >= required) {
      s.quorate = true;
      events.push({ type: 'QuorumReached', stream: s.stream, data: { sittingId: s.sittingId, count, at: at(i) } });
      if (!s.business) {
        s.business = true;
        events.push({ type: 'BusinessOpened', stream: s.stream, data: { sittingId: s.sittingId, count, at: at(i) } });
      }
    } else if (s.quorate && present < required) {
      s.quorate = false;
      events.push({ type: 'QuorumLost', stream: s.stream, data: { sittingId: s.sittingId, count, at: at(i) } });
    }
  }
  for (const s of sittings)
    events.push({
      type: 'SittingClosed',
      stream: s.stream,
      data: { sittingId: s.sittingId, present: s.present.size, at: at(steps + 1) },
    });
  return events;
}

/** Cuts a log into batches of 1, 2, 3, ... events, as a runner under rising load would be handed them. */
export function risingBatches<T>(log: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0, size = 1; start < log.length; start += size, size++) batches.push(log.slice(start, start + size));
  return batches;
}
