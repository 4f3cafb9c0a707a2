import 'reflect-metadata';
import { auditHead, auditVerifyHead } from './cli/audit-head.command.js';
import { auditVerifyBundle } from './cli/audit-verify-bundle.command.js';
import { auditVerify } from './cli/audit-verify.command.js';
import { demoSeed } from './cli/demo-seed.command.js';
import { type CliCommand, CliUsageError } from './cli/cli-command.js';
import { projectionsRebuild } from './cli/projections-rebuild.command.js';
import { projectionsStatus } from './cli/projections-status.command.js';
import { roles } from './cli/roles.command.js';
import { token } from './cli/token.command.js';
import { isExplained, startupFailureLine } from './shared/config/startup-failure.js';

/** `npm run cli -- <command>`: operations that need no HTTP server. */
const COMMANDS: readonly CliCommand[] = [
  projectionsRebuild,
  projectionsStatus,
  auditVerify,
  auditVerifyBundle,
  auditHead,
  auditVerifyHead,
  token,
  roles,
  demoSeed,
];

function usage(): string {
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`),
    '',
    'Each command takes --help. Settings come from the environment (config/README.md), as for npm start.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS.map((c) => ({ c, words: c.name.split(' ') })).find(({ words }) =>
    words.every((w, i) => argv[i] === w),
  );
  if (!command) {
    console.error(`Unknown command: ${argv.join(' ')}\n\n${usage()}`);
    return 2;
  }
  const rest = argv.slice(command.words.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(
      `Usage: npm run cli -- ${command.c.name} ${command.c.usage}\n\n${command.c.summary}\n\n${command.c.help}`,
    );
    return 0;
  }
  try {
    return await command.c.run(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\nUsage: npm run cli -- ${command.c.name} ${command.c.usage}`);
      return 2;
    }
    console.error(
      isExplained(error) ? startupFailureLine(error) : error instanceof Error ? error.message : String(error),
    );
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
