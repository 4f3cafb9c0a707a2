import type { CliCommand } from './cli-command.js';
import { withRuntime } from './with-runtime.js';

export const projectionsStatus: CliCommand = {
  name: 'projections status',
  usage: '[--json]',
  summary: 'Show each projection: running or faulted, its position, events applied and lag.',
  help: 'Options:\n  --json   print the status as JSON\n\nExits 1 when a projection is faulted.',
  run: (args) =>
    withRuntime(async (runtime) => {
      const statuses = await runtime.projections.status();
      if (args.includes('--json')) {
        console.log(JSON.stringify(statuses, null, 2));
      } else {
        console.log(
          ['projection'.padEnd(32), 'status'.padEnd(8), 'lag'.padStart(8), 'applied'.padStart(10), '  position'].join(
            ' ',
          ),
        );
        for (const s of statuses) {
          console.log(
            [
              s.name.padEnd(32),
              s.status.padEnd(8),
              String(s.lag).padStart(8),
              String(s.eventsApplied).padStart(10),
              `  ${s.position ?? '(start)'}`,
            ].join(' '),
          );
          if (s.status === 'faulted') console.log(`  failed at event ${s.failedEventId}: ${s.error}`);
        }
      }
      return statuses.some((s) => s.status === 'faulted') ? 1 : 0;
    }),
};
