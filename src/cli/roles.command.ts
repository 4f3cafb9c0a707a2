import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolesMarkdown } from '../app/role-matrix.js';
import type { CliCommand } from './cli-command.js';

/** docs/roles.md, from the repository root the CLI runs in. */
export const ROLES_DOC = join(process.cwd(), 'docs', 'roles.md');

export const roles: CliCommand = {
  name: 'roles',
  usage: '[--write | --check]',
  summary: 'Print the role matrix (every route and the roles its @Allow declares), or write it to docs/roles.md.',
  help: [
    'Reads the same @Allow declarations the auth guard reads, so the table says what the server does.',
    '',
    'Options:',
    '  --write   rewrite docs/roles.md with the table',
    '  --check   exit 1 when docs/roles.md differs from the code',
  ].join('\n'),
  run: async (args) => {
    const markdown = rolesMarkdown();
    if (args.includes('--write')) {
      writeFileSync(ROLES_DOC, markdown);
      console.log(`wrote ${ROLES_DOC}`);
      return 0;
    }
    if (args.includes('--check')) {
      const same = readFileSync(ROLES_DOC, 'utf8') === markdown;
      console.log(same ? 'docs/roles.md matches the code' : 'docs/roles.md differs: run npm run cli -- roles --write');
      return same ? 0 : 1;
    }
    process.stdout.write(markdown);
    return 0;
  },
};
