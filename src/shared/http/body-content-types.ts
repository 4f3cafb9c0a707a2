import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

export const JSON_TYPE = 'application/json';

/**
 * The body types a route takes, when not JSON (the roll import takes CSV and XLSX). Fastify parses any type
 * it has a parser for, on every route, and Nest binds whatever came out: a text/plain string reached the
 * JSON validation as "every field is missing". So each route declares what it takes and the rest is refused.
 * It is the handler's Fastify route config: a route that needs more config adds it here rather than with a
 * second RouteConfig, which would replace this one.
 */
export const ConsumesBody = (...types: string[]) => RouteConfig({ consumes: types });

/** A body whose Content-Type the route does not take: 415, naming the types it does. */
export class UnsupportedMediaType extends Error {
  readonly code = 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
  constructor(
    readonly accepted: readonly string[],
    received: string,
  ) {
    super(`This route takes ${accepted.join(' or ')}, not ${received}`);
    this.name = 'UnsupportedMediaType';
  }
}

type RequestLike = {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  is404?: boolean;
  routeOptions?: { config?: { consumes?: readonly string[] } };
};

export const mediaTypeOf = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

/** The types a request's route takes, or undefined when the request carries no body to judge. */
function refusedBody(request: RequestLike): { accepted: readonly string[]; received: string } | undefined {
  const contentType = request.headers['content-type'];
  // Fastify reads no body of a GET or HEAD, and an unknown path is a 404 whatever it carries.
  if (typeof contentType !== 'string' || request.is404 || request.method === 'GET' || request.method === 'HEAD')
    return undefined;
  const length = request.headers['content-length'];
  if (request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return undefined;
  const accepted = request.routeOptions?.config?.consumes ?? [JSON_TYPE];
  const received = mediaTypeOf(contentType);
  return accepted.includes(received) ? undefined : { accepted, received };
}

/** Refuses, before reading it, a body of a type the route does not declare (JSON unless ConsumesBody says). */
export function rejectUnsupportedBodies(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    const refused = refusedBody(request as unknown as RequestLike);
    if (refused) throw new UnsupportedMediaType(refused.accepted, refused.received);
    return payload;
  });
}
