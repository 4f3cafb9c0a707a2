/**
 * Commands on one stream take turns within this process: each waits for the one before it on the same stream to
 * finish, so people acting on one sitting or one round at once (32 check-ins, four tellers) never conflict with
 * each other here; the optimistic revision check and its retries are left for writers in other instances
 * (issue 16 item 4). Streams do not wait for each other. A turn's work must not issue a command on its own stream.
 */
export class StreamTurns {
  private readonly tails = new Map<string, Promise<unknown>>();

  async take<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(stream) ?? Promise.resolve();
    const turn = before.then(work, work);
    const tail = turn.catch(() => undefined);
    this.tails.set(stream, tail);
    try {
      return await turn;
    } finally {
      // the last in line clears the stream's entry, so the map holds only streams with work waiting
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    }
  }

  /** Streams with a command running or waiting: for tests and metrics. */
  get busy(): number {
    return this.tails.size;
  }
}
