import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { Language } from '../i18n/language.js';
import { type FieldRule, RULE_PRIORITY, fieldMessage } from '../i18n/validation-messages.js';

export type FieldError = { field: string; rule: string; message: string };

/**
 * A request body or query that breaks a declared rule: one entry per field, the first rule it breaks. The
 * rules are kept, not sentences, so the answer is worded in the caller's language.
 */
export class RequestInvalid extends Error {
  readonly code = 'REQUEST.INVALID';
  constructor(readonly rules: readonly FieldRule[]) {
    super(rules.map((r) => fieldMessage(r, 'en')).join('; '));
    this.name = 'RequestInvalid';
  }

  errorsIn(language: Language): FieldError[] {
    return this.rules.map((r) => ({ field: r.field, rule: r.rule, message: fieldMessage(r, language) }));
  }
}

/** The argument a decorator was given (maxLength(64) → 64), read from class-validator's own metadata. */
function limitOf(error: ValidationError, rule: string): unknown {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  const constraint = metadata?.constraints?.[0];
  return constraint instanceof RegExp ? undefined : constraint;
}

function firstBroken(constraints: Record<string, string>): string | undefined {
  const rules = Object.keys(constraints);
  return RULE_PRIORITY.find((rule) => rules.includes(rule)) ?? rules[0];
}

function flatten(errors: ValidationError[], parent = ''): FieldRule[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const rule = firstBroken(error.constraints ?? {});
    // A field that is itself wrong is named once; its children are looked at only when it is well-formed.
    if (rule) return [{ field, rule, limit: limitOf(error, rule), ownMessage: error.constraints![rule]! }];
    return flatten(error.children ?? [], field);
  });
}

/** Whitelisting, no unknown fields, and conversion into the DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // the target lets a message name the bound a rule was declared with; it never leaves the server
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestInvalid(flatten(errors)),
  });
}
