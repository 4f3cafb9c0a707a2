import type { ProjectionService } from './projection-service.js';
import type { ProjectionStatus } from './projection-status.js';

/** Waits until every named projection has no lag or is faulted, checking after each batch; throws after the timeout. */
export async function waitUntilCaughtUp(service: ProjectionService, names: readonly string[], timeoutMs: number): Promise<ProjectionStatus[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statuses = (await service.status()).filter((s) => names.includes(s.name));
    if (statuses.every((s) => s.lag === 0 || s.status === 'faulted')) return statuses;
    if (Date.now() > deadline) throw new Error(`Projections not caught up after ${timeoutMs} ms: ${statuses.filter((s) => s.lag > 0).map((s) => `${s.name} (lag ${s.lag})`).join(', ')}`);
    await service.waitForProgress(Math.min(250, Math.max(1, deadline - Date.now())));
  }
}
