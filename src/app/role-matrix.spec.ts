import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READ_ONLY_ROLES } from '../shared/auth/roles.js';
import { rolesMarkdown, routeRoles } from './role-matrix.js';

describe('the role matrix', () => {
  const routes = routeRoles();

  it('lists every route, each non-public one with the roles its @Allow declares', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.find((r) => r.method === 'POST' && r.path === '/api/v1/organisations')?.roles).toEqual(['admin']);
    expect(routes.filter((r) => !r.isPublic && r.roles.length === 0)).toEqual([]);
    expect(routes.find((r) => r.path === '/health/live')?.isPublic).toBe(true);
  });

  it('gives supervisors and auditors every read and, of the writes, only the verification that appends no event', () => {
    for (const route of routes.filter((r) => r.method === 'GET' && !r.isPublic))
      expect({ route: route.path, readers: READ_ONLY_ROLES.every((role) => route.roles.includes(role)) }).toEqual({
        route: route.path,
        readers: true,
      });
    const readOnlyWrites = routes.filter(
      (r) => r.method !== 'GET' && r.roles.some((role) => READ_ONLY_ROLES.includes(role)),
    );
    expect(readOnlyWrites.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/audit/verifications']);
  });

  it('is what docs/roles.md prints (regenerate with npm run cli -- roles --write)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'roles.md'), 'utf8');
    expect(doc).toBe(rolesMarkdown(routes));
  });
});
