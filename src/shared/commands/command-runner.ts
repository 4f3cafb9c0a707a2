import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/app-config.js';
import type { CommandMetadata, Decider, DomainCommand, DomainEvent } from '../domain/decider.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CharterMetrics } from '../metrics/charter-metrics.js';
import { observeCommand } from '../metrics/observe-command.js';
import { ProjectionService } from '../projections/projection-service.js';
import { APP_CONFIG, CLOCK, UPCASTER_CHAIN } from '../tokens.js';
import type { UpcasterChain } from '../event-store/upcasting.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { type BuiltCommand, handleCommand, loadAggregate } from './handle-command.js';
import { AggregateCache } from './aggregate-cache.js';
import { StreamTurns } from './stream-turns.js';

/** What every command handler delegates to: load, decide, append; then wake the projections. */
@Injectable()
export class CommandRunner {
  private readonly turns = new StreamTurns();
  private readonly aggregates: AggregateCache;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projections: ProjectionService,
    @Inject(UPCASTER_CHAIN) private readonly upcast: UpcasterChain,
    private readonly metrics: CharterMetrics,
  ) {
    this.aggregates = new AggregateCache(config.aggregateCacheSize);
  }

  metadata(context: CommandContext): CommandMetadata {
    return { now: this.clock.now().toISOString(), actor: context.actor, reason: context.reason };
  }

  async run<S, C extends DomainCommand, E extends DomainEvent>(
    stream: string,
    decider: Decider<S, C, E>,
    command: C | BuiltCommand<S, C>,
    context: CommandContext,
  ): Promise<CommandResult> {
    const result = await this.inTurn(stream, () =>
      observeCommand(this.metrics, command.type, (observer) =>
        handleCommand(
          this.store,
          stream,
          decider,
          command,
          context,
          this.config.commandRetries,
          this.upcast,
          observer,
          this.aggregates,
        ),
      ),
    );
    if (result.position) this.projections.poke();
    return result;
  }

  /** Runs a command's work on `stream` in its turn: after this process's earlier commands on that stream. */
  inTurn<T>(stream: string, work: () => Promise<T>): Promise<T> {
    return this.turns.take(stream, work);
  }

  /** Current state of another aggregate, for facts a decision needs from outside its own stream. */
  async load<S, E extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<S, DomainCommand, E>, 'evolve' | 'initialState'>,
  ): Promise<S> {
    return (await loadAggregate(this.store, stream, decider, this.upcast)).state;
  }

  /** The same, with the stream revision it was read at ('none' for a stream with no event). */
  async loadVersioned<S, E extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<S, DomainCommand, E>, 'evolve' | 'initialState'>,
  ): Promise<Readonly<{ state: S; revision: string }>> {
    const { state, revision } = await loadAggregate(this.store, stream, decider, this.upcast);
    return { state, revision: revision === 'no_stream' ? 'none' : revision.toString() };
  }
}
