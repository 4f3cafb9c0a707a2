import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { type Language, languageOf } from '../i18n/language.js';
import { CORRELATION_HEADER, assignCorrelationId } from './correlation.interceptor.js';
import { translate } from '../i18n/translate.js';
import { platformRejection } from './platform-rejection.js';
import { PROBLEM_CONTENT_TYPE, contentLanguage, problem } from './problem.js';
import { RequestInvalid } from './request-validation.js';

/** The longest URL (path and query) the API reads: a longer one is 414 REQUEST.URI_TOO_LONG. */
export const MAX_URL_LENGTH = 8 * 1024;
/** The deepest a JSON body may nest: no route takes more than a few levels, and deeper ones overflowed the stack. */
export const MAX_BODY_DEPTH = 32;

/** A URL longer than MAX_URL_LENGTH, refused before routing. */
export class UriTooLong extends Error {
  readonly statusCode = 414;
  readonly code = 'REQUEST.URI_TOO_LONG';
  constructor(length: number) {
    super(`The URL is ${length} characters long; at most ${MAX_URL_LENGTH} are read`);
    this.name = 'UriTooLong';
  }
}

/** A NUL (PostgreSQL refuses it in text) or half a surrogate pair (not text at all): no field may carry one. */
const ILL_FORMED = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Rule = ConstructorParameters<typeof RequestInvalid>[0][number];

/**
 * The rules a request's parameters, query or JSON body break whatever the route (the first ten): a string no
 * database takes (a NUL byte, a lone surrogate), or a body nested deeper than MAX_BODY_DEPTH. Walked without
 * recursion, so a hostile body cannot overflow the stack here either.
 */
export function illFormedInput(parts: { params?: unknown; query?: unknown; body?: unknown }): Rule[] {
  const broken: Rule[] = [];
  const entries = (value: unknown) =>
    value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
  // Parameters and query fields are named alone (`organisationId`), body fields by their path (`excluded.0.reason`).
  const stack: Array<{ value: unknown; field: string; depth: number }> = [
    ...entries(parts.params).map(([field, value]) => ({ value, field, depth: 1 })),
    ...entries(parts.query).map(([field, value]) => ({ value, field, depth: 1 })),
    { value: parts.body, field: '', depth: 0 },
  ];
  const fail = (field: string, rule: string, limit?: number) =>
    broken.push({ field: field || 'body', rule, ...(limit === undefined ? {} : { limit }), ownMessage: '' });
  while (stack.length > 0 && broken.length < 10) {
    const { value, field, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (ILL_FORMED.test(value)) fail(field, 'wellFormedText');
      continue;
    }
    if (!value || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= MAX_BODY_DEPTH) {
      fail(field, 'maxDepth', MAX_BODY_DEPTH);
      continue;
    }
    for (const [key, inner] of Object.entries(value)) {
      const path = field ? `${field}.${key}` : key;
      if (ILL_FORMED.test(key)) fail(path.replace(new RegExp(ILL_FORMED, 'g'), '\uFFFD'), 'wellFormedText');
      else stack.push({ value: inner, field: path, depth: depth + 1 });
    }
  }
  return broken;
}

/**
 * Guards every route against input no rule of its own would think of (issue 16, hostile input): an overlong
 * URL is refused before routing, and once the body is parsed, a NUL byte or a lone surrogate in a path
 * parameter, the query or the body, or a body nested too deeply, is a 400 naming the field, before any
 * validation, guard or handler runs. Without it PostgreSQL refused the NUL (a 500) and class-transformer
 * overflowed the stack on the nesting (a 500).
 */
export function guardRequests(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) throw new UriTooLong(request.url.length);
  });
  fastify.addHook('preValidation', async (request) => {
    const broken = illFormedInput({ params: request.params, query: request.query, body: request.body });
    if (broken.length > 0) throw new RequestInvalid(broken);
  });
}

function problemBody(status: number, code: string, language: Language, instance?: string) {
  const { title, detail } = translate(code, language, {});
  return { ...problem(status, code, title, detail), ...(instance ? { instance } : {}) };
}

/**
 * Fastify's router answers a malformed URL (400) and an overlong path parameter (414) before any hook or
 * filter runs, as plain JSON by default: this answers them as the problem+json every other error is.
 */
export function answerFrameworkError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const rejection = platformRejection(error) ?? { status: 400, code: 'REQUEST.MALFORMED' };
  const language = languageOf(request.headers?.['accept-language']);
  // No hook ran: the correlation id and helmet's nosniff are set here, as they are on every other answer.
  const correlationId = assignCorrelationId(request as unknown as Parameters<typeof assignCorrelationId>[0]);
  reply
    .code(rejection.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', contentLanguage(language))
    .header(CORRELATION_HEADER, correlationId)
    .header('x-content-type-options', 'nosniff')
    .send({ ...problemBody(rejection.status, rejection.code, language, request.url), correlationId });
}

/** Node's parser errors by the status they are answered with (their codes are platformRejection's). */
const CLIENT_ERRORS: Readonly<Record<string, { status: number; reason: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout' },
};

/** The Accept-Language of a request Node could not parse, read from the bytes it had (Chinese when absent). */
function languageOfRaw(raw: unknown): Language {
  const head = Buffer.isBuffer(raw) ? raw.subarray(0, 64 * 1024).toString('latin1') : '';
  const header = /\r\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(head);
  return languageOf(header?.[1]);
}

/**
 * A request Node's HTTP parser refused (headers over its limit: 431; too slow: 408; unreadable: 400): written
 * straight to the socket as problem+json, since no request object exists, and the connection closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, reason: 'Bad Request' };
  const { code } = platformRejection({ statusCode: known.status })!;
  const language = languageOfRaw((error as { rawPacket?: unknown }).rawPacket);
  const body = JSON.stringify(problemBody(known.status, code, language));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${known.reason}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
        `Content-Language: ${contentLanguage(language)}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
