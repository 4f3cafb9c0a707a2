import { GENESIS_HASH } from '../audit/hash-chain.js';
import { chainEvents } from './chain-events.js';
import type { Decider, DomainCommand, DomainEvent } from '../domain/decider.js';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store/event-store.errors.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { type UpcasterChain, noUpcasting } from '../event-store/upcasting.js';
import type { AggregateCache, LoadedAggregate } from './aggregate-cache.js';
import type { CommandContext, CommandResult } from './command-context.js';

export { SCHEMA_VERSION } from './chain-events.js';

type Loaded<S> = LoadedAggregate<S>;

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

/**
 * The one command loop: load, fold, decide, chain and append with the exact expected revision, retried on conflict.
 * With a cache, the state this process last decided on is the starting point instead of a read of the stream: an
 * append proves it current (or conflicts and catches up), and a refusal or a decision to do nothing, which no
 * append checks, is decided again on the stream as it is whenever its head has moved.
 */
export async function handleCommand<S, C extends DomainCommand, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<S, C, E>,
  command: C | BuiltCommand<S, C>,
  context: CommandContext,
  retries: number,
  upcast: UpcasterChain = noUpcasting,
  observer: CommandLoopObserver = {},
  cache?: AggregateCache,
): Promise<CommandResult> {
  let loaded: Loaded<S> | undefined;
  let cached = false;
  const decideOn = async (on: Loaded<S>) => {
    const decision = isBuilt(command) ? await command.build(on.state) : command;
    return { decision, decided: ([] as E[]).concat(decider.decide(decision, on.state)) };
  };
  try {
    return await retryOnConflict(
      retries,
      async () => {
        if (loaded) {
          loaded = await catchUpAggregate(store, stream, decider, upcast, loaded);
          cached = false;
        } else {
          loaded = cache?.get<S>(stream, decider);
          cached = loaded !== undefined;
          loaded ??= await loadAggregate(store, stream, decider, upcast);
        }
        let outcome: Awaited<ReturnType<typeof decideOn>>;
        try {
          outcome = await decideOn(loaded);
        } catch (refusal) {
          if (!(cached && (await headMoved(store, stream, loaded)))) throw refusal;
          outcome = await decideAgain();
        }
        if (outcome.decided.length === 0 && cached && (await headMoved(store, stream, loaded)))
          outcome = await decideAgain();
        const { decision, decided } = outcome;
        if (decided.length === 0) {
          return {
            stream,
            streamRevision: loaded.revision === 'no_stream' ? null : loaded.revision.toString(),
            position: null,
            events: [],
          };
        }
        const events = chainEvents(stream, loaded.revision, loaded.headHash, decided, context, decision.metadata.now);
        const types = decided.map((e) => e.type);
        const slot = context.answer;
        const answer =
          slot?.appends === 0
            ? { actorId: slot.actorId, key: slot.key, statusCode: slot.statusCode, body: { stream, events: types } }
            : undefined;
        const result = await store.appendToStream(stream, events, { expected: loaded.revision, answer });
        if (slot) slot.appends++;
        cache?.set(stream, decider, {
          // folded as a read would give them back: the store keeps JSON
          state: decided.reduce((state, e) => decider.evolve(state, asStored(e)), loaded.state),
          revision: result.nextExpectedRevision,
          headHash: events[events.length - 1]!.metadata.hash,
        });
        const done: CommandResult = {
          stream,
          streamRevision: result.nextExpectedRevision.toString(),
          position: result.position,
          events: types,
        };
        if (slot && result.answered) slot.answered = done;
        return done;
      },
      observer,
    );
  } catch (error) {
    cache?.forget(stream);
    throw error;
  }

  /** The cached state was behind: fold what it missed and decide on that, as a fresh load would. */
  async function decideAgain() {
    cached = false;
    loaded = await catchUpAggregate(store, stream, decider, upcast, loaded!);
    return decideOn(loaded);
  }
}

/** Whether the stream has events after the revision `loaded` was folded to. */
async function headMoved<S>(store: EventStore, stream: string, loaded: Loaded<S>): Promise<boolean> {
  return (await store.getStreamRevision(stream)) !== loaded.revision;
}

function asStored<E extends DomainEvent>(event: E): E {
  return { type: event.type, data: JSON.parse(JSON.stringify(event.data)) } as E;
}
