import { GENESIS_HASH } from '../audit/hash-chain.js';
import { chainEvents } from './chain-events.js';
import type { Decider, DomainCommand, DomainEvent } from '../domain/decider.js';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store/event-store.errors.js';
import type { EventStore, Revision } from '../event-store/event-store.port.js';
import { type UpcasterChain, noUpcasting } from '../event-store/upcasting.js';
import type { CommandContext, CommandResult } from './command-context.js';

export { SCHEMA_VERSION } from './chain-events.js';

type Loaded<S> = { state: S; revision: Revision | 'no_stream'; headHash: string };

/** What the loop reports as it goes, for metrics: each append conflict, and whether the command is decided again. */
export type CommandLoopObserver = Readonly<{ onConflict?: (retrying: boolean) => void }>;

/**
 * A command whose facts depend on its own stream's state (the facts of the union that holds it, say): built from
 * the state the loop has just loaded, on every attempt, so the stream is read once per decision and a retry after
 * a conflict decides on fresh facts.
 */
export type BuiltCommand<S, C extends DomainCommand> = Readonly<{ type: C['type']; build: (state: S) => Promise<C> }>;

const isBuilt = <S, C extends DomainCommand>(command: C | BuiltCommand<S, C>): command is BuiltCommand<S, C> =>
  typeof (command as { build?: unknown }).build === 'function';

/** Reads a stream and folds it with the decider's evolve: the aggregate's current state. */
export async function loadAggregate<S, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Pick<Decider<S, DomainCommand, E>, 'evolve' | 'initialState'>,
  upcast: UpcasterChain = noUpcasting,
): Promise<Loaded<S>> {
  return catchUpAggregate(store, stream, decider, upcast, {
    state: decider.initialState(),
    revision: 'no_stream',
    headHash: GENESIS_HASH,
  });
}

/**
 * Folds what the stream gained since `loaded` was read onto it. A command that lost a race reads only the events
 * that beat it, not the whole stream again: its retry is quicker than a fresh command's load, so under contention
 * from another instance it wins the next race more often than not.
 */
async function catchUpAggregate<S, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Pick<Decider<S, DomainCommand, E>, 'evolve'>,
  upcast: UpcasterChain,
  loaded: Loaded<S>,
): Promise<Loaded<S>> {
  let { state, revision, headHash } = loaded;
  try {
    const options = revision === 'no_stream' ? undefined : { from: revision + 1n };
    for await (const stored of store.readStream(stream, options)) {
      const event = upcast(stored);
      state = decider.evolve(state, { type: event.type, data: event.data } as E);
      revision = stored.revision;
      headHash = stored.metadata.hash ?? '';
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { state, revision, headHash };
}

/**
 * The one retry rule of every command: a conflict means another command got there first, so `attempt` runs
 * again (and decides on the new state), at most `retries` more times.
 */
export async function retryOnConflict<T>(
  retries: number,
  attempt: () => Promise<T>,
  observer: CommandLoopObserver = {},
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      observer.onConflict?.(n < retries);
      if (n >= retries) throw error;
    }
  }
}

/** The one command loop: load, fold, decide, chain and append with the exact expected revision, retried on conflict. */
export async function handleCommand<S, C extends DomainCommand, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<S, C, E>,
  command: C | BuiltCommand<S, C>,
  context: CommandContext,
  retries: number,
  upcast: UpcasterChain = noUpcasting,
  observer: CommandLoopObserver = {},
): Promise<CommandResult> {
  let loaded: Loaded<S> | undefined;
  return retryOnConflict(
    retries,
    async () => {
      loaded = loaded
        ? await catchUpAggregate(store, stream, decider, upcast, loaded)
        : await loadAggregate(store, stream, decider, upcast);
      const { state, revision, headHash } = loaded;
      const decision = isBuilt(command) ? await command.build(state) : command;
      const decided = ([] as E[]).concat(decider.decide(decision, state));
      if (decided.length === 0) {
        return {
          stream,
          streamRevision: revision === 'no_stream' ? null : revision.toString(),
          position: null,
          events: [],
        };
      }
      const events = chainEvents(stream, revision, headHash, decided, context, decision.metadata.now);
      const result = await store.appendToStream(stream, events, { expected: revision });
      return {
        stream,
        streamRevision: result.nextExpectedRevision.toString(),
        position: result.position,
        events: decided.map((e) => e.type),
      };
    },
    observer,
  );
}
