import { type Type, applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { CommandResultSchema } from './command-result.schema.js';
import { IdempotencyKeyHeader } from './idempotency-key.header.js';
import { ProblemResponses, type ProblemStatus } from './problem-responses.decorator.js';

type Common = {
  summary: string;
  description?: string;
  /** the route names something by id (a path parameter): 404 when nothing has it */
  byId?: boolean;
  /** a public route: no bearer token, so no 401 or 403 */
  isPublic?: boolean;
  /** further problem statuses this route answers */
  problems?: ProblemStatus[];
};

export type CommandOptions = Common & {
  /** 200 for a step on something that exists, 201 for what creates it, 202 for the ballot box */
  status: 200 | 201 | 202;
  /** the answer's schema; CommandResult unless the command answers more */
  response?: Type<unknown>;
  /** false for a command sent without a body (no 413, no 415) */
  hasBody?: boolean;
  /** false where the route refuses an Idempotency-Key (the secret ballot) */
  idempotent?: boolean;
};

export type QueryOptions = Common & {
  /** the answer's schema: a class, or [Class] for a list */
  response: Type<unknown> | [Type<unknown>];
  /** the route waits for its read models when sent X-Read-After (it has @ReadsFrom) */
  readAfter?: boolean;
  /** the route validates query parameters: 400 when one breaks a rule */
  validatesQuery?: boolean;
  /** false where the answer is built without the database (no 503) */
  usesDatabase?: boolean;
};

const READ_AFTER = ApiHeader({
  name: 'X-Read-After',
  required: false,
  description:
    "a command's `position`: the query waits until its read models include it (503 PROJECTION.NOT_CAUGHT_UP past the bound)",
  schema: { type: 'string', pattern: '^(pg|kdb):\\d+:\\d+$', example: 'pg:1042:0' },
});

/**
 * A command: appends events and answers where they landed. Declares its success body, the optional
 * Idempotency-Key, and every problem a command can meet (validation, auth, conflict, refusal, outage).
 */
export function CommandOperation(options: CommandOptions) {
  const response = options.response ?? CommandResultSchema;
  const hasBody = options.hasBody ?? true;
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiExtraModels(response),
    ApiResponse({
      status: options.status,
      description: 'the command was carried out',
      content: { 'application/json': { schema: { $ref: getSchemaPath(response) } } },
    }),
    ...((options.idempotent ?? true) ? [IdempotencyKeyHeader()] : []),
    ProblemResponses(
      400,
      ...(options.isPublic ? [] : ([401, 403] as const)),
      ...(hasBody ? ([413, 415] as const) : []),
      ...((options.byId ?? true) ? ([404] as const) : []),
      409,
      422,
      429,
      503,
      ...(options.problems ?? []),
    ),
  );
}

/** A query: reads projections or the event log, changes nothing, takes no Idempotency-Key. */
export function QueryOperation(options: QueryOptions) {
  const type = Array.isArray(options.response) ? options.response[0] : options.response;
  const ref = { $ref: getSchemaPath(type) };
  const schema = Array.isArray(options.response) ? { type: 'array' as const, items: ref } : ref;
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiExtraModels(type),
    ApiResponse({ status: 200, description: 'the answer', content: { 'application/json': { schema } } }),
    ...(options.readAfter ? [READ_AFTER] : []),
    ProblemResponses(
      ...(options.isPublic ? [] : ([401, 403] as const)),
      ...(options.validatesQuery ? ([400] as const) : []),
      ...(options.byId ? ([404] as const) : []),
      ...(options.readAfter ? ([422, 503] as const) : []),
      ...((options.usesDatabase ?? true) ? ([503] as const) : []),
      429,
      ...(options.problems ?? []),
    ),
  );
}

/** A query whose answer is a file or a page rather than JSON (templates, the printable packet). */
export function FileQueryOperation(options: Omit<QueryOptions, 'response'> & { mediaType: string; binary: boolean }) {
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiResponse({
      status: 200,
      description: 'the document',
      content: { [options.mediaType]: { schema: { type: 'string', ...(options.binary ? { format: 'binary' } : {}) } } },
    }),
    ...(options.readAfter ? [READ_AFTER] : []),
    ProblemResponses(
      ...(options.isPublic ? [] : ([401, 403] as const)),
      ...(options.validatesQuery ? ([400] as const) : []),
      ...(options.byId ? ([404] as const) : []),
      ...(options.readAfter ? ([422, 503] as const) : []),
      ...((options.usesDatabase ?? true) ? ([503] as const) : []),
      429,
      ...(options.problems ?? []),
    ),
  );
}
