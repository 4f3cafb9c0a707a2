import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { SecretBallotGuard } from '../../src/modules/voting/ballot-box/secret-ballot.guard.js';
import { PUBLIC_KEY } from '../../src/shared/auth/allow.decorator.js';
import { IDEMPOTENCY_KEY_PATTERN } from '../../src/shared/http/openapi/idempotency-key.header.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/** The key `ReadsFrom` stores its projections under (read-after.interceptor.ts keeps it private). */
const READ_MODELS_KEY = 'charter:read-models';
const PROBLEM_REF = '#/components/schemas/Problem';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  required?: string[];
};
type MediaType = { schema?: Schema };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
  security?: unknown[];
};
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

/** What the app itself says about a route: the truth the document is checked against. */
type Route = {
  method: string;
  path: string;
  status: number;
  isPublic: boolean;
  readsAfter: boolean;
  refusesIdempotencyKey: boolean;
};

let t: TestApp;
let doc: Document;
let routes: Route[];

beforeAll(async () => {
  t = await startTestApp();
  const response = await t.request<Document>('GET', '/api/docs-json');
  expect(response.status).toBe(200);
  doc = response.body;
  routes = appRoutes(t);
});
afterAll(() => t.close());

function appRoutes(app: TestApp): Route[] {
  const found: Route[] = [];
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      const classPublic = Reflect.getMetadata(PUBLIC_KEY, controller) === true;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (
          name === 'constructor' ||
          typeof handler !== 'function' ||
          Reflect.getMetadata(PATH_METADATA, handler) === undefined
        )
          continue;
        const path = `/${[base, Reflect.getMetadata(PATH_METADATA, handler) as string].join('/')}`
          .replace(/\/+/g, '/')
          .replace(/\/$/, '')
          .replace(/:(\w+)/g, '{$1}');
        const guards: unknown[] = Reflect.getMetadata(GUARDS_METADATA, handler) ?? [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]!.toLowerCase();
        found.push({
          method,
          path: path || '/',
          // Nest's own default when a handler sets no @HttpCode: 201 for POST, 200 for the rest.
          status: Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (method === 'post' ? 201 : 200),
          isPublic: classPublic || Reflect.getMetadata(PUBLIC_KEY, handler) === true,
          readsAfter: Array.isArray(Reflect.getMetadata(READ_MODELS_KEY, handler)),
          refusesIdempotencyKey: guards.includes(SecretBallotGuard),
        });
      }
    }
  }
  return found;
}

function resolve(schema: Schema | undefined, seen = new Set<string>()): Schema | undefined {
  if (!schema?.$ref) return schema;
  if (seen.has(schema.$ref)) return undefined;
  seen.add(schema.$ref);
  return resolve(doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')], seen);
}

/**
 * A schema a generator can turn into a type: not `{}`, not a bare `object`, not an array of those. With
 * `openRecords`, an object that says `additionalProperties: true` counts too: a deliberately open record (a read
 * model's stored JSON), where a bare `object` is what a `string | null` property becomes when nobody typed it.
 */
function isTyped(raw: Schema | undefined, openRecords = false): boolean {
  const schema = resolve(raw);
  if (!schema) return false;
  const nested = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (nested.length > 0) return nested.every((s) => isTyped(s, openRecords));
  if (schema.type === 'array') return isTyped(schema.items, openRecords);
  if (schema.type === 'object' || (!schema.type && schema.properties)) {
    const extra = schema.additionalProperties;
    if (openRecords && extra === true) return true;
    return (
      Object.keys(schema.properties ?? {}).length > 0 || (typeof extra === 'object' && isTyped(extra, openRecords))
    );
  }
  return typeof schema.type === 'string';
}

/** Every property, at any depth, that a generator could only type as `object` or `any`. */
function untypedProperties(
  raw: Schema | undefined,
  at: string,
  openRecords: boolean,
  seen = new Set<string>(),
): string[] {
  if (raw?.$ref) {
    if (seen.has(raw.$ref)) return [];
    seen.add(raw.$ref);
  }
  const schema = resolve(raw);
  if (!schema) return [`${at} (unresolvable)`];
  if (!isTyped(schema, openRecords)) return [at];
  const nested = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  return [
    ...nested.flatMap((s) => untypedProperties(s, at, openRecords, seen)),
    ...(schema.type === 'array' ? untypedProperties(schema.items, `${at}[]`, openRecords, seen) : []),
    ...Object.entries(schema.properties ?? {}).flatMap(([key, value]) =>
      untypedProperties(value, `${at}.${key}`, openRecords, seen),
    ),
    ...(typeof schema.additionalProperties === 'object'
      ? untypedProperties(schema.additionalProperties, `${at}.*`, openRecords, seen)
      : []),
  ];
}

function allRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allRefs);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : allRefs(inner),
  );
}

function operations(): Array<{ id: string; method: string; path: string; op: Operation; route: Route | undefined }> {
  return Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({
      id: `${method.toUpperCase()} ${path}`,
      method,
      path,
      op,
      route: routes.find((r) => r.method === method && r.path === path),
    })),
  );
}

function idempotencyHeader(op: Operation): Parameter | undefined {
  return op.parameters?.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
}

