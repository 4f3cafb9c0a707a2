import { EventEmitter, setMaxListeners } from 'node:events';
import type { DataSource } from 'typeorm';
import type { EventStore, Position } from '../event-store/event-store.port.js';
import { waitForWakeUp } from '../wait-for-wake-up.js';
import { clearFault, readCheckpoint, resetForRebuild } from './checkpoint-store.js';
import type { Projection } from './projection.js';
import { LockSession } from './projection-lock.js';
import { SharedPages } from './shared-pages.js';
import { ProjectionRunner, type RunnerOptions } from './projection-runner.js';
import { type ProjectionStatus, toStatus } from './projection-status.js';

/** Projections a name does not match. */
export class UnknownProjection extends Error {
  constructor(readonly projectionName: string) {
    super(`No projection is named ${projectionName}`);
    this.name = 'UnknownProjection';
  }
}

/** The read models have not reached a command's position within the wait bound. */
export class ReadModelNotCaughtUp extends Error {
  constructor(
    readonly projections: string[],
    readonly position: string,
  ) {
    super(`Read model ${projections.join(', ')} has not yet reached position ${position}`);
    this.name = 'ReadModelNotCaughtUp';
  }
}

/** Runs, rebuilds and reports on every projection of the app; read-your-writes waits go through here. */
export class ProjectionService {
  private readonly projections: Map<string, Projection>;
  private readonly runners: Map<string, ProjectionRunner>;
  private readonly progress = new EventEmitter().setMaxListeners(0);
  private controller?: AbortController;
  private running: Promise<void>[] = [];

  constructor(
    projections: readonly Projection[],
    private readonly store: EventStore,
    private readonly db: DataSource,
    options: RunnerOptions,
  ) {
    this.projections = new Map(projections.map((p) => [p.name, p]));
    const locks = new LockSession(db, options.pollMs);
    // one read of each page of the log for every runner that follows it, each runner paced against the others (issue 15)
    const pages = new SharedPages(store);
    this.runners = new Map(
      projections.map((p) => [p.name, new ProjectionRunner(p, pages.reader(), db, options, locks)]),
    );
    for (const runner of this.runners.values()) runner.progress.on('progress', () => this.progress.emit('progress'));
  }

  names(): string[] {
    return [...this.runners.keys()];
  }

  /** A projection's definition, to replay it elsewhere (a read model as of a past moment); undefined if none. */
  definition(name: string): Projection | undefined {
    return this.projections.get(name);
  }

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    const signal = this.controller.signal;
    // every runner waits on this one signal: more than Node's default ten listeners is the design, not a leak
    setMaxListeners(0, signal);
    this.running = [...this.runners.values()].map((runner) => runner.run(signal));
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    this.controller = undefined;
    await Promise.allSettled(this.running);
    this.running = [];
  }

  /** Tells the runners new events exist; they would find them at the next poll anyway. */
  poke(): void {
    for (const runner of this.runners.values()) runner.poke();
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all(
      this.names().map(async (name) => {
        const checkpoint = await readCheckpoint(this.db, name);
        return toStatus(checkpoint, await this.lagOf(this.readThrough(name, checkpoint.position)));
      }),
    );
  }

  /** Empties the read models and sends them back to the first event; the active runner replays them. */
  async rebuild(names: readonly string[] = this.names()): Promise<void> {
    for (const name of names) {
      const projection = this.projections.get(name);
      if (!projection) throw new UnknownProjection(name);
      await resetForRebuild(this.db, name, projection.tables);
      this.runners.get(name)!.forget();
    }
    this.poke();
  }

  /** Resumes faulted projections from where they stopped. */
  async resume(names: readonly string[] = this.names()): Promise<void> {
    for (const name of names) {
      if (!this.runners.has(name)) throw new UnknownProjection(name);
      await clearFault(this.db, name);
      this.runners.get(name)!.forget();
    }
    this.poke();
  }

  /** Waits, bounded, until every named projection has passed `position` (read your writes). */
  async waitFor(position: string, names: readonly string[], timeoutMs: number): Promise<void> {
    for (const name of names) if (!this.runners.has(name)) throw new UnknownProjection(name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind: string[] = [];
      for (const name of names) if (!(await this.hasPassed(name, position as Position))) behind.push(name);
      if (behind.length === 0) return;
      const left = deadline - Date.now();
      if (left <= 0) throw new ReadModelNotCaughtUp(behind, position);
      this.poke();
      await waitForWakeUp(this.progress, 'progress', Math.min(left, 100));
    }
  }

  /**
   * Whether the named read model has applied everything up to `position`: its checkpoint is there, or this
   * process's runner has read past it skipping only events the read model does not handle, and the checkpoint
   * still stands where that span began (no rebuild or other runner moved it meanwhile).
   */
  private async hasPassed(name: string, position: Position): Promise<boolean> {
    const reached = (at: Position | null) => at !== null && this.store.comparePositions(at, position) >= 0;
    return reached(this.readThrough(name, (await readCheckpoint(this.db, name)).position));
  }

  /**
   * For a decision that reads read models: waits, bounded, until each has applied every event committed before
   * this call, and returns that head position (null for an empty log). Past the bound: ReadModelNotCaughtUp.
   */
  async catchUpToHead(names: readonly string[], timeoutMs: number): Promise<Position | null> {
    const head = await this.store.headPosition();
    if (head !== null) await this.waitFor(head, names, timeoutMs);
    return head;
  }

  /** True when each named projection is faulted or has no event committed after its checkpoint. */
  async caughtUp(names: readonly string[]): Promise<boolean> {
    for (const name of names) {
      const checkpoint = await readCheckpoint(this.db, name);
      if (checkpoint.status === 'faulted') continue;
      const next = await this.store.readAll({
        after: this.readThrough(name, checkpoint.position) ?? undefined,
        maxCount: 1,
        visibility: 'committed',
      });
      if (next.length > 0) return false;
    }
    return true;
  }

  /**
   * How far a read model is current, given its committed checkpoint: through the span of skipped events this
   * process's runner has not committed yet, when the checkpoint still stands where that span began.
   */
  private readThrough(name: string, committed: Position | null): Position | null {
    const idle = this.runners.get(name)?.idleSpan();
    return idle && idle.committed === committed ? idle.through : committed;
  }

  /** Resolves when any runner commits a batch, or after `ms`. */
  waitForProgress(ms: number): Promise<void> {
    return waitForWakeUp(this.progress, 'progress', ms);
  }

  /**
   * Events committed after the checkpoint, counted up to a cap so /health stays cheap on a long backlog. Counted
   * past the visibility frontier: an event another transaction still holds back is pending, not absent.
   */
  private async lagOf(position: Position | null): Promise<number> {
    const events = await this.store.readAll({
      after: position ?? undefined,
      maxCount: 10_000,
      visibility: 'committed',
    });
    return events.length;
  }
}
