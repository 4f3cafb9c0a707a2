import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CommandResult } from '../../src/shared/commands/command-context.js';
import type { BenchApp } from './app.js';
import type { Driver, DriverRun, Tally } from './types.js';

/** One HTTP request, ready to send. */
export type HttpRequestSpec = Readonly<{
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  headers: Readonly<Record<string, string>>;
  body: string;
}>;

/** A stream of fresh commands over HTTP, each with its own Idempotency-Key, made by an HttpCommand's prepare(). */
export type CommandSource = Readonly<{
  next(): HttpRequestSpec;
  /**
   * The same command sent in-process, straight to the command bus (no HTTP, no validation, no JWT, no
   * idempotency record): for the diagnostic that splits the HTTP layer from the command pipeline.
   */
  inProcess?: () => Promise<CommandResult>;
}>;

/**
 * The command an HTTP workload drives, as a small pluggable descriptor: the workloads only know this shape,
 * so switching the command is swapping the descriptor (see http-commands.ts).
 */
export type HttpCommand = Readonly<{
  /** The route, as the report shows it: 'PUT /api/v1/organisations/:organisationId/name'. */
  route: string;
  /** What one request does and what was set up for it, for the report. */
  summary: string;
  /** Projections whose read model shows the command's effect: projection-lag waits for these. */
  readModels: readonly string[];
  /** Sets up what the command needs through the API (as a real client would) and answers its requests. */
  prepare(app: BenchApp, options: Readonly<{ targets: number }>): Promise<CommandSource>;
}>;

type AutocannonRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: object) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: object, headers: Record<string, string>) => void;
};
type AutocannonOptions = Readonly<{
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** How often autocannon checks whether the duration is over, in ms (its default, 1000, would overrun short runs). */
  sampleInt: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
  requests: AutocannonRequest[];
}>;
type AutocannonResult = Readonly<{ errors: number; timeouts: number; non2xx: number }>;
type AutocannonInstance = {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void,
  ): void;
};
type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

// autocannon ships no types, and it is CommonJS: required, with the small part of its API used here typed above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Remembers the first refused request so a failing run says why. */
class Refusals {
  first: string | undefined;
  note(status: number, body: string, tally: Tally): void {
    tally.add(`HTTP ${status}`);
    this.first ??= `${status} ${body.slice(0, 400)}`;
  }
  check(phase: string): void {
    if (this.first) throw new Error(`A command was refused during the ${phase}: ${this.first}`);
  }
}

/** Events a command's answer says it appended (CommandResult.events). */
export function eventsIn(body: string): number {
  return (JSON.parse(body) as CommandResult).events.length;
}

/**
 * autocannon (programmatic API) against the app: `connections` keep-alive connections, each sending the next
 * request as soon as the previous answer arrives (a closed loop, as the harness's workers are). An operation
 * is one 2xx answer, its latency autocannon's response time, and its events those the answer lists. Any
 * other answer or a socket error fails the measurement: a benchmark of refusals measures nothing.
 */
export function autocannonDriver(
  app: Pick<BenchApp, 'baseUrl' | 'port'>,
  source: CommandSource,
  connections: number,
): Driver {
  return ({ phase, durationMs, record, tally }) =>
    new Promise((resolve, reject) => {
      const refusals = new Refusals();
      const start = performance.now();
      const deadline = start + durationMs;
      let ok = 0;
      let events = 0;
      // autocannon hands the body to onResponse and then, synchronously, emits 'response' with the latency
      let answered = 0;
      const instance = autocannon(
        {
          url: app.baseUrl,
          connections,
          duration: durationMs / 1000,
          sampleInt: 50,
          timeout: 30,
          requests: [
            {
              setupRequest: (request) => ({ ...request, ...source.next() }),
              onResponse: (status, body) => {
                if (isSuccess(status)) answered = eventsIn(body);
                else refusals.note(status, body, tally);
              },
            },
          ],
        },
        (error, result) => {
          if (error) return reject(error);
          try {
            refusals.check(phase);
            if (result.errors > 0)
              throw new Error(
                `${result.errors} request(s) failed at the socket (${result.timeouts} timed out) during the ${phase}`,
              );
          } catch (failure) {
            return reject(failure);
          }
          resolve({ ops: ok, events, elapsedMs: Math.min(performance.now(), deadline) - start });
        },
      );
      instance.on('response', (_client, status, _bytes, responseTimeMs) => {
        // answers after the deadline (autocannon stops at its next 50 ms tick) are not counted
        if (performance.now() > deadline || !isSuccess(status)) return;
        ok++;
        events += answered;
        record(responseTimeMs);
      });
    });
}

/** Sends one request on a keep-alive agent; answers the status and the body. */
function send(agent: Agent, app: BenchApp, spec: HttpRequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port: app.port,
        method: spec.method,
        path: spec.path,
        headers: { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

/**
 * An open loop at a fixed rate: `fire` every 1000 / `rate` ms for `durationMs`, on time whether or not earlier
 * calls have finished (autocannon's own rate limit sends each second's quota in a burst, which is not a steady
 * load). Resolves when every call has settled; fails with the first failure.
 */
export async function paced(rate: number, durationMs: number, fire: () => Promise<void>): Promise<void> {
  const interval = 1000 / rate;
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (let i = 0; !failure; i++) {
    const due = start + i * interval;
    if (due >= start + durationMs) break;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const p: Promise<void> = fire().then(
      () => void inFlight.delete(p),
      (error: unknown) => {
        inFlight.delete(p);
        failure ??= { error };
      },
    );
    inFlight.add(p);
    if (inFlight.size > Math.max(100, rate * 5))
      failure ??= {
        error: new Error(
          `Over ${inFlight.size} calls in flight at ${rate}/s: the subject cannot keep up with this rate`,
        ),
      };
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
}

/**
 * HTTP commands at a fixed rate (see paced) on a keep-alive agent. An operation is one 2xx answer; its latency
 * is the request's round trip unless `onAnswer` is given, which then gets each answer's position, the moment it
 * arrived and its round trip, and records what it measures itself. `drain` runs before the driver answers (to wait
 * for what onAnswer started). Any other answer fails the measurement.
 */
export function pacedHttpDriver(
  app: BenchApp,
  source: CommandSource,
  rate: number,
  options: {
    onAnswer?: (answer: { position: string; arrivedAt: number; roundTripMs: number }, run: DriverRun) => void;
    drain?: () => Promise<void>;
  } = {},
): Driver {
  return async (run) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const refusals = new Refusals();
    let ok = 0;
    let events = 0;
    try {
      await paced(rate, run.durationMs, async () => {
        const sent = performance.now();
        const { status, body } = await send(agent, app, source.next());
        const arrived = performance.now();
        if (!isSuccess(status)) return refusals.note(status, body, run.tally);
        ok++;
        const answer = JSON.parse(body) as CommandResult;
        events += answer.events.length;
        const position = answer.position;
        if (!options.onAnswer) run.record(arrived - sent);
        else if (position) options.onAnswer({ position, arrivedAt: arrived, roundTripMs: arrived - sent }, run);
        else run.tally.add('answers without a position');
      });
      await options.drain?.();
    } finally {
      agent.destroy();
    }
    refusals.check(run.phase);
    // the schedule's span: answers still arriving after it are counted, so ops/s comes out at the rate sent
    return { ops: ok, events, elapsedMs: run.durationMs };
  };
}
