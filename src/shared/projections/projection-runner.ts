import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import type { EventStore, Position, RecordedEvent } from '../event-store/event-store.port.js';
import { waitForWakeUp } from '../wait-for-wake-up.js';
import { isConnectionFailure } from '../database/connection-failure.js';
import { EventStoreUnavailableError } from '../event-store/event-store.errors.js';
import {
  type CheckpointRow,
  CheckpointMoved,
  advanceCheckpoint,
  markFaulted,
  readCheckpoint,
} from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { applyBatchAndMoveCheckpoint } from './apply-batch.js';
import type { LockSession } from './projection-lock.js';
import { type UpcasterChain, noUpcasting } from '../event-store/upcasting.js';

export type RunnerOptions = Readonly<{
  batchSize: number;
  pollMs: number;
  /** brings old event versions up to date before a projection sees them */
  upcast?: UpcasterChain;
  log?: (entry: Record<string, unknown>) => void;
}>;

export type CatchUpOutcome = 'caught-up' | 'faulted' | 'moved';

/**
 * Events this runner has read past and skipped (none it handles) since the checkpoint it last committed: the
 * checkpoint may stand at `committed` while the read model is already current through `through`.
 */
export type IdleSpan = Readonly<{ committed: Position | null; through: Position }>;

/**
 * Keeps one projection up to date: reads events after its checkpoint, applies a batch and advances the
 * checkpoint in one transaction. One runner per projection is active (advisory lock); the others wait.
 */
export class ProjectionRunner {
  /** Emits 'progress' after every committed batch; waiters for read-your-writes listen to it. */
  readonly progress = new EventEmitter().setMaxListeners(0);
  private readonly wake = new EventEmitter().setMaxListeners(0);
  /** the event types the projection handles, once: undefined for every event */
  private readonly handled: ReadonlySet<string> | undefined;
  /** the checkpoint as this runner last read or wrote it, and when it was read from the table */
  private known?: { checkpoint: CheckpointRow; readAt: number };
  /** the idle span not yet committed, and since when it has been waiting */
  private idle?: IdleSpan & { since: number };
  private holding = false;
  /** pokes so far, and how many there had been when the last read of the log began */
  private pokes = 0;
  private pokesAtRead = 0;

  constructor(
    private readonly projection: Projection,
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly db: DataSource,
    private readonly options: RunnerOptions,
    private readonly locks: LockSession,
  ) {
    this.handled = projection.handles === 'all' ? undefined : new Set(projection.handles);
  }

  get name(): string {
    return this.projection.name;
  }

  /** Wakes the loop early (an append happened in this process). */
  poke(): void {
    this.pokes++;
    this.wake.emit('wake');
  }

  /** Forgets the checkpoint it keeps in memory: a rebuild or a resume changed it in the table. */
  forget(): void {
    this.known = undefined;
    this.idle = undefined;
  }

  /** The span of skipped events not yet committed, for a read-your-writes wait; undefined when there is none. */
  idleSpan(): IdleSpan | undefined {
    return this.idle;
  }

  /** Runs until aborted: waits for the lock, then catches up and follows the log. */
  async run(signal: AbortSignal): Promise<void> {
    const name = this.projection.name;
    try {
      while (!signal.aborted) {
        try {
          if (!(await this.locks.tryAcquire(name))) {
            this.holding = false;
            await waitForWakeUp(this.wake, 'never', this.options.pollMs * 4, signal);
            continue;
          }
          // a lock just taken: another runner may have moved the checkpoint while this one did not hold it
          if (!this.holding) this.forget();
          this.holding = true;
          // counted from here too: a faulted projection returns before it reads, and must then wait, not spin
          this.pokesAtRead = this.pokes;
          const outcome = await this.catchUp(signal);
          // a poke since the last read began (while it ran, or while catchUp returned) is read at once, not missed
          if (outcome !== 'moved' && this.pokes === this.pokesAtRead)
            await waitForWakeUp(this.wake, 'wake', this.options.pollMs, signal);
        } catch (error) {
          // The database went away: nothing is lost, the checkpoint did not move. Try again shortly.
          if (!isOutage(error)) throw error;
          this.holding = false;
          this.forget();
          await this.locks.release(name);
          this.options.log?.({ level: 'warn', msg: 'projection waiting for the database', projection: this.name });
          await waitForWakeUp(this.wake, 'never', this.options.pollMs * 4, signal);
        }
      }
    } finally {
      // a stopping runner leaves its checkpoint where its read model is, as it did before idle spans waited
      if (this.holding && this.idle)
        await this.commitIdle(this.idle.committed, this.idle.through, true).catch(() => undefined);
      this.holding = false;
      await this.locks.release(name);
    }
  }

