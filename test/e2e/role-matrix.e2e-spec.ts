import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RouteRoles, routeRoles } from '../../src/app/role-matrix.js';
import { READ_ONLY_ROLES, ROLES, type Role } from '../../src/shared/auth/roles.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 16 item 3: every command tried by every role of the charter, and by each allowed role granted for another
 * organisation, through the real HTTP stack. The table comes from the routes' own @Allow declarations (the source of
 * docs/roles.md): the owners pass the guard (their request then meets validation or the domain), every other role is
 * 403 AUTH.ROLE_REQUIRED, and nothing supervisors and auditors send appends an event.
 */
type Problem = { code?: string };

let t: TestApp;
const writes = routeRoles().filter((r) => r.method !== 'GET' && !r.isPublic);
const ORGANISATION = 'school';

/** The route with its organisation parameter set to ORGANISATION and any other parameter to a placeholder. */
function request(route: RouteRoles, organisationId = ORGANISATION): { path: string; body: Record<string, unknown> } {
  let inPath = false;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === route.organisationFrom) {
      inPath = true;
      return organisationId;
    }
    return 'matrix-1';
  });
  const body = route.organisationFrom && !inPath ? { [route.organisationFrom]: organisationId } : {};
  // a route the guard does not hold to an organisation may hold a college's staff to theirs by ?college= (imports)
  return { path: route.organisationFrom ? path : `${path}?college=${organisationId}`, body };
}

/** A JSON body, or for a route that takes another type (the roll import's CSV) a body of its first type. */
const send = (route: RouteRoles, token: string, organisationId?: string) => {
  const { path, body } = request(route, organisationId);
  if (route.consumes)
    return t.request<Problem>(route.method, path, {
      token,
      body: '学号,姓名\n',
      headers: { 'content-type': `${route.consumes[0]}; charset=utf-8` },
    });
  return t.request<Problem>(route.method, path, { token, body });
};

const passedTheGuard = (status: number, body: Problem) =>
  status !== 401 && !(status === 403 && body.code?.startsWith('AUTH.'));

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_MAX: '1000000', RATE_LIMIT_BALLOT_MAX: '1000000' });
  const admin = t.token('root', { role: 'admin', org: '*' });
  const registered = await t.request('POST', '/api/v1/organisations', {
    token: admin,
    body: { organisationId: ORGANISATION, kind: 'school-union', name: '校学生会' },
  });
  expect(registered.status).toBe(201);
});

afterAll(async () => {
  await t?.close();
});

describe('every command, every role', () => {
  it('admits exactly the roles each command declares, for its own organisation', async () => {
    const wrong: string[] = [];
    let pairs = 0;
    for (const route of writes) {
      for (const role of ROLES) {
        const token = t.token(`matrix-${role}`, { role, org: role === 'admin' ? '*' : ORGANISATION });
        const answer = await send(route, token);
        pairs++;
        const allowed = route.roles.includes(role);
        const passed = passedTheGuard(answer.status, answer.body);
        if (allowed !== passed)
          wrong.push(`${role} ${route.method} ${route.path}: ${answer.status} ${answer.body.code}`);
        if (!allowed && answer.body.code !== 'AUTH.ROLE_REQUIRED')
          wrong.push(`${role} ${route.method} ${route.path}: refused with ${answer.status} ${answer.body.code}`);
      }
    }
    console.log(`role matrix: ${writes.length} commands × ${ROLES.length} roles = ${pairs} pairs tried`);
    expect(wrong).toEqual([]);
  }, 240_000);

  it('refuses the right role granted for another organisation', async () => {
    const wrong: string[] = [];
    let pairs = 0;
    for (const route of writes.filter((r) => r.organisationFrom !== null)) {
      for (const role of route.roles.filter((r) => r !== 'admin')) {
        const token = t.token(`matrix-${role}`, { role, org: 'another-union' });
        const answer = await send(route, token);
        pairs++;
        if (answer.status !== 403 || answer.body.code !== 'AUTH.ROLE_REQUIRED')
          wrong.push(`${role}@another-union ${route.method} ${route.path}: ${answer.status} ${answer.body.code}`);
      }
    }
    console.log(`role matrix: ${pairs} right-role, wrong-organisation pairs tried`);
    expect(pairs).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  }, 240_000);

  it('lets supervisors and auditors write nothing: the log does not move', async () => {
    const head = await t.runtime.store.headPosition();
    for (const role of READ_ONLY_ROLES) {
      const token = t.token(`matrix-${role}`, { role, org: '*' });
      for (const route of writes) {
        const answer = await send(route, token);
        const declared = route.roles.includes(role as Role);
        expect({ route: route.path, passed: passedTheGuard(answer.status, answer.body) }).toEqual({
          route: route.path,
          passed: declared,
        });
      }
    }
    expect(await t.runtime.store.headPosition()).toBe(head);
  }, 240_000);
});
