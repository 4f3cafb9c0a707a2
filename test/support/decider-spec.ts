import { expect } from '@jest/globals';
import type { Decider, DomainCommand, DomainEvent } from '../../src/shared/domain/decider.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * given(...pastEvents).when(command).then(...expectedEvents): folds the past with `evolve`, runs `decide`,
 * and compares what it decided.
 */
export const givenDecider =
  <S, C extends DomainCommand, E extends DomainEvent>(decider: Decider<S, C, E>) =>
  (...pastEvents: E[]) => ({
    when: (command: C) => {
      const decide = (): E[] => {
        const state = pastEvents.reduce(decider.evolve, decider.initialState());
        return ([] as E[]).concat(decider.decide(command, state));
      };
      return {
        then: (...expected: E[]) => expect(decide()).toEqual(expected),
        thenNothingHappens: () => expect(decide()).toEqual([]),
        thenRejects: (error: ErrorClass, message?: string | RegExp) => {
          expect(decide).toThrow(error as never);
          if (message !== undefined) expect(decide).toThrow(message);
        },
      };
    },
  });

/** The events a run of commands decides, each on the state the ones before it left: a history to start a spec from. */
export const decisionsOf =
  <S, C extends DomainCommand, E extends DomainEvent>(decider: Decider<S, C, E>) =>
  (...commands: C[]): E[] => {
    const events: E[] = [];
    for (const command of commands) {
      const state = events.reduce(decider.evolve, decider.initialState());
      events.push(...([] as E[]).concat(decider.decide(command, state)));
    }
    return events;
  };
