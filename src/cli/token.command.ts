import { parseArgs } from 'node:util';
import { issueToken } from '../shared/auth/issue-token.js';
import { ROLES, isRole, type RoleGrant } from '../shared/auth/roles.js';
import { loadConfig } from '../shared/config/app-config.js';
import { CliUsageError, type CliCommand } from './cli-command.js';

export const token: CliCommand = {
  name: 'token',
  usage: '--sub ID --role ROLE --org ORG [--role ROLE --org ORG ...] [--hours N]',
  summary: 'Issue a development bearer token signed with JWT_SECRET.',
  help: [
    'Each --role pairs with the --org at the same place; --org * grants the role for every organisation.',
    `Roles: ${ROLES.join(', ')}`,
    '',
    'Example: npm run cli -- token --sub staff-1 --role union-staff --org school',
    'Then: curl -H "Authorization: Bearer <token>" http://localhost:3000/api/v1/organisations',
  ].join('\n'),
  run: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        sub: { type: 'string' },
        role: { type: 'string', multiple: true },
        org: { type: 'string', multiple: true },
        hours: { type: 'string' },
      },
      strict: true,
    });
    const roles = values.role ?? [];
    const orgs = values.org ?? [];
    if (!values.sub) throw new CliUsageError('--sub is required');
    if (roles.length === 0 || roles.length !== orgs.length) throw new CliUsageError('give one --org for each --role');
    const unknown = roles.find((r) => !isRole(r));
    if (unknown) throw new CliUsageError(`unknown role ${unknown}; roles are ${ROLES.join(', ')}`);
    const hours = values.hours ? Number(values.hours) : 8;
    if (!Number.isFinite(hours) || hours <= 0) throw new CliUsageError('--hours must be a positive number');
    const grants = roles.map((role, i) => ({ role, org: orgs[i]! }) as RoleGrant);
    const config = loadConfig();
    console.log(issueToken(config.jwtSecret, config.jwtIssuer, values.sub, grants, Math.round(hours * 3600)));
    return 0;
  },
};
