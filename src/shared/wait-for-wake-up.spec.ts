import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { waitForWakeUp } from './wait-for-wake-up.js';

// timeouts far beyond the test's own: a wait that did not resolve on its cue would fail the test by timing out
const longerThanTheTest = 3_600_000;

describe('waitForWakeUp', () => {
  it('resolves at once for a signal aborted before the wait began (an abort fires only once)', async () => {
    const controller = new AbortController();
    controller.abort();
    const emitter = new EventEmitter();
    await expect(waitForWakeUp(emitter, 'wake', longerThanTheTest, controller.signal)).resolves.toBeUndefined();
    expect(emitter.listenerCount('wake')).toBe(0);
  });

  it('resolves on an abort during the wait and leaves no listener behind', async () => {
    const controller = new AbortController();
    const emitter = new EventEmitter();
    const waiting = waitForWakeUp(emitter, 'wake', longerThanTheTest, controller.signal);
    controller.abort();
    await waiting;
    expect(emitter.listenerCount('wake')).toBe(0);
  });

  it('resolves on the named event', async () => {
    const emitter = new EventEmitter();
    const waiting = waitForWakeUp(emitter, 'wake', longerThanTheTest);
    emitter.emit('wake');
    await waiting;
    expect(emitter.listenerCount('wake')).toBe(0);
  });
});
