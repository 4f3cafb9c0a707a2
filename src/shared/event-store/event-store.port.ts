/** 0-based revision of the last event in a stream (KurrentDB's convention, used by both adapters). */
export type Revision = bigint;

export type ExpectedState = 'any' | 'no_stream' | 'stream_exists' | Revision;

/** Opaque, adapter-tagged global position ('pg:<tx>:<seq>' or 'kdb:<commit>:<prepare>'). */
export type Position = string & { readonly __brand: 'Position' };

/**
 * Metadata is string to string: KurrentDB's multi-stream append requires it, and it keeps the hash
 * chain's canonical form trivial.
 */
export type EventMetadata = Readonly<{
  commandId: string;
  correlationId: string;
  causationId: string;
  actorId: string;
  actorRole: string;
  actorOrganisationId: string;
  occurredAt: string;
  schemaVersion: string;
  prevHash: string;
  hash: string;
  [key: string]: string;
}>;

export type NewEvent = Readonly<{
  /** uuid chosen by the caller, stable across retries of the same command */
  id: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
}>;

export type RecordedEvent = NewEvent &
  Readonly<{ stream: string; revision: Revision; position: Position; recordedAt: Date }>;

/** `answered`: the store wrote the `answer` the append was given (see AppendAnswer). */
export type AppendResult = Readonly<{ nextExpectedRevision: Revision; position: Position; answered?: boolean }>;

/**
 * A caller's open PostgreSQL transaction (a TypeORM EntityManager or a pg client inside BEGIN): an append given
 * one commits or rolls back with the caller's own writes. The ballot box closes a round this way. KurrentDB cannot
 * join it: its adapter appends at once, while the caller's transaction is still open (docs/elections.md).
 */
export type UnitOfWork = Readonly<{ query: (sql: string, parameters?: unknown[]) => Promise<unknown> }>;

/**
 * An HTTP request's idempotency record to answer in the append's own transaction, where the store can (issue 15:
 * one statement fewer per command). The answer is `body` with the append's `streamRevision` and `position` added,
 * stored with `statusCode` on the record the request claimed, so events and their answer commit together.
 * A store that cannot leaves it, and the caller writes the answer itself.
 */
export type AppendAnswer = Readonly<{
  actorId: string;
  key: string;
  statusCode: number;
  body: Readonly<Record<string, unknown>>;
}>;

export type AppendOptions = Readonly<{ expected: ExpectedState; within?: UnitOfWork; answer?: AppendAnswer }>;

export type SubscriptionItem =
  | { kind: 'event'; event: RecordedEvent }
  | { kind: 'checkpoint'; position: Position }
  | { kind: 'caughtUp'; position?: Position };

/** Prefix filters only: the two back ends' regular-expression dialects differ. */
export type EventFilter = Readonly<{ streamPrefixes?: string[]; eventTypePrefixes?: string[] }>;

export type ReadStreamOptions = Readonly<{
  from?: Revision;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}>;

export type ReadAllOptions = Readonly<{
  after?: Position;
  maxCount: number;
  filter?: EventFilter;
  /**
   * 'safe' (the default) holds back events that an older, still open transaction could still precede, so a
   * reader that checkpoints never skips one. 'committed' returns everything committed now, for one-off scans
   * (audit verify) that keep no checkpoint. KurrentDB's $all is always both.
   */
  visibility?: 'safe' | 'committed';
}>;

export type SubscribeOptions = Readonly<{ after?: Position; filter?: EventFilter; signal: AbortSignal }>;

/** The event store as the application sees it; PostgreSQL and KurrentDB adapters implement it. */
export interface EventStore {
  readonly kind: 'postgres' | 'kurrentdb';
  appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Throws StreamNotFoundError for a stream that has no events. */
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  getStreamRevision(stream: string): Promise<Revision | 'no_stream'>;
  /**
   * Optional: every stream's head revision in one read, for a pass over the whole log (audit verify) that would
   * otherwise ask once per stream. Back ends without a cheap list leave it out.
   */
  streamRevisions?(): Promise<Map<string, Revision>>;
  /**
   * Events in global order strictly after `after`; never skips an event a slower writer commits later. Fewer than
   * `maxCount` means the read reached the end of what was visible when it began (the projection runners rely on it).
   */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeOptions): AsyncIterable<SubscriptionItem>;
  comparePositions(a: Position, b: Position): -1 | 0 | 1;
  /**
   * The position of the newest committed application event, or null for an empty log. A decision that reads a
   * read model first waits for it to reach this position, so it sees every event committed before it asked.
   */
  headPosition(): Promise<Position | null>;
  /** True when the store answers: used by /health. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Nest injection token for the configured EventStore. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** The port's own limit on one event's serialised data + metadata (KurrentDB's default is about 16 MiB). */
export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;
