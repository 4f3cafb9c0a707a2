import type { AllStreamResolvedEvent, AllStreamSubscription, CaughtUp } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscriptionItem } from '../event-store.port.js';
import { fromClientPosition } from './kurrentdb-position.js';

/**
 * One server subscription, turned into a pull queue. Events arrive as 'data'; caught-up and checkpoint
 * notices arrive as separate signals that can overtake events still buffered inside the client's stream,
 * so each notice waits until the events buffered before it have come out ("markers"). The queue pauses the
 * client's stream when the consumer falls behind.
 */
export class LiveSubscription {
  private static readonly HIGH_WATER = 512;
  private static readonly LOW_WATER = 128;
  private readonly queue: SubscriptionItem[] = [];
  private readonly markers: { remaining: number; item: SubscriptionItem }[] = [];
  private wake: (() => void) | undefined;
  private paused = false;
  private finished = false;
  failure: unknown;

  constructor(
    private readonly subscription: AllStreamSubscription,
    private readonly accept: (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined,
  ) {
    subscription.on('data', (resolved: AllStreamResolvedEvent) => this.onData(resolved));
    subscription.on('caughtUp', (info: CaughtUp) =>
      this.mark(
        info.position ? { kind: 'caughtUp', position: fromClientPosition(info.position) } : { kind: 'caughtUp' },
      ),
    );
    // Always keep an error listener: an 'error' with none would crash the process.
    subscription.on('error', (error: Error) => this.finish(error));
    subscription.on('end', () => this.finish());
    subscription.on('close', () => this.finish());
  }

  /** Queues a notice behind the events the client's stream still holds. */
  mark(item: SubscriptionItem): void {
    if (this.finished) return;
    const remaining = this.subscription.readableLength;
    if (remaining === 0) {
      this.release(Infinity);
      this.queue.push(item);
      this.notify();
    } else {
      this.markers.push({ remaining, item });
    }
  }

  private onData(resolved: AllStreamResolvedEvent): void {
    if (this.finished) return;
    try {
      const event = this.accept(resolved);
      if (event) this.queue.push({ kind: 'event', event });
    } catch (error) {
      this.finish(error);
      return;
    }
    this.release(1);
    if (!this.paused && this.queue.length >= LiveSubscription.HIGH_WATER) {
      this.paused = true;
      this.subscription.pause();
    }
    this.notify();
  }

  /** Counts `delivered` events off every waiting marker and queues those now due, in order. */
  private release(delivered: number): void {
    for (const marker of this.markers) marker.remaining -= delivered;
    while (this.markers.length > 0 && this.markers[0]!.remaining <= 0) this.queue.push(this.markers.shift()!.item);
  }

  /** The next item, or undefined once the subscription has ended and everything queued was taken. */
  async next(): Promise<SubscriptionItem | undefined> {
    for (;;) {
      const item = this.queue.shift();
      if (item) {
        if (this.paused && this.queue.length <= LiveSubscription.LOW_WATER && !this.finished) {
          this.paused = false;
          this.subscription.resume();
        }
        return item;
      }
      if (this.finished) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  stop(): void {
    this.queue.length = 0;
    this.finish();
  }

  /** Cancels the server call; waits for that at most a second, so a connection still being set up cannot hold the caller. */
  async close(): Promise<void> {
    this.finish();
    const cancelled = this.subscription
      .unsubscribe()
      .catch(() => undefined)
      .finally(() => this.subscription.destroy());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([cancelled, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1_000)))]);
    clearTimeout(timer);
  }

  private finish(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.failure = error;
    this.markers.length = 0;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
