import { auditReport } from '../shared/audit/audit-report.js';
import type { CliCommand } from './cli-command.js';
import { withRuntime } from './with-runtime.js';

export const auditVerify: CliCommand = {
  name: 'audit verify',
  usage: '[--json]',
  summary: "Recompute every stream's hash chain and name the first altered, inserted or deleted event.",
  help: [
    'Reads every event in global order and recomputes SHA-256(prevHash || canonical event) per stream.',
    'Then checks the signed ledger: every sealed block of the global order must still give its Merkle root from',
    'the events themselves, link to the block before, and carry a valid Ed25519 signature (LEDGER_SIGNING_KEY).',
    'Prints the number of streams, events and blocks checked, and every break found.',
    '',
    'Options:',
    '  --json   print the full report (with every stream head) as JSON',
    '',
    'Exits 0 when every chain and block holds, 1 when any is broken.',
  ].join('\n'),
  run: (args) =>
    withRuntime(async (runtime) => {
      const audit = await auditReport(runtime.store, runtime.dataSource, runtime.ledgerKey);
      const { ok, chains: report, ledger } = audit;
      if (args.includes('--json')) {
        console.log(JSON.stringify(audit, null, 2));
      } else {
        console.log(
          `${ok ? 'OK' : 'BROKEN'}: ${report.streams} streams, ${report.events} events checked; ${ledger.sealedBlocks} ledger blocks sealing ${ledger.sealedEvents} events`,
        );
        for (const b of report.breaks) {
          console.log(
            `  ${b.problem.toUpperCase()} ${b.stream} at revision ${b.revision}${b.eventId ? ` (event ${b.eventId})` : ''}: ${b.detail}`,
          );
        }
        for (const b of ledger.breaks)
          console.log(`  LEDGER ${b.problem.toUpperCase()} block ${b.blockNo}: ${b.detail}`);
        if (runtime.ledgerKey.development)
          console.log('  (ledger signed with the development key: set LEDGER_SIGNING_KEY in production)');
      }
      return ok ? 0 : 1;
    }),
};
