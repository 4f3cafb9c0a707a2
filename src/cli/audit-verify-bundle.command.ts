import { VERIFY_BUNDLE_HELP, VERIFY_BUNDLE_USAGE, runVerifyBundle } from './audit-bundle-report.js';
import type { CliCommand } from './cli-command.js';

/** Needs no database: an outside auditor runs it (or `npx charter-verify`) on the bundle alone. */
export const auditVerifyBundle: CliCommand = {
  name: 'audit verify-bundle',
  usage: VERIFY_BUNDLE_USAGE,
  summary: 'Verify an audit bundle offline: hashes, chains, proofs, blocks and signatures; names the first problem.',
  help: VERIFY_BUNDLE_HELP,
  run: (args) => runVerifyBundle(args, (line) => console.log(line)),
};
