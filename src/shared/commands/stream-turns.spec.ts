import { describe, expect, it } from '@jest/globals';
import { StreamTurns } from './stream-turns.js';

const deferred = () => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
};

describe('stream turns', () => {
  it('runs the commands of one stream one after another, in the order they came', async () => {
    const turns = new StreamTurns();
    const order: string[] = [];
    const gate = deferred();
    const first = turns.take(
      's',
      async () => (order.push('first starts'), await gate.promise, order.push('first ends')),
    );
    const second = turns.take('s', async () => order.push('second'));
    await Promise.resolve();
    expect(order).toEqual(['first starts']);
    gate.release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
    expect(turns.busy).toBe(0);
  });

  it('lets other streams go on while one waits', async () => {
    const turns = new StreamTurns();
    const gate = deferred();
    const held = turns.take('a', () => gate.promise);
    await expect(turns.take('b', async () => 'b done')).resolves.toBe('b done');
    expect(turns.busy).toBe(1);
    gate.release();
    await held;
    expect(turns.busy).toBe(0);
  });

  it('passes the next turn on when one fails, and gives each caller its own outcome', async () => {
    const turns = new StreamTurns();
    const failing = turns.take('s', async () => {
      throw new Error('refused');
    });
    const next = turns.take('s', async () => 'accepted');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('accepted');
    expect(turns.busy).toBe(0);
  });
});
