import type { Actor } from '../domain/decider.js';

/** Who asked, and in which chain of causes: carried into every event's metadata. */
export type CommandContext = Readonly<{
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  reason?: string;
  /** set by the HTTP layer on a route answered by its one command's result (see AnswerSlot) */
  answer?: AnswerSlot;
}>;

/**
 * Where a request's idempotency answer may be written with its command's append (issue 15: one statement fewer).
 * Only the first append of a request may write it; `appends` counts them, and `answered` is the result whose answer
 * the store wrote, so the HTTP layer writes the answer itself whenever that is not the result it sends.
 */
export type AnswerSlot = {
  readonly actorId: string;
  readonly key: string;
  readonly statusCode: number;
  appends: number;
  answered?: CommandResult;
};

/** What every command answers: where its events landed, so a query can wait for them (read your writes). */
export type CommandResult = Readonly<{
  stream: string;
  streamRevision: string | null;
  position: string | null;
  events: string[];
}>;
