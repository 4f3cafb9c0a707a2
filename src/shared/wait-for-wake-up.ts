import type { EventEmitter } from 'node:events';

/**
 * Resolves on the next `name` event, after `timeoutMs`, or on abort, whichever comes first. The in-process
 * signal is only a hint for low latency; the timeout is the poll that catches other processes' writes. A signal
 * aborted before the call resolves it at once: an abort fires its event only once, so a wait begun after it (a
 * runner stopped while it was reading) would otherwise sleep its whole timeout and hold the stop up.
 */
export function waitForWakeUp(
  emitter: EventEmitter,
  name: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      emitter.off(name, done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    emitter.once(name, done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
