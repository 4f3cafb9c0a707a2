import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchApp } from './app.js';
import type { Driver, Tally } from './types.js';

/** One HTTP request, ready to send. */
export type HttpRequestSpec = Readonly<{ method: 'POST' | 'PUT' | 'PATCH'; path: string; headers: Readonly<Record<string, string>>; body: string }>;

/** A stream of fresh commands over HTTP, each with its own Idempotency-Key, made by an HttpCommand's prepare(). */
export type CommandSource = Readonly<{
  next(): HttpRequestSpec;
  /**
   * The same command sent in-process, straight to the command bus (no HTTP, no validation, no JWT, no
   * idempotency record): for the diagnostic that splits the HTTP layer from the command pipeline.
   */
  inProcess?: () => Promise<unknown>;
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
  /** Events one successful request appends. */
  eventsPerRequest: number;
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
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
};
type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

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

/**
 * autocannon (programmatic API) against the app: `connections` keep-alive connections, each sending the next
 * request as soon as the previous answer arrives (a closed loop, as the harness's workers are). An operation
 * is one 2xx answer and its latency autocannon's response time. Any other answer or a socket error fails
 * the measurement: a benchmark of refusals measures nothing.
 */
export function autocannonDriver(app: BenchApp, source: CommandSource, connections: number, eventsPerRequest: number): Driver {
  return ({ phase, durationMs, record, tally }) =>
    new Promise((resolve, reject) => {
      const refusals = new Refusals();
      const start = performance.now();
      const deadline = start + durationMs;
      let ok = 0;
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
                if (!isSuccess(status)) refusals.note(status, body, tally);
              },
            },
          ],
        },
        (error, result) => {
          if (error) return reject(error);
          try {
            refusals.check(phase);
            if (result.errors > 0) throw new Error(`${result.errors} request(s) failed at the socket (${result.timeouts} timed out) during the ${phase}`);
          } catch (failure) {
            return reject(failure);
          }
          resolve({ ops: ok, events: ok * eventsPerRequest, elapsedMs: Math.min(performance.now(), deadline) - start });
        },
      );
      instance.on('response', (_client, status, _bytes, responseTimeMs) => {
        // answers after the deadline (autocannon stops at its next 50 ms tick) are not counted
        if (performance.now() > deadline || !isSuccess(status)) return;
        ok++;
        record(responseTimeMs);
      });
    });
}

/** What a command's answer carries (CommandResult). */
type CommandAnswer = Readonly<{ position: string | null }>;

/** Sends one request on a keep-alive agent; answers the status and the body. */
function send(agent: Agent, app: BenchApp, spec: HttpRequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: '127.0.0.1', port: app.port, method: spec.method, path: spec.path, headers: { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) } },
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
 * An open loop at a fixed rate: one request every 1000 / `rate` ms, on time whether or not earlier ones have
 * answered (autocannon's own rate limit sends each second's quota in a burst, which is not a steady load).
 * `onAnswer` gets each 2xx answer's position and the moment it arrived. An operation is one 2xx answer and
 * its latency the request's round trip, unless `recordLatency` is false (the caller records something else).
 */
export function pacedDriver(
  app: BenchApp,
  source: CommandSource,
  rate: number,
  eventsPerRequest: number,
  options: { onAnswer?: (position: string, arrivedAt: number, phase: 'warmup' | 'measure') => void; recordLatency?: boolean; maxSockets?: number } = {},
): Driver {
  return async ({ phase, durationMs, record, tally }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
    const refusals = new Refusals();
    const interval = 1000 / rate;
    const start = performance.now();
    const inFlight = new Set<Promise<void>>();
    let ok = 0;
    let failure: unknown;
    try {
      for (let i = 0; failure === undefined; i++) {
        const due = start + i * interval;
        if (due >= start + durationMs) break;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        const spec = source.next();
        const sent = performance.now();
        const p: Promise<void> = send(agent, app, spec).then(
          ({ status, body }) => {
            const arrived = performance.now();
            inFlight.delete(p);
            if (!isSuccess(status)) return refusals.note(status, body, tally);
            ok++;
            if (options.recordLatency !== false) record(arrived - sent);
            const position = (JSON.parse(body) as CommandAnswer).position;
            if (position) options.onAnswer?.(position, arrived, phase);
            else tally.add('answers without a position');
          },
          (error: unknown) => {
            inFlight.delete(p);
            failure ??= error;
          },
        );
        inFlight.add(p);
        if (inFlight.size > rate * 10) throw new Error(`More than ${rate * 10} requests in flight at ${rate}/s: the app cannot keep up with this rate`);
      }
      await Promise.all(inFlight);
    } finally {
      agent.destroy();
    }
    if (failure !== undefined) throw failure;
    refusals.check(phase);
    // the schedule's span: answers still arriving after it are counted, so ops/s comes out at the rate sent
    return { ops: ok, events: ok * eventsPerRequest, elapsedMs: durationMs };
  };
}
