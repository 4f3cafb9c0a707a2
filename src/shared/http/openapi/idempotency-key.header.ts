import { ApiHeader } from '@nestjs/swagger';

/**
 * The keys the idempotency interceptor accepts (8 to 200 letters, digits, `.`, `_`, `:`, `-`). The document's
 * pattern and the interceptor's are held together by test/e2e/openapi-document.e2e-spec.ts, which probes both.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[\w.:-]{8,200}$/;

/** The optional `Idempotency-Key` of a command: a repeat gets the first answer, and changes nothing. */
export const IdempotencyKeyHeader = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Makes the command repeat-safe: a repeat with the same key returns the first answer (Idempotent-Replayed: true); ' +
      'the same key with another body is refused with 422 IDEMPOTENCY.KEY_REUSED. Keys are scoped to the caller.',
    schema: {
      type: 'string',
      pattern: IDEMPOTENCY_KEY_PATTERN.source,
      minLength: 8,
      maxLength: 200,
      example: 'b7f7c1d2-register-arts',
    },
  });
