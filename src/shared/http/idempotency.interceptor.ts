import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AnswerSlot } from '../commands/command-context.js';
import type { AppConfig } from '../config/app-config.js';
import { DomainError } from '../domain/domain-error.js';
import { APP_CONFIG } from '../tokens.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

const ANSWERED_WITH_APPEND = 'charter:answered-with-append';

/**
 * For a route that answers with its one command's result, with the status its @HttpCode names: the answer to an Idempotency-Key is written by
 * the command's append, in its transaction (issue 15: a statement fewer per command, and no answered events left
 * without their answer by a crash). A route that runs more than one command, or answers with anything else, must
 * not have it: the answer sent would still be the one kept, but a crash between two appends would leave the first
 * one's answer to replay.
 */
export const AnswerWithTheAppend = () => SetMetadata(ANSWERED_WITH_APPEND, true);

export class IdempotencyKeyReused extends DomainError {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  readonly kind = 'invalid' as const;
}

export class IdempotentRequestInProgress extends DomainError {
  readonly code = 'IDEMPOTENCY.IN_PROGRESS';
  readonly kind = 'conflict' as const;
}

export class IdempotencyKeyMalformed extends DomainError {
  readonly code = 'IDEMPOTENCY.KEY_MALFORMED';
  readonly kind = 'invalid' as const;
}

type CommandRequest = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  actor?: { id: string };
  /** read by the command context (Ctx) */
  idempotentAnswer?: AnswerSlot;
};

/**
 * `Idempotency-Key` on a command: the first response is kept and a repeat gets it again without running the
 * command twice; the same key with another body is refused. Keys are scoped to the caller. A claim left unanswered
 * for IDEMPOTENCY_CLAIM_TIMEOUT_MS is one whose server died mid-command: a repeat takes it over and runs the command
 * again, decided on the log as it now is.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<CommandRequest>();
    const raw = request.headers[IDEMPOTENCY_HEADER];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (request.method === 'GET' || key === undefined) return next.handle();
    return from(this.once(context, request, key, next));
  }

  private async once(
    context: ExecutionContext,
    request: CommandRequest,
    key: string,
    next: CallHandler,
  ): Promise<unknown> {
    if (!/^[\w.:-]{8,200}$/.test(key)) {
      throw new IdempotencyKeyMalformed('Idempotency-Key must be 8 to 200 letters, digits, or . _ : -', {
        field: 'Idempotency-Key',
      });
    }
    const actor = request.actor?.id ?? 'anonymous';
    const body = request.body;
    // A file upload arrives as bytes: hash them as they are; a JSON body is hashed with its keys in a stable order.
    const content = Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(sortKeys(body ?? null));
    const requestHash = createHash('sha256').update(`${request.method} ${request.url} `).update(content).digest('hex');
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO http_idempotency (actor_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [actor, key, requestHash],
    );
    if (claimed.length === 0 && !(await this.takeOverAbandoned(actor, key, requestHash)))
      return this.replay(context, actor, key, requestHash);
    // the status the route answers with, as its @HttpCode declares it (a marked route without one is left alone)
    const handler = context.getHandler();
    const answeredStatus = this.reflector.get<true | undefined>(ANSWERED_WITH_APPEND, handler)
      ? this.reflector.get<number | undefined>(HTTP_CODE_METADATA, handler)
      : undefined;
    const slot: AnswerSlot | undefined =
      answeredStatus === undefined ? undefined : { actorId: actor, key, statusCode: answeredStatus, appends: 0 };
    request.idempotentAnswer = slot;
    try {
      const response = await lastValueFrom(next.handle(), { defaultValue: null });
      // the command's append kept this very answer: nothing is left to write
      if (slot && slot.appends === 1 && slot.answered !== undefined && slot.answered === response) return response;
      const status = context.switchToHttp().getResponse<{ statusCode: number }>().statusCode;
      await this.db.query(
        `UPDATE http_idempotency SET status_code = $3, response = $4 WHERE actor_id = $1 AND key = $2`,
        [actor, key, status, JSON.stringify(response ?? null)],
      );
      return response;
    } catch (error) {
      // A refused command changed nothing: free the key so a corrected request can use it.
      await this.db.query(`DELETE FROM http_idempotency WHERE actor_id = $1 AND key = $2`, [actor, key]);
      throw error;
    }
  }

  /** Claims the key again when the request that held it never answered and its claim is older than the bound. */
  private async takeOverAbandoned(actor: string, key: string, requestHash: string): Promise<boolean> {
    const taken: [unknown[], number] = await this.db.query(
      `UPDATE http_idempotency SET claimed_at = now()
        WHERE actor_id = $1 AND key = $2 AND request_hash = $3 AND status_code IS NULL
          AND claimed_at < now() - make_interval(secs => $4::double precision / 1000)`,
      [actor, key, requestHash, this.config.idempotencyClaimTimeoutMs],
    );
    return taken[1] === 1;
  }

  private async replay(context: ExecutionContext, actor: string, key: string, requestHash: string): Promise<unknown> {
    const rows: Array<{ request_hash: string; status_code: number | null; response: unknown }> = await this.db.query(
      `SELECT request_hash, status_code, response FROM http_idempotency WHERE actor_id = $1 AND key = $2`,
      [actor, key],
    );
    const row = rows[0];
    if (!row) throw new IdempotentRequestInProgress(`A request with Idempotency-Key ${key} failed; send it again`);
    if (row.request_hash !== requestHash) {
      throw new IdempotencyKeyReused(`Idempotency-Key ${key} was used for a different request`, {
        field: 'Idempotency-Key',
      });
    }
    if (row.status_code === null)
      throw new IdempotentRequestInProgress(`The request with Idempotency-Key ${key} is still running`);
    const reply = context
      .switchToHttp()
      .getResponse<{ status(code: number): unknown; header(n: string, v: string): unknown }>();
    reply.status(row.status_code);
    reply.header('idempotent-replayed', 'true');
    return row.response;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
