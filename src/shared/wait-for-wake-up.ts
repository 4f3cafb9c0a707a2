import type { EventEmitter } from 'node:events';

/**
 * Resolves on the next `name` event, after `timeoutMs`, or on abort, whichever comes first. The in-process
 * signal is only a hint for low latency; the timeout is the poll that catches other processes' writes.
 */
export function waitForWakeUp(
  emitter: EventEmitter,
  name: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
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
