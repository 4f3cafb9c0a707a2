import type { Actor } from '../domain/decider.js';

/** Who asked, and in which chain of causes: carried into every event's metadata. */
export type CommandContext = Readonly<{
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  reason?: string;
}>;

/** What every command answers: where its events landed, so a query can wait for them (read your writes). */
export type CommandResult = Readonly<{
  stream: string;
  streamRevision: string | null;
  position: string | null;
  events: string[];
}>;
