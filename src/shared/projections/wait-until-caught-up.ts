import type { ProjectionService } from './projection-service.js';
import type { ProjectionStatus } from './projection-status.js';

/**
 * Waits until every named projection has nothing committed after its checkpoint, or is faulted, checking after
 * each batch; throws after the timeout. The check reads at most one event per projection, so waiting on a long
 * rebuild costs the rebuild nothing.
 */
export async function waitUntilCaughtUp(
  service: ProjectionService,
  names: readonly string[],
  timeoutMs: number,
): Promise<ProjectionStatus[]> {
  const deadline = Date.now() + timeoutMs;
  while (!(await service.caughtUp(names))) {
    if (Date.now() > deadline) {
      const behind = (await service.status()).filter((s) => names.includes(s.name) && s.lag > 0);
      throw new Error(
        `Projections not caught up after ${timeoutMs} ms: ${behind.map((s) => `${s.name} (lag ${s.lag})`).join(', ')}`,
      );
    }
    await service.waitForProgress(Math.min(250, Math.max(1, deadline - Date.now())));
  }
  return (await service.status()).filter((s) => names.includes(s.name));
}
