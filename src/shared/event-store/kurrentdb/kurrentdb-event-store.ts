import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  jsonEvent,
  type AllStreamSubscription,
  type Position as ClientPosition,
} from '@kurrent/kurrentdb-client';
import { guardAppend, matchesFilter } from '../append-guards.js';
import { EventStoreUnavailableError, StreamNotFoundError, WrongExpectedVersionError } from '../event-store.errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedState,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Revision,
  SubscribeOptions,
  SubscriptionItem,
} from '../event-store.port.js';
import { delay, isMissingStream, isWorthResubscribing, mapErrors, toStoreError } from './kurrentdb-errors.js';
import { LiveSubscription } from './kurrentdb-live-subscription.js';
import {
  compareKdb,
  compareKdbPositions,
  decodeKdbPosition,
  fromClientPosition,
  type KdbPosition,
} from './kurrentdb-position.js';
import {
  isApplicationEvent,
  recordPosition,
  serverFilter,
  toActual,
  toRecorded,
  toStoredMetadata,
  type ClientRecord,
} from './kurrentdb-records.js';

export type KurrentDbResubscribeOptions = Readonly<{
  /** First wait after an unexpected drop; doubles per consecutive failure. */
  initialDelayMs: number;
  /** Upper bound of one wait. */
  maxDelayMs: number;
  /** Consecutive failed (re)subscriptions, without a single delivered item, before giving up. */
  maxAttempts: number;
}>;

export type KurrentDbEventStoreOptions = Readonly<{
  maxEventBytes: number;
  resubscribe?: Partial<KurrentDbResubscribeOptions>;
  /** How long ping() waits for the server before answering false. */
  pingTimeoutMs?: number;
}>;

const DEFAULT_RESUBSCRIBE: KurrentDbResubscribeOptions = { initialDelayMs: 200, maxDelayMs: 5_000, maxAttempts: 10 };

/** Raw $all events fetched per round trip by readAll, before our own filtering. */
const READ_ALL_MIN_BATCH = 64;
const READ_ALL_MAX_BATCH = 4_096;

