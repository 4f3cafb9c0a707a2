import type { Decider, DomainCommand, DomainEvent } from './decider.js';

/**
 * What of a decider a past state needs: its fold, never its `decide`. A module's manifest hands the composition
 * root one per stream it writes (keyed by the stream name's prefix), so the supervisors' history can show an
 * aggregate as of any moment without importing the module (issue 13 item 2).
 */
export type AggregateFold = Readonly<{
  /** what the aggregate is, as a person calls it: 'organisation', 'staff register' */
  aggregate: string;
  initialState: () => unknown;
  evolve: (state: unknown, event: DomainEvent) => unknown;
}>;

export function foldOf<S, E extends DomainEvent>(
  aggregate: string,
  decider: Pick<Decider<S, DomainCommand, E>, 'evolve' | 'initialState'>,
): AggregateFold {
  return {
    aggregate,
    initialState: decider.initialState,
    evolve: (state, event) => decider.evolve(state as S, event as E),
  };
}
