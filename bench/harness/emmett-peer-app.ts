import { isExpectedVersionConflictError, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import type { PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { createSigner, createVerifier } from 'fast-jwt';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { emmettStore } from './emmett-appenders.js';
import type { CommandSource } from './http-load.js';
import type { BenchDatabase } from './types.js';

/**
 * Issue 15's HTTP peer: the core of Charter's check-in in a minimal Fastify 5 app, written from the libraries'
 * documented APIs: verify an HS256 JWT (fast-jwt), validate the body (Fastify's JSON schema), read the sitting's
 * stream from Emmett's PostgreSQL store, fold it, refuse a delegate off the roll or already in (409), append one
 * event with the expected version, retried on a conflict. Left out against Charter: the idempotency record, the
 * hash chain and audit metadata, the roles and the organisation of the grant, the quorum events, the projections
 * (read models, ledger, checkpoints), metrics, Helmet, rate limits and problem+json.
 */
export type PeerApp = Readonly<{ baseUrl: string; port: number; close: () => Promise<void> }>;

const SECRET = 'bench-peer-secret-of-thirty-two-bytes!';
const ROLL = 20;
/** Charter's source keeps a sitting below its quorum of 14 of 20; the peer cycles the same number in and out. */
const CYCLE = 13;

type Sitting = { roll: Set<string>; present: Set<string> };
type SittingEvent =
  | { type: 'SittingOpened'; data: { sittingId: string; roll: string[] } }
  | { type: 'DelegateCheckedIn' | 'DelegateCheckedOut'; data: { sittingId: string; delegateId: string } };

const sittingStream = (sittingId: string) => `peer-sitting-${sittingId}`;
const delegateOf = (k: number) => `delegate-${k}`;

function evolve(state: Sitting, event: SittingEvent): Sitting {
  switch (event.type) {
    case 'SittingOpened':
      return { roll: new Set(event.data.roll), present: new Set() };
    case 'DelegateCheckedIn':
      return { ...state, present: new Set(state.present).add(event.data.delegateId) };
    case 'DelegateCheckedOut': {
      const present = new Set(state.present);
      present.delete(event.data.delegateId);
      return { ...state, present };
    }
  }
}

class Refused extends Error {}

async function decideAndAppend(
  store: PostgresEventStore,
  sittingId: string,
  delegateId: string,
  checkIn: boolean,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const read = await store.readStream<SittingEvent>(sittingStream(sittingId));
    if (!read.streamExists) throw new Refused('no such sitting');
    const initial: Sitting = { roll: new Set(), present: new Set() };
    const state = read.events.reduce((s, e) => evolve(s, e as SittingEvent), initial);
    if (!state.roll.has(delegateId)) throw new Refused('not on the roll');
    if (state.present.has(delegateId) === checkIn) throw new Refused(checkIn ? 'already in' : 'not in');
    try {
      await store.appendToStream<SittingEvent>(
        sittingStream(sittingId),
        [{ type: checkIn ? 'DelegateCheckedIn' : 'DelegateCheckedOut', data: { sittingId, delegateId } }],
        { expectedStreamVersion: read.currentStreamVersion },
      );
      return;
    } catch (error) {
      if (!isExpectedVersionConflictError(error) || attempt >= 10) throw error;
    }
  }
}

/** Starts the peer on its own database and opens `sittings` sittings of 20 delegates each. */
export async function startPeerApp(db: BenchDatabase, sittings: number): Promise<PeerApp & { source: CommandSource }> {
  const store = await emmettStore(db, 20);
  for (let s = 0; s < sittings; s++)
    await store.appendToStream<SittingEvent>(
      sittingStream(`s${s}`),
      [
        {
          type: 'SittingOpened',
          data: { sittingId: `s${s}`, roll: Array.from({ length: ROLL }, (_, k) => delegateOf(k)) },
        },
      ],
      { expectedStreamVersion: STREAM_DOES_NOT_EXIST },
    );
  const verify = createVerifier({ key: SECRET, algorithms: ['HS256'] });
  const app: FastifyInstance = Fastify({ logger: false });
  const body = {
    type: 'object',
    required: ['delegateId'],
    additionalProperties: false,
    properties: { delegateId: { type: 'string', minLength: 1, maxLength: 64 } },
  };
  for (const [path, checkIn] of [
    ['check-ins', true],
    ['check-outs', false],
  ] as const)
    app.post<{ Params: { sittingId: string }; Body: { delegateId: string } }>(
      `/sittings/:sittingId/${path}`,
      { schema: { body } },
      async (request, reply) => {
        try {
          verify((request.headers.authorization ?? '').replace(/^Bearer /, ''));
        } catch {
          return reply.code(401).send({ error: 'unauthorised' });
        }
        try {
          await decideAndAppend(store, request.params.sittingId, request.body.delegateId, checkIn);
        } catch (error) {
          if (error instanceof Refused) return reply.code(409).send({ error: error.message });
          throw error;
        }
        return { events: [checkIn ? 'DelegateCheckedIn' : 'DelegateCheckedOut'] };
      },
    );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const token = createSigner({ key: SECRET, algorithm: 'HS256' })({ sub: 'school-staff' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let n = 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      await app.close();
      await store.close();
    },
    source: {
      // round robin over the sittings; in each, delegates 0..12 check in, then out, again and again
      next: () => {
        const s = n % sittings;
        const step = Math.floor(n++ / sittings) % (2 * CYCLE);
        const checkIn = step < CYCLE;
        return {
          method: 'POST',
          path: `/sittings/s${s}/${checkIn ? 'check-ins' : 'check-outs'}`,
          headers,
          body: JSON.stringify({ delegateId: delegateOf(step % CYCLE) }),
        };
      },
    },
  };
}