/** The problem statuses an operation must declare, from what the app does on that route. */
function requiredProblems(method: string, path: string, op: Operation, route: Route): number[] {
  const command = method !== 'get';
  return [
    ...(route.isPublic ? [] : [401, 403]),
    ...(op.requestBody ? [400, 413, 415] : []),
    ...(path.includes('{') ? [404] : []),
    ...(command ? [409, 422] : []),
    429,
    ...(command || route.readsAfter ? [503] : []),
  ];
}

describe('the OpenAPI document at /api/docs-json', () => {
  it('documents every route the app serves, and only those', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.readsAfter).length).toBeGreaterThan(5);
    const documented = operations()
      .map((o) => o.id)
      .sort();
    expect(documented).toEqual(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
  });

  it('has a Problem schema with every RFC 9457 member the problem filter sends', () => {
    const problemSchema = resolve({ $ref: PROBLEM_REF });
    expect(Object.keys(problemSchema?.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId', 'errors']),
    );
    const fieldError = resolve(resolve(problemSchema?.properties?.errors)?.items);
    expect(Object.keys(fieldError?.properties ?? {})).toEqual(expect.arrayContaining(['field', 'rule', 'message']));
  });

  it('names every operation once, as a generated client names its methods', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolves every $ref', () => {
    const dangling = allRefs(doc).filter((ref) => !ref.startsWith('#/components/schemas/') || !resolve({ $ref: ref }));
    expect([...new Set(dangling)]).toEqual([]);
  });

  it('gives every operation a typed success response and its problem+json error responses', () => {
    const offenders: string[] = [];
    for (const { id, method, path, op, route } of operations()) {
      if (!route) continue;
      const successes = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      const typed = successes.filter(
        ([, r]) =>
          Object.values(r.content ?? {}).length > 0 && Object.values(r.content ?? {}).every((m) => isTyped(m.schema)),
      );
      if (typed.length === 0) offenders.push(`${id}: no 2xx response with a schema`);
      if (!successes.some(([status]) => Number(status) === route.status))
        offenders.push(`${id}: answers ${route.status}, which is not documented`);
      for (const status of requiredProblems(method, path, op, route)) {
        const schema = op.responses?.[String(status)]?.content?.['application/problem+json']?.schema;
        if (schema?.$ref !== PROBLEM_REF)
          offenders.push(`${id}: no ${status} application/problem+json Problem response`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('offers the optional Idempotency-Key on every command that takes one, and on no query', () => {
    const offenders: string[] = [];
    for (const { id, method, op, route } of operations()) {
      const header = idempotencyHeader(op);
      const wanted = method !== 'get' && !route?.refusesIdempotencyKey;
      if (!wanted) {
        if (header) offenders.push(`${id}: declares Idempotency-Key, which it does not take`);
        continue;
      }
      if (!header) offenders.push(`${id}: no Idempotency-Key header`);
      else if (
        header.required ||
        header.schema?.type !== 'string' ||
        header.schema.pattern !== IDEMPOTENCY_KEY_PATTERN.source
      ) {
        offenders.push(
          `${id}: Idempotency-Key is not an optional string with pattern ${IDEMPOTENCY_KEY_PATTERN.source}`,
        );
      }
    }
    expect(offenders).toEqual([]);
  });

  it('offers X-Read-After on the queries that wait for their read models, and on nothing else', () => {
    const offenders = operations().flatMap(({ id, op, route }) => {
      const declared =
        op.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-read-after') ?? false;
      return declared === (route?.readsAfter ?? false)
        ? []
        : [`${id}: X-Read-After ${declared ? 'declared but not honoured' : 'honoured but not declared'}`];
    });
    expect(offenders).toEqual([]);
  });

  it('types every property of every request body', () => {
    const offenders = operations().flatMap(({ id, op }) =>
      Object.entries(op.requestBody?.content ?? {}).flatMap(([type, media]) =>
        untypedProperties(media.schema, `${id} ${type} body`, false),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('types every property of every response body, or marks it an open record on purpose', () => {
    const offenders = operations().flatMap(({ id, op }) =>
      Object.entries(op.responses ?? {}).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).flatMap(([type, media]) =>
          untypedProperties(media.schema, `${id} ${status} ${type}`, true),
        ),
      ),
    );
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('documents the Idempotency-Key pattern the server enforces', async () => {
    const admin = t.token('root', { role: 'admin', org: '*' });
    // An empty body is refused by validation (400) only once the key passed; a malformed key is refused first (422).
    const probe = (key: string) =>
      t.request<{ code: string }>('POST', '/api/v1/organisations', {
        token: admin,
        body: {},
        headers: { 'idempotency-key': key },
      });
    for (const key of ['1234567', 'a'.repeat(201), 'has space', 'slash/not-ok']) {
      expect(IDEMPOTENCY_KEY_PATTERN.test(key)).toBe(false);
      expect((await probe(key)).body.code).toBe('IDEMPOTENCY.KEY_MALFORMED');
    }
    for (const key of ['12345678', 'a'.repeat(200), 'order_7:retry-2.x']) {
      expect(IDEMPOTENCY_KEY_PATTERN.test(key)).toBe(true);
      expect((await probe(key)).body.code).toBe('REQUEST.INVALID');
    }
  });
});