/**
 * The KurrentDB adapter. Appends go through the client's gRPC path; stream and $all reads go through its
 * Rust bridge (async iteration only); subscriptions are the client's catch-up subscriptions to $all.
 * Insecure single-node servers need no credentials; a secured server needs an admin user in the connection
 * string because reading and subscribing to $all are admin operations.
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb' as const;
  private readonly resubscribe: KurrentDbResubscribeOptions;
  private readonly closing = new AbortController();
  private closed: Promise<void> | undefined;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: KurrentDbEventStoreOptions,
  ) {
    this.resubscribe = { ...DEFAULT_RESUBSCRIBE, ...options.resubscribe };
  }

  /** e.g. `kurrentdb://localhost:2113?tls=false`; the connection is opened lazily by the first call. */
  static fromConnectionString(connectionString: string, options: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    // `within` is not joined: KurrentDB has no part in a PostgreSQL transaction (UnitOfWork in the port).
    { expected }: AppendOptions,
  ): Promise<AppendResult> {
    guardAppend(stream, events, this.options.maxEventBytes);
    const proposed = events.map((event) =>
      jsonEvent({
        id: event.id,
        type: event.type,
        data: { ...event.data },
        metadata: toStoredMetadata(event.metadata),
      }),
    );
    let conflict: Revision | 'no_stream';
    try {
      const result = await this.client.appendToStream(stream, proposed, { streamState: expected });
      if (result.success) {
        const position = result.position ?? (await this.positionOf(stream, result.nextExpectedRevision));
        return { nextExpectedRevision: result.nextExpectedRevision, position: fromClientPosition(position) };
      }
      // Only reached when the connection string sets throwOnAppendFailure=false.
      conflict = toActual(result.nextExpectedRevision);
    } catch (error) {
      if (!(error instanceof ClientWrongExpectedVersionError)) throw toStoreError(error, { stream, events });
      conflict = toActual(error.actualState);
    }
    // The server answers a retried append idempotently by itself; this covers the cases it does not
    // (an expected revision the stream has since moved past).
    const earlier = await this.findEarlierAppend(stream, events, expected);
    if (earlier) return earlier;
    throw new WrongExpectedVersionError(stream, expected, conflict);
  }

  /** The same event ids already stored in order right after `expected` answer as the first append did. */
  private async findEarlierAppend(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedState,
  ): Promise<AppendResult | undefined> {
    const from = expected === 'no_stream' ? 0n : typeof expected === 'bigint' ? expected + 1n : undefined;
    if (from === undefined) return undefined;
    const stored: ClientRecord[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, {
        fromRevision: from,
        maxCount: events.length,
        direction: FORWARDS,
      })) {
        if (resolved.event) stored.push(resolved.event);
      }
    } catch (error) {
      if (isMissingStream(error)) return undefined;
      throw toStoreError(error, { stream });
    }
    if (stored.length !== events.length) return undefined;
    if (!stored.every((record, i) => record.id.toLowerCase() === events[i]!.id.toLowerCase())) return undefined;
    const last = stored[stored.length - 1]!;
    return { nextExpectedRevision: last.revision, position: recordPosition(last) };
  }

  /** The global position of one stored event: the fallback when an append result carries none (idempotent replies). */
  private async positionOf(stream: string, revision: Revision): Promise<ClientPosition> {
    try {
      for await (const resolved of this.client.readStream(stream, {
        fromRevision: revision,
        maxCount: 1,
        direction: FORWARDS,
      })) {
        if (resolved.event?.position) return resolved.event.position;
      }
    } catch (error) {
      throw toStoreError(error, { stream });
    }
    throw new Error(`KurrentDB reported ${stream}@${revision} as appended but it cannot be read back`);
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) {
      if ((await this.getStreamRevision(stream)) === 'no_stream') throw new StreamNotFoundError(stream);
      return;
    }
    const reads = (): AsyncIterable<{ event?: ClientRecord }> =>
      this.client.readStream(stream, {
        fromRevision: options.from ?? (backwards ? END : START),
        direction: backwards ? BACKWARDS : FORWARDS,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
    // A missing stream is reported while iterating, not when the read is opened.
    for await (const record of mapErrors(reads, (error) =>
      isMissingStream(error) ? new StreamNotFoundError(stream) : toStoreError(error, { stream }),
    )) {
      if (record.event) yield toRecorded(record.event);
    }
  }

  async getStreamRevision(stream: string): Promise<Revision | 'no_stream'> {
    try {
      for await (const resolved of this.client.readStream(stream, {
        fromRevision: END,
        direction: BACKWARDS,
        maxCount: 1,
      })) {
        if (resolved.event) return resolved.event.revision;
      }
      return 'no_stream';
    } catch (error) {
      if (isMissingStream(error)) return 'no_stream';
      throw toStoreError(error, { stream });
    }
  }

  /**
   * Pages through $all from `after` (exclusive), dropping system events and events of system streams, and
   * applying our prefix filter here rather than on the server: one filter for both streams and event types
   * is not something the server offers, and counting only matching events keeps `maxCount` exact.
   */
  async readAll({ after, maxCount, filter }: ReadAllOptions): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    if (maxCount <= 0) return found;
    // Filtered pages read ahead further, as most of $all will not match. Each read is bounded: the client's
    // bridge cannot cancel a read left half-way, so we avoid leaving long ones behind.
    const wanted = (maxCount + 1) * (filter ? 4 : 1);
    const batch = Math.min(Math.max(wanted, READ_ALL_MIN_BATCH), READ_ALL_MAX_BATCH);
    let skip: KdbPosition | undefined = after ? decodeKdbPosition(after) : undefined;
    let from: KdbPosition | typeof START = skip ?? START;
    try {
      for (;;) {
        let seen = 0;
        let last: KdbPosition | undefined;
        for await (const resolved of this.client.readAll({
          fromPosition: from,
          maxCount: batch,
          direction: FORWARDS,
        })) {
          seen++;
          const record = resolved.event;
          if (!record?.position) continue;
          last = record.position;
          if (skip && compareKdb(record.position, skip) <= 0) continue;
          if (!isApplicationEvent(record) || !matchesFilter({ stream: record.streamId, type: record.type }, filter))
            continue;
          found.push(toRecorded(record));
          if (found.length === maxCount) return found;
        }
        if (seen < batch || !last) return found;
        from = last;
        skip = last;
      }
    } catch (error) {
      throw toStoreError(error, {});
    }
  }

  /**
   * A catch-up subscription to $all from `after` (exclusive). The server filters by the first of stream
   * prefixes, event-type prefixes or "no system events"; we apply the full filter again here. After an
   * unexpected drop it re-subscribes from the last event it delivered, waiting initialDelayMs, doubling up
   * to maxDelayMs, and gives up with EventStoreUnavailableError after maxAttempts failures in a row.
   *
   * Checkpoint items are the server's own checkpoints. Older servers (before 24.10.x) could report the log's
   * end position as a checkpoint, which, used as `after`, skips the next event: we never resume from one
   * ourselves, only from delivered events.
   */
  async *subscribeToAll({ after, filter, signal }: SubscribeOptions): AsyncIterable<SubscriptionItem> {
    const stop = AbortSignal.any([signal, this.closing.signal]);
    let resumeFrom: KdbPosition | undefined = after ? decodeKdbPosition(after) : undefined;
    let lastYielded = resumeFrom;
    let caughtUpSent = false;
    let failures = 0;
    while (!stop.aborted) {
      const live = this.openSubscription(resumeFrom, filter);
      const onAbort = (): void => live.stop();
      stop.addEventListener('abort', onAbort, { once: true });
      try {
        for (;;) {
          const item = await live.next();
          if (item === undefined || stop.aborted) break;
          failures = 0;
          if (item.kind === 'event') {
            const at = decodeKdbPosition(item.event.position);
            if (resumeFrom && compareKdb(at, resumeFrom) <= 0) continue;
            resumeFrom = at;
            lastYielded = at;
          } else if (item.kind === 'checkpoint') {
            const at = decodeKdbPosition(item.position);
            if (lastYielded && compareKdb(at, lastYielded) <= 0) continue;
            lastYielded = at;
          } else {
            if (caughtUpSent) continue;
            caughtUpSent = true;
          }
          yield item;
          if (stop.aborted) break;
        }
      } finally {
        stop.removeEventListener('abort', onAbort);
        await live.close();
      }
      if (stop.aborted) return;
      const cause = live.failure ?? new Error('KurrentDB subscription to $all ended unexpectedly');
      if (!isWorthResubscribing(cause)) throw toStoreError(cause, {});
      failures++;
      if (failures >= this.resubscribe.maxAttempts) throw new EventStoreUnavailableError(cause);
      const wait = Math.min(this.resubscribe.initialDelayMs * 2 ** (failures - 1), this.resubscribe.maxDelayMs);
      await delay(wait, stop);
    }
  }

  private openSubscription(from: KdbPosition | undefined, filter: EventFilter | undefined): LiveSubscription {
    // The checkpoint callback is handed to the client before the subscription it reports on exists.
    const holder: { live?: LiveSubscription } = {};
    const checkpointReached = (_: AllStreamSubscription, position: ClientPosition): void =>
      holder.live?.mark({ kind: 'checkpoint', position: fromClientPosition(position) });
    let subscription: AllStreamSubscription;
    try {
      subscription = this.client.subscribeToAll({
        fromPosition: from ?? START,
        filter: serverFilter(filter, checkpointReached),
      });
    } catch (error) {
      throw toStoreError(error, {});
    }
    const live = new LiveSubscription(subscription, (resolved) => {
      const record = resolved.event;
      if (!record || !isApplicationEvent(record)) return undefined;
      if (!matchesFilter({ stream: record.streamId, type: record.type }, filter)) return undefined;
      return toRecorded(record);
    });
    holder.live = live;
    return live;
  }

  comparePositions(a: Position, b: Position): -1 | 0 | 1 {
    return compareKdbPositions(a, b);
  }

  /** Reads one event of $all: true when the server answers within pingTimeoutMs. */
  /** Backwards from the end of $all, past system events, to the newest application event. */
  async headPosition(): Promise<Position | null> {
    let from: KdbPosition | typeof END = END;
    try {
      for (;;) {
        let seen = 0;
        let last: KdbPosition | undefined;
        for await (const resolved of this.client.readAll({
          fromPosition: from,
          maxCount: READ_ALL_MIN_BATCH,
          direction: BACKWARDS,
        })) {
          seen++;
          const record = resolved.event;
          if (!record?.position) continue;
          if (last && compareKdb(record.position, last) >= 0) continue;
          last = record.position;
          if (isApplicationEvent(record)) return recordPosition(record);
        }
        if (seen < READ_ALL_MIN_BATCH || !last) return null;
        from = last;
      }
    } catch (error) {
      throw toStoreError(error, {});
    }
  }

  async ping(): Promise<boolean> {
    if (this.closing.signal.aborted) return false;
    const attempt = (async () => {
      const read = this.client.readAll({ fromPosition: START, maxCount: 1, direction: FORWARDS });
      await read.next();
      await read.return?.(undefined);
      return true;
    })().catch(() => false);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.pingTimeoutMs ?? 5_000);
    });
    try {
      return await Promise.race([attempt, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing.abort();
      await this.client.dispose();
    })();
    return this.closed;
  }
}
