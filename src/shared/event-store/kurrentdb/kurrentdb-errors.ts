import {
  AccessDeniedError,
  AppendRecordSizeExceededError,
  DeadlineExceededError,
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  StreamTombstonedError,
  TimeoutError,
  TransactionMaxSizeExceededError,
  UnavailableError,
  UnknownError,
} from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError, EventTooLargeError, StreamNotFoundError } from '../event-store.errors.js';
import type { NewEvent } from '../event-store.port.js';

export function isMissingStream(error: unknown): boolean {
  return (
    error instanceof ClientStreamNotFoundError ||
    error instanceof StreamDeletedError ||
    error instanceof StreamTombstonedError
  );
}

// grpc status codes UNAVAILABLE (14) and DEADLINE_EXCEEDED (4); some paths (the capability probe before an
// append) reject with the raw grpc error rather than the client's own error classes.
const UNAVAILABLE_GRPC_CODES = new Set<unknown>([14, 4]);
const UNAVAILABLE_NODE_CODES = new Set<unknown>([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGE =
  /no connection established|failed to discover|econnrefused|econnreset|connection (refused|reset|closed)|deadline|timed? ?out|unavailable|transport/i;

function isUnavailable(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof TimeoutError)
    return true;
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
export function isWorthResubscribing(error: unknown): boolean {
  return !(error instanceof AccessDeniedError || error instanceof InvalidArgumentError);
}

export type ErrorContext = Readonly<{ stream?: string; events?: readonly NewEvent[] }>;

/** Maps client errors to the port's: size limits, missing streams and an unreachable server; others pass through. */
export function toStoreError(error: unknown, context: ErrorContext): unknown {
  if (
    error instanceof EventStoreUnavailableError ||
    error instanceof EventTooLargeError ||
    error instanceof StreamNotFoundError
  )
    return error;
  const events = context.events ?? [];
  if (error instanceof AppendRecordSizeExceededError) {
    return new EventTooLargeError(error.recordId || largest(events)?.id || 'unknown', error.size, error.maxSize);
  }
  if (error instanceof MaxAppendSizeExceededError || error instanceof TransactionMaxSizeExceededError) {
    const biggest = largest(events);
    const limit = error instanceof MaxAppendSizeExceededError ? error.maxAppendSize : error.maxSize;
    const bytes =
      error instanceof TransactionMaxSizeExceededError ? error.size : events.reduce((sum, e) => sum + sizeOf(e), 0);
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
export async function* mapErrors<T>(open: () => AsyncIterable<T>, map: (error: unknown) => unknown): AsyncIterable<T> {
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

export function delay(ms: number, signal: AbortSignal): Promise<void> {
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
