import { waitUntilCaughtUp } from '../shared/projections/wait-until-caught-up.js';
import type { CliCommand } from './cli-command.js';
import { withRuntime } from './with-runtime.js';

export const projectionsRebuild: CliCommand = {
  name: 'projections rebuild',
  usage: '[name ...] [--timeout seconds]',
  summary: 'Empty read models and replay them from the first event (all of them when no name is given).',
  help: [
    'The checkpoint and the tables are reset in one transaction; the active runner replays them. When no server',
    'is running, this command runs the replay itself and returns when it has caught up.',
    '',
    'Options:',
    '  --timeout <seconds>   how long to wait for the replay (default 600)',
    '',
    'Exits 1 when a projection faults during the replay.',
  ].join('\n'),
  run: (args) =>
    withRuntime(async (runtime) => {
      const timeoutAt = args.indexOf('--timeout');
      const timeoutMs = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) * 1000 : 600_000;
      const names = args.filter((a, i) => !a.startsWith('--') && i !== timeoutAt + 1);
      const chosen = names.length > 0 ? names : runtime.projections.names();
      await runtime.projections.rebuild(chosen);
      runtime.projections.start();
      const started = Date.now();
      const statuses = await waitUntilCaughtUp(runtime.projections, chosen, timeoutMs);
      for (const s of statuses) {
        console.log(
          `${s.name}: ${s.status}, ${s.eventsApplied} events applied${s.status === 'faulted' ? ` (failed at ${s.failedEventId}: ${s.error})` : ''}`,
        );
      }
      console.log(`rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return statuses.some((s) => s.status === 'faulted') ? 1 : 0;
    }),
};
