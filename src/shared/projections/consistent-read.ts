import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import type { Position } from '../event-store/event-store.port.js';
import { APP_CONFIG } from '../tokens.js';
import { ProjectionService } from './projection-service.js';

export type ReadAtHead<T> = Readonly<{ value: T; readAt: Position | null }>;

/**
 * How a command reads a fact from a read model: only after the read model has caught up with the log's head,
 * waited for up to READ_WAIT_TIMEOUT_MS (then 503 PROJECTION.NOT_CAUGHT_UP, and no decision). The position it
 * read at goes into the event where the decision rests on it (a seat allocation, for one).
 */
@Injectable()
export class ConsistentRead {
  constructor(
    private readonly projections: ProjectionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async atHead<T>(projections: readonly string[], read: () => Promise<T>): Promise<ReadAtHead<T>> {
    const readAt = await this.projections.catchUpToHead(projections, this.config.readWaitTimeoutMs);
    return { value: await read(), readAt };
  }
}
