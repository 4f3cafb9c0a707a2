import type { ExpectedState, Revision } from './event-store.port.js';

function describe(state: ExpectedState | Revision | 'no_stream'): string {
  return typeof state === 'bigint' ? state.toString() : state;
}

/** Another writer appended first: the caller reloads, decides again and retries. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedState,
    readonly actual: Revision | 'no_stream',
  ) {
    super(`Stream ${stream}: expected ${describe(expected)}, actual ${describe(actual)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

export class StreamNotFoundError extends Error {
  constructor(readonly stream: string) {
    super(`Stream ${stream} not found`);
    this.name = 'StreamNotFoundError';
  }
}

export class EventTooLargeError extends Error {
  constructor(
    readonly eventId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Event ${eventId} is ${bytes} bytes, over the limit of ${limit}`);
    this.name = 'EventTooLargeError';
  }
}

export class EmptyAppendError extends Error {
  constructor(readonly stream: string) {
    super(`Append to ${stream} has no events`);
    this.name = 'EmptyAppendError';
  }
}

/** The back end cannot be reached; commands answer 503 and retry later. */
export class EventStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Event store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'EventStoreUnavailableError';
  }
}

/** An event id is already stored elsewhere (another stream or revision): a command id was reused. */
export class DuplicateEventIdError extends Error {
  constructor(readonly stream: string) {
    super(`An event id appended to ${stream} is already stored elsewhere in the log`);
    this.name = 'DuplicateEventIdError';
  }
}
