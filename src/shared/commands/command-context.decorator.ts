import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../domain/decider.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.interceptor.js';
import type { AnswerSlot, CommandContext } from './command-context.js';

export const CAUSATION_HEADER = 'x-causation-id';

type Request = {
  headers: Record<string, string | undefined>;
  actor?: Actor;
  correlationId?: string;
  idempotentAnswer?: AnswerSlot;
};

/**
 * The command's context from the request: the authenticated actor, the correlation id, the causation id
 * (the caller's, else the correlation) and a command id that is the same for a repeated Idempotency-Key.
 */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext => {
  const request = host.switchToHttp().getRequest<Request>();
  const actor = request.actor;
  if (!actor) throw new Error('Ctx used on a route without an authenticated actor');
  const key = request.headers[IDEMPOTENCY_HEADER];
  const commandId = key ? uuidFrom(`${actor.id}:${key}`) : randomUUID();
  const correlationId = request.correlationId ?? randomUUID();
  const causationId = request.headers[CAUSATION_HEADER] ?? correlationId;
  const answer = request.idempotentAnswer;
  return { commandId, correlationId, causationId, actor, ...(answer ? { answer } : {}) };
});

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
