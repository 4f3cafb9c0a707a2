import { ValidationPipe } from '@nestjs/common';
import { ValidationError, type ValidatorOptions, getMetadataStorage } from 'class-validator';
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

/**
 * Every property validated as one nested object that holds a list instead, at any depth. class-validator's
 * ValidateNested checks a list element by element, so `"policy": [{}]` passed for `policy: PolicyChangesDto`
 * and was written (issue 16, hostile input). The declared type (emitted decorator metadata) says which is meant.
 */
function listsWhereObjectsAre(value: unknown, prefix = '', depth = 0): ValidationError[] {
  if (!value || typeof value !== 'object' || depth > 32) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => listsWhereObjectsAre(item, `${prefix}${i}.`, depth + 1));
  const target = value.constructor;
  if (target === Object) return [];
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.type === 'nestedValidation');
  return [...new Set(nested.map((m) => m.propertyName))].flatMap((property) => {
    const inner = (value as Record<string, unknown>)[property];
    const declared: unknown = Reflect.getMetadata('design:type', target.prototype, property);
    if (Array.isArray(inner) && declared !== Array) {
      return [
        Object.assign(new ValidationError(), {
          property: `${prefix}${property}`,
          constraints: { isObject: `${prefix}${property} must be an object` },
          children: [],
        }),
      ];
    }
    return listsWhereObjectsAre(inner, `${prefix}${property}.`, depth + 1);
  });
}

/** Nest's ValidationPipe, with the one check class-validator lacks: an object where the DTO declares an object. */
class RequestValidationPipe extends ValidationPipe {
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const reported = new Set(errors.map((e) => e.property));
    return [...errors, ...listsWhereObjectsAre(object).filter((e) => !reported.has(e.property.split('.')[0]!))];
  }
}

/** Whitelisting, no unknown fields, and conversion into the DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // the target lets a message name the bound a rule was declared with; it never leaves the server
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestInvalid(flatten(errors)),
  });
}
