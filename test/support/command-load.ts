import type { HttpClient, HttpResponse } from './test-app.js';

/** One command a load client sent: what it sent, and the answer if one came. */
export type SentCommand = Readonly<{
  client: string;
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  headers: Record<string, string>;
  correlationId: string;
  idempotencyKey?: string;
  /** whom the command is about, where the log cannot say by correlation (a ballot credential's delegate) */
  about?: string;
}> & { answer?: HttpResponse<Record<string, unknown>>; failure?: string };

/** Answered with a 2xx: the server says it did it. */
export const answeredOk = (c: SentCommand) => c.answer !== undefined && c.answer.status < 300;
/** No answer, or a 5xx: it may or may not have happened, and must have happened whole or not at all. */
export const outcomeUnknown = (c: SentCommand) => c.answer === undefined || c.answer.status >= 500;

/**
 * Several clients issuing commands at once, each its own sequence, every command with its own correlation id and
 * Idempotency-Key (unless it must not carry one); a client stops at its first command without a 2xx answer, as a
 * person would stop and look. `sent` is the record of everything sent, for the checks after a crash.
 */
export class CommandLoad {
  readonly sent: SentCommand[] = [];
  private answered = 0;
  private readonly waiters: Array<{ count: number; resolve: () => void }> = [];
  private stopped = false;

  constructor(
    private readonly app: HttpClient,
    private readonly prefix: string,
  ) {}

  /**
   * Sends one command; resolves with its answer, or undefined once the client must stop (no answer, not 2xx, or
   * the load was stopped).
   */
  async send(
    client: string,
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
      idempotent?: boolean;
      about?: string;
    } = {},
  ): Promise<HttpResponse<Record<string, unknown>> | undefined> {
    if (this.stopped) return undefined;
    const n = this.sent.length;
    const correlationId = `${this.prefix}-${client}-${n}`;
    const idempotencyKey = options.idempotent === false ? undefined : `${this.prefix}-key-${n}`;
    const headers: Record<string, string> = {
      'x-correlation-id': correlationId,
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      ...options.headers,
    };
    const command: SentCommand = {
      client,
      method,
      path,
      token: options.token,
      body: options.body,
      headers,
      correlationId,
      idempotencyKey,
      about: options.about,
    };
    this.sent.push(command);
    try {
      command.answer = await this.app.request<Record<string, unknown>>(method, path, {
        token: options.token,
        body: options.body,
        headers,
      });
    } catch (error) {
      command.failure = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
      return undefined;
    }
    this.answered++;
    for (const waiter of this.waiters.filter((w) => this.answered >= w.count)) waiter.resolve();
    return answeredOk(command) ? command.answer : undefined;
  }

  /** Resolves once `count` commands have been answered (whatever the answer). */
  answeredAtLeast(count: number): Promise<void> {
    if (this.answered >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** No client sends another command. */
  stop(): void {
    this.stopped = true;
  }
}

/**
 * Sends every answered command with an Idempotency-Key again, unchanged: each must answer as it did the first time,
 * marked as a replay. Returns what differed, one line per command.
 */
export async function replayAnswered(app: HttpClient, sent: readonly SentCommand[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const command of sent.filter((c) => answeredOk(c) && c.idempotencyKey)) {
    const replay = await app.request(command.method, command.path, {
      token: command.token,
      body: command.body,
      headers: command.headers,
    });
    // the kept answer is stored as jsonb, which keeps no key order: compared as values
    const first = JSON.stringify(sortedKeys(command.answer!.body));
    const again = JSON.stringify(sortedKeys(replay.body));
    const replayed = replay.headers.get('idempotent-replayed');
    if (replay.status !== command.answer!.status || replayed !== 'true' || again !== first)
      wrong.push(
        `${command.correlationId}: ${command.answer!.status} ${first.slice(0, 300)} → ${replay.status} (replayed: ${replayed}) ${again.slice(0, 300)}`,
      );
  }
  return wrong;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
