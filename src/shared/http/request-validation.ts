import { ValidationPipe, type ValidationError } from '@nestjs/common';

export type FieldError = { field: string; rule: string; message: string };

/** A request body or query that breaks a declared rule: names every field and rule at fault. */
export class RequestInvalid extends Error {
  readonly code = 'REQUEST.INVALID';
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'RequestInvalid';
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting, no unknown fields, and conversion into the DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestInvalid(flatten(errors)),
  });
}