  /**
   * Applies every visible event after the checkpoint; the caller must hold the lock. Batches this projection
   * applies nothing from move no checkpoint of their own (issue 15: a read model that handles a few event types
   * would otherwise commit a transaction for every command anyone issues): their position is carried to the next
   * batch that applies something, or committed with a single UPDATE once it has waited a poll interval, or when
   * the runner stops. Meanwhile `idleSpan` tells a read-your-writes wait how far the read model really is.
   */
  async catchUp(signal?: AbortSignal): Promise<CatchUpOutcome> {
    const checkpoint = await this.checkpoint();
    if (checkpoint.status === 'faulted') return 'faulted';
    let committed = checkpoint.position;
    let position = this.idle?.through ?? committed;
    for (;;) {
      if (signal?.aborted) return (await this.commitIdle(committed, position, true)) ?? 'caught-up';
      this.pokesAtRead = this.pokes;
      const batch = await this.store.readAll({ after: position ?? undefined, maxCount: this.options.batchSize });
      if (batch.length === 0) return (await this.commitIdle(committed, position, false)) ?? 'caught-up';
      const relevant = this.relevant(batch);
      const last = batch[batch.length - 1]!.position;
      // A short batch was the whole visible log when its read began: with no append poked since, reading again
      // would find nothing (issue 15: that empty read was one statement per runner per command). Appends by
      // other processes are found by the poll, as before.
      const atHead = batch.length < this.options.batchSize;
      if (relevant.length === 0) {
        position = last;
        this.idle = { committed, through: position, since: this.idle?.since ?? Date.now() };
        // a read-your-writes wait answers from the span: tell it, as a committed batch would
        this.progress.emit('progress');
        if (atHead && this.pokes === this.pokesAtRead)
          return (await this.commitIdle(committed, position, false)) ?? 'caught-up';
        continue;
      }
      try {
        await this.applyBatch(committed, last, relevant);
      } catch (error) {
        this.forget();
        if (error instanceof CheckpointMoved) return 'moved';
        if (isOutage(error)) throw error;
        await this.isolateFailure(committed, batch);
        return 'faulted';
      }
      committed = last;
      position = last;
      this.moved(committed);
      this.progress.emit('progress');
      if (atHead && this.pokes === this.pokesAtRead) return 'caught-up';
    }
  }

  /**
   * The checkpoint from memory while this runner holds the lock, from the table when it has not read it for four
   * poll intervals (a rebuild from the CLI in another process resets it there) or when it is faulted.
   */
  private async checkpoint(): Promise<CheckpointRow> {
    const known = this.known;
    if (known && known.checkpoint.status === 'running' && Date.now() - known.readAt < this.options.pollMs * 4)
      return known.checkpoint;
    const checkpoint = await readCheckpoint(this.db, this.projection.name);
    if (known && known.checkpoint.position !== checkpoint.position) this.idle = undefined;
    this.known = { checkpoint, readAt: Date.now() };
    return checkpoint;
  }

  /** The checkpoint this runner has just committed. */
  private moved(position: Position): void {
    this.idle = undefined;
    if (this.known) this.known = { ...this.known, checkpoint: { ...this.known.checkpoint, position } };
  }

  /**
   * Commits a position carried over idle batches, in one statement (it writes nothing else, so it needs no
   * transaction of its own), once it has waited a poll interval or `now`; 'moved' when another runner moved the
   * checkpoint meanwhile.
   */
  private async commitIdle(
    committed: Position | null,
    position: Position | null,
    now: boolean,
  ): Promise<'moved' | undefined> {
    if (position === committed || position === null || !this.idle) return undefined;
    if (!now && Date.now() - this.idle.since < this.options.pollMs) return undefined;
    try {
      await advanceCheckpoint(this.db, this.projection.name, committed, position, 0);
    } catch (error) {
      this.forget();
      if (error instanceof CheckpointMoved) return 'moved';
      throw error;
    }
    this.moved(position);
    this.progress.emit('progress');
    return undefined;
  }

  /** The events of a batch this projection handles, upcast first: a renamed type is read under its new name. */
  private relevant(batch: readonly RecordedEvent[]): RecordedEvent[] {
    const upcast = this.options.upcast ?? noUpcasting;
    const handled = this.handled;
    return batch.map((event) => upcast(event)).filter((event) => !handled || handled.has(event.type));
  }

  private async applyBatch(from: Position | null, to: Position, relevant: readonly RecordedEvent[]): Promise<void> {
    await applyBatchAndMoveCheckpoint(this.projection, this.db, from, to, relevant);
  }

  /** Replays a failed batch one event at a time, so the checkpoint stops right before the poison event. */
  private async isolateFailure(from: Position | null, batch: readonly RecordedEvent[]): Promise<void> {
    let position = from;
    for (const event of batch) {
      try {
        await this.applyBatch(position, event.position, this.relevant([event]));
        position = event.position;
      } catch (error) {
        if (error instanceof CheckpointMoved || isOutage(error)) throw error;
        const message = error instanceof Error ? error.message : String(error);
        await markFaulted(this.db, this.projection.name, event.id, message);
        this.options.log?.({
          level: 'error',
          msg: 'projection faulted',
          projection: this.name,
          eventId: event.id,
          error: message,
        });
        this.progress.emit('progress');
        return;
      }
    }
  }
}

/** The database or the event store is away: nothing is wrong with the events, so nothing may be marked faulted. */
function isOutage(error: unknown): boolean {
  return isConnectionFailure(error) || error instanceof EventStoreUnavailableError;
}
