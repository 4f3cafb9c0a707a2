import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem.js';
import { FieldErrorSchema, ProblemSchema } from './problem.schema.js';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const MEANING: Record<ProblemStatus, string> = {
  400: 'The request is not valid (REQUEST.INVALID): `errors` names each field and rule',
  401: 'No valid bearer token (AUTH.*)',
  403: 'The token holds no role allowed here, for this organisation',
  404: 'Nothing has this id (or the caller may not see it)',
  409: 'Conflicts with the current state, or was changed concurrently: reload and retry',
  413: 'The body is too large',
  415: 'The body is not of a content type this route takes',
  422: 'Well formed, but a rule of the charter or the API refuses it: see `code`',
  429: 'Too many requests: wait for Retry-After',
  503: 'The database cannot be reached, or the read model has not reached X-Read-After in time: retry after Retry-After',
};

/** Error responses as application/problem+json, all with the one shared `Problem` schema. */
export const ProblemResponses = (...statuses: ProblemStatus[]) =>
  applyDecorators(
    ApiExtraModels(ProblemSchema, FieldErrorSchema),
    ...[...new Set(statuses)].sort().map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemSchema) } } },
      }),
    ),
  );
