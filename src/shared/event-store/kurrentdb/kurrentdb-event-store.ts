import {
  AccessDeniedError,
  AppendRecordSizeExceededError,
  BACKWARDS,
  DeadlineExceededError,
  END,
  FORWARDS,
  InvalidArgumentError,
  KurrentDBClient,
  MaxAppendSizeExceededError,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  StreamTombstonedError,
  TimeoutError,
  TransactionMaxSizeExceededError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type CaughtUp,
  type CurrentStreamState,
  type Filter,
  type Position as ClientPosition,
} from '@kurrent/kurrentdb-client';
import { guardAppend, matchesFilter } from '../append-guards.js';
import {
  EventStoreUnavailableError,
  EventTooLargeError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '../event-store.errors.js';
import type {
  AppendResult,
  EventFilter,
  EventMetadata,
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
import { compareKdb, compareKdbPositions, decodeKdbPosition, fromClientPosition, type KdbPosition } from './kurrentdb-position.js';

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
 * Metadata keys we copy into KurrentDB's reserved names so its projections ($by_correlation_id) see them.
 * Every key starting with '$' belongs to KurrentDB (the OpenTelemetry instrumentation adds $traceId and
 * $spanId too) and is removed again on read, so the application gets back exactly what it wrote.
 */
const RESERVED_COPIES = { correlationId: '$correlationId', causationId: '$causationId' } as const;

/** The shape of one record as the client hands it over, whether it came through gRPC or the Rust bridge. */
type ClientRecord = Readonly<{
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: ClientPosition;
}>;

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

  async appendToStream(stream: string, events: readonly NewEvent[], { expected }: { expected: ExpectedState }): Promise<AppendResult> {
    guardAppend(stream, events, this.options.maxEventBytes);
    const proposed = events.map((event) =>
      jsonEvent({ id: event.id, type: event.type, data: { ...event.data }, metadata: toStoredMetadata(event.metadata) }),
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
  private async findEarlierAppend(stream: string, events: readonly NewEvent[], expected: ExpectedState): Promise<AppendResult | undefined> {
    const from = expected === 'no_stream' ? 0n : typeof expected === 'bigint' ? expected + 1n : undefined;
    if (from === undefined) return undefined;
    const stored: ClientRecord[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, { fromRevision: from, maxCount: events.length, direction: FORWARDS })) {
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
      for await (const resolved of this.client.readStream(stream, { fromRevision: revision, maxCount: 1, direction: FORWARDS })) {
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
    for await (const record of mapErrors(reads, (error) => (isMissingStream(error) ? new StreamNotFoundError(stream) : toStoreError(error, { stream })))) {
      if (record.event) yield toRecorded(record.event);
    }
  }

  async getStreamRevision(stream: string): Promise<Revision | 'no_stream'> {
    try {
      for await (const resolved of this.client.readStream(stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) {
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
        for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: batch, direction: FORWARDS })) {
          seen++;
          const record = resolved.event;
          if (!record?.position) continue;
          last = record.position;
          if (skip && compareKdb(record.position, skip) <= 0) continue;
          if (!isApplicationEvent(record) || !matchesFilter({ stream: record.streamId, type: record.type }, filter)) continue;
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
      subscription = this.client.subscribeToAll({ fromPosition: from ?? START, filter: serverFilter(filter, checkpointReached) });
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

/**
 * One server subscription, turned into a pull queue. Events arrive as 'data'; caught-up and checkpoint
 * notices arrive as separate signals that can overtake events still buffered inside the client's stream,
 * so each notice waits until the events buffered before it have come out ("markers"). The queue pauses the
 * client's stream when the consumer falls behind.
 */
class LiveSubscription {
  private static readonly HIGH_WATER = 512;
  private static readonly LOW_WATER = 128;
  private readonly queue: SubscriptionItem[] = [];
  private readonly markers: { remaining: number; item: SubscriptionItem }[] = [];
  private wake: (() => void) | undefined;
  private paused = false;
  private finished = false;
  failure: unknown;

  constructor(
    private readonly subscription: AllStreamSubscription,
    private readonly accept: (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined,
  ) {
    subscription.on('data', (resolved: AllStreamResolvedEvent) => this.onData(resolved));
    subscription.on('caughtUp', (info: CaughtUp) =>
      this.mark(info.position ? { kind: 'caughtUp', position: fromClientPosition(info.position) } : { kind: 'caughtUp' }),
    );
    // Always keep an error listener: an 'error' with none would crash the process.
    subscription.on('error', (error: Error) => this.finish(error));
    subscription.on('end', () => this.finish());
    subscription.on('close', () => this.finish());
  }

  /** Queues a notice behind the events the client's stream still holds. */
  mark(item: SubscriptionItem): void {
    if (this.finished) return;
    const remaining = this.subscription.readableLength;
    if (remaining === 0) {
      this.release(Infinity);
      this.queue.push(item);
      this.notify();
    } else {
      this.markers.push({ remaining, item });
    }
  }

  private onData(resolved: AllStreamResolvedEvent): void {
    if (this.finished) return;
    try {
      const event = this.accept(resolved);
      if (event) this.queue.push({ kind: 'event', event });
    } catch (error) {
      this.finish(error);
      return;
    }
    this.release(1);
    if (!this.paused && this.queue.length >= LiveSubscription.HIGH_WATER) {
      this.paused = true;
      this.subscription.pause();
    }
    this.notify();
  }

  /** Counts `delivered` events off every waiting marker and queues those now due, in order. */
  private release(delivered: number): void {
    for (const marker of this.markers) marker.remaining -= delivered;
    while (this.markers.length > 0 && this.markers[0]!.remaining <= 0) this.queue.push(this.markers.shift()!.item);
  }

  /** The next item, or undefined once the subscription has ended and everything queued was taken. */
  async next(): Promise<SubscriptionItem | undefined> {
    for (;;) {
      const item = this.queue.shift();
      if (item) {
        if (this.paused && this.queue.length <= LiveSubscription.LOW_WATER && !this.finished) {
          this.paused = false;
          this.subscription.resume();
        }
        return item;
      }
      if (this.finished) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  stop(): void {
    this.queue.length = 0;
    this.finish();
  }

  /** Cancels the server call; waits for that at most a second, so a connection still being set up cannot hold the caller. */
  async close(): Promise<void> {
    this.finish();
    const cancelled = this.subscription
      .unsubscribe()
      .catch(() => undefined)
      .finally(() => this.subscription.destroy());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([cancelled, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1_000)))]);
    clearTimeout(timer);
  }

  private finish(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.failure = error;
    this.markers.length = 0;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

function serverFilter(filter: EventFilter | undefined, checkpointReached: NonNullable<Filter['checkpointReached']>): Filter {
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  }
  if (filter?.eventTypePrefixes && filter.eventTypePrefixes.length > 0) {
    return eventTypeFilter({ prefixes: [...filter.eventTypePrefixes], checkpointReached });
  }
  return excludeSystemEvents({ checkpointReached });
}

function isApplicationEvent(record: Pick<ClientRecord, 'streamId' | 'type'>): boolean {
  return !record.type.startsWith('$') && !record.streamId.startsWith('$');
}

function toStoredMetadata(metadata: EventMetadata): Record<string, string> {
  return {
    ...metadata,
    [RESERVED_COPIES.correlationId]: metadata.correlationId,
    [RESERVED_COPIES.causationId]: metadata.causationId,
  };
}

function fromStoredMetadata(stored: unknown): EventMetadata {
  const metadata: Record<string, string> = {};
  if (stored && typeof stored === 'object' && !(stored instanceof Uint8Array) && !Array.isArray(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      if (key.startsWith('$')) continue;
      metadata[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  return metadata as EventMetadata;
}

function fromStoredData(record: ClientRecord): Record<string, unknown> {
  let data = record.data;
  if (data instanceof Uint8Array) {
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  // Our own events are always JSON objects; anything else (written by another tool) is wrapped.
  if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  return { value: data };
}

function recordPosition(record: ClientRecord): Position {
  if (!record.position) {
    throw new Error(`KurrentDB returned ${record.streamId}@${record.revision} without its log position (server 22.10 or later required)`);
  }
  return fromClientPosition(record.position);
}

function toRecorded(record: ClientRecord): RecordedEvent {
  return {
    id: record.id,
    type: record.type,
    data: fromStoredData(record),
    metadata: fromStoredMetadata(record.metadata),
    stream: record.streamId,
    revision: record.revision,
    position: recordPosition(record),
    recordedAt: record.created,
  };
}

/** The client reports a missing stream as -1 in some paths. */
function toActual(state: CurrentStreamState): Revision | 'no_stream' {
  return typeof state === 'bigint' && state >= 0n ? state : 'no_stream';
}

function isMissingStream(error: unknown): boolean {
  return error instanceof ClientStreamNotFoundError || error instanceof StreamDeletedError || error instanceof StreamTombstonedError;
}

// grpc status codes UNAVAILABLE (14) and DEADLINE_EXCEEDED (4); some paths (the capability probe before an
// append) reject with the raw grpc error rather than the client's own error classes.
const UNAVAILABLE_GRPC_CODES = new Set<unknown>([14, 4]);
const UNAVAILABLE_NODE_CODES = new Set<unknown>(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /no connection established|failed to discover|econnrefused|econnreset|connection (refused|reset|closed)|deadline|timed? ?out|unavailable|transport/i;

function isUnavailable(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof TimeoutError) return true;
  if (error instanceof NotLeaderError) return true;
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (UNAVAILABLE_GRPC_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
  if (error instanceof UnknownError || (error instanceof Error && !isClientError(error))) {
    return UNAVAILABLE_MESSAGE.test(error.message);
  }
  return false;
}

function isClientError(error: Error): boolean {
  return typeof (error as { type?: unknown }).type === 'string';
}

/** A dropped subscription is retried unless the server refused it for a reason a retry will not change. */
function isWorthResubscribing(error: unknown): boolean {
  return !(error instanceof AccessDeniedError || error instanceof InvalidArgumentError);
}

type ErrorContext = Readonly<{ stream?: string; events?: readonly NewEvent[] }>;

/** Maps client errors to the port's: size limits, missing streams and an unreachable server; others pass through. */
function toStoreError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof EventStoreUnavailableError || error instanceof EventTooLargeError || error instanceof StreamNotFoundError) return error;
  const events = context.events ?? [];
  if (error instanceof AppendRecordSizeExceededError) {
    return new EventTooLargeError(error.recordId || largest(events)?.id || 'unknown', error.size, error.maxSize);
  }
  if (error instanceof MaxAppendSizeExceededError || error instanceof TransactionMaxSizeExceededError) {
    const biggest = largest(events);
    const limit = error instanceof MaxAppendSizeExceededError ? error.maxAppendSize : error.maxSize;
    const bytes = error instanceof TransactionMaxSizeExceededError ? error.size : events.reduce((sum, e) => sum + sizeOf(e), 0);
    return new EventTooLargeError(biggest?.id ?? 'unknown', bytes, limit);
  }
  if (context.stream && isMissingStream(error)) return new StreamNotFoundError(context.stream);
  if (isUnavailable(error)) return new EventStoreUnavailableError(error);
  return error;
}

function sizeOf(event: NewEvent): number {
  return Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata));
}

function largest(events: readonly NewEvent[]): NewEvent | undefined {
  let biggest: NewEvent | undefined;
  for (const event of events) if (!biggest || sizeOf(event) > sizeOf(biggest)) biggest = event;
  return biggest;
}

/** Iterates a client read, mapping whatever it throws (also while opening or iterating) with `map`. */
async function* mapErrors<T>(open: () => AsyncIterable<T>, map: (error: unknown) => unknown): AsyncIterable<T> {
  let iterator: AsyncIterator<T>;
  try {
    iterator = open()[Symbol.asyncIterator]();
  } catch (error) {
    throw map(error);
  }
  let done = false;
  try {
    for (;;) {
      let step: IteratorResult<T>;
      try {
        step = await iterator.next();
      } catch (error) {
        done = true;
        throw map(error);
      }
      if (step.done) {
        done = true;
        return;
      }
      yield step.value;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
