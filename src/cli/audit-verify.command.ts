import { verifyChains } from '../shared/audit/chain-verifier.js';
import type { CliCommand } from './cli-command.js';
import { withRuntime } from './with-runtime.js';

export const auditVerify: CliCommand = {
  name: 'audit verify',
  usage: '[--json]',
  summary: "Recompute every stream's hash chain and name the first altered, inserted or deleted event.",
  help: [
    'Reads every event in global order and recomputes SHA-256(prevHash || canonical event) per stream.',
    'Prints the number of streams and events checked, each stream head hash, and every break found.',
    '',
    'Options:',
    '  --json   print the full report (with every stream head) as JSON',
    '',
    'Exits 0 when every chain holds, 1 when any is broken.',
  ].join('\n'),
  run: (args) =>
    withRuntime(async (runtime) => {
      const report = await verifyChains(runtime.store);
      if (args.includes('--json')) {
        console.log(JSON.stringify(report, null, 2));
      } else {
        console.log(`${report.ok ? 'OK' : 'BROKEN'}: ${report.streams} streams, ${report.events} events checked`);
        for (const b of report.breaks) {
          console.log(`  ${b.problem.toUpperCase()} ${b.stream} at revision ${b.revision}${b.eventId ? ` (event ${b.eventId})` : ''}: ${b.detail}`);
        }
      }
      return report.ok ? 0 : 1;
    }),
};
