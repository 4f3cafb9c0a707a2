#!/usr/bin/env node
import { VERIFY_BUNDLE_HELP, VERIFY_BUNDLE_USAGE, runVerifyBundle } from './cli/audit-bundle-report.js';
import { CliUsageError } from './cli/cli-command.js';

/**
 * `npx charter-verify <bundle.zip>`: the audit bundle verifier on its own (issue 13 item 4). It loads neither the
 * app nor a database, so an outside auditor can run it anywhere Node runs.
 */
async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: charter-verify ${VERIFY_BUNDLE_USAGE}\n\n${VERIFY_BUNDLE_HELP}`);
    return 0;
  }
  try {
    return await runVerifyBundle(args, (line) => console.log(line));
  } catch (error) {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\nUsage: charter-verify ${VERIFY_BUNDLE_USAGE}`);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
