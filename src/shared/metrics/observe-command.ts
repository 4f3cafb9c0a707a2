import type { CommandLoopObserver } from '../commands/handle-command.js';
import type { CharterMetrics } from './charter-metrics.js';
import { failedCommandOutcome } from './command-outcome.js';

/** Runs one command through the loop `run` starts, timing it and counting the conflicts and retries it reports. */
export async function observeCommand<T>(
  metrics: CharterMetrics,
  command: string,
  run: (observer: CommandLoopObserver) => Promise<T>,
): Promise<T> {
  const stop = metrics.commandDuration.startTimer({ command });
  const observer: CommandLoopObserver = {
    onConflict: (retrying) => {
      metrics.appendConflicts.inc({ command });
      if (retrying) metrics.commandRetries.inc({ command });
    },
  };
  try {
    const result = await run(observer);
    stop({ outcome: 'ok' });
    return result;
  } catch (error) {
    stop({ outcome: failedCommandOutcome(error) });
    throw error;
  }
}
