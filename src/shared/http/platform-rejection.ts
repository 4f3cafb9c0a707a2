/** Fastify's error codes for a body it would not read, by the problem code they are answered with. */
const CODE_BY_FASTIFY_ERROR: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  // the router's own refusals (answered by answerFrameworkError): bad percent-encoding, a parameter over 100 chars
  FST_ERR_BAD_URL: 'REQUEST.MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'REQUEST.URI_TOO_LONG',
};

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'REQUEST.MALFORMED',
  404: 'REQUEST.NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  408: 'REQUEST.TIMEOUT',
  413: 'REQUEST.TOO_LARGE',
  414: 'REQUEST.URI_TOO_LONG',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST.HEADERS_TOO_LARGE',
};

const fastifyCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * A request refused by the framework rather than by a rule: Fastify before the route runs (Nest hands those
 * over as an HttpException whose cause is Fastify's error), or a Nest HttpException. Undefined for a 5xx or
 * anything else: that is a bug.
 */
export function platformRejection(error: unknown, httpStatus?: number): { status: number; code: string } | undefined {
  const status = httpStatus ?? (error as { statusCode?: unknown })?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const cause = (error as { cause?: unknown })?.cause;
  const code =
    CODE_BY_FASTIFY_ERROR[fastifyCode(cause) ?? fastifyCode(error) ?? ''] ??
    CODE_BY_STATUS[status] ??
    'REQUEST.HTTP_ERROR';
  return { status, code };
}

/** Every code platformRejection answers with: the catalogue covers each (see the catalogue spec). */
export const PLATFORM_REJECTION_CODES: readonly string[] = [
  ...new Set([...Object.values(CODE_BY_FASTIFY_ERROR), ...Object.values(CODE_BY_STATUS), 'REQUEST.HTTP_ERROR']),
];
