import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { BundleFilter } from '../../shared/audit/bundle/bundle-format.js';
import { type BundleSource, writeBundle } from '../../shared/audit/bundle/bundle-writer.js';
import type { LedgerKey } from '../../shared/audit/ledger/ledger-key.js';
import {
  type ConsistencyReport,
  type EarlierHead,
  blockLeaves,
  checkConsistency,
  leafPlaces,
  publishedHead,
  sealedBlocks,
  sealedHead,
} from '../../shared/audit/ledger/ledger-reader.js';
import type { LedgerHead } from '../../shared/audit/bundle/bundle-format.js';
import type { Clock } from '../../shared/clock.js';
import type { Actor } from '../../shared/domain/decider.js';
import { EVENT_STORE, type EventStore, type Position } from '../../shared/event-store/event-store.port.js';
import { RequestInvalid } from '../../shared/http/request-validation.js';
import { CLOCK, LEDGER_KEY } from '../../shared/tokens.js';
import { type LogFilter, scanLog } from '../history/index.js';
import { BundleRangeReversed, NoSealedLedgerBlock } from './audit.errors.js';

export const ZIP = 'application/zip';

/**
 * Issue 13 item 4: audit bundles, published heads and the consistency check, over the event store port and the
 * ledger's tables. The bundle reads the log with the history's own scan (its organisation filter, a batch at a time)
 * and streams as the client reads.
 */
@Injectable()
export class AuditBundles {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
    @Inject(LEDGER_KEY) private readonly key: LedgerKey,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async head(): Promise<LedgerHead> {
    const head = await publishedHead(this.db, this.key.publicKeyPem);
    if (!head) throw new NoSealedLedgerBlock('the ledger has sealed no block yet: no head to publish');
    return head;
  }

  consistency(earlier: EarlierHead): Promise<ConsistencyReport> {
    return checkConsistency(this.store, this.db, this.key, earlier);
  }

  /** Checks the range (positions of this store, in order) before a byte is sent. */
  checkedFilter(filter: BundleFilter): BundleFilter {
    const kind = this.store.kind === 'postgres' ? 'pg' : 'kdb';
    const wrong = (['from', 'until'] as const).filter(
      (f) => filter[f] !== undefined && !filter[f]!.startsWith(`${kind}:`),
    );
    if (wrong.length > 0)
      throw new RequestInvalid(
        wrong.map((field) => ({
          field,
          rule: 'matches',
          ownMessage: `${field} must be a position of this event store (${kind}:...)`,
        })),
      );
    if (
      filter.from &&
      filter.until &&
      this.store.comparePositions(filter.until as Position, filter.from as Position) <= 0
    )
      throw new BundleRangeReversed(`until (${filter.until}) must come after from (${filter.from})`, {
        field: 'until',
      });
    if (filter.since && filter.untilTime && Date.parse(filter.untilTime) <= Date.parse(filter.since))
      throw new BundleRangeReversed(`untilTime (${filter.untilTime}) must come after since (${filter.since})`, {
        field: 'untilTime',
      });
    return filter;
  }

  /** The bundle as a zip stream: the ledger head first, then the log up to its head as it stood. */
  async bundle(filter: BundleFilter, actor: Actor): Promise<StreamableFile> {
    const head = await sealedHead(this.db);
    const logHead = await this.store.headPosition();
    const until = filter.until as Position | undefined;
    const bound = logHead !== null && until && this.store.comparePositions(until, logHead) < 0 ? until : logHead;
    const logFilter: LogFilter = {
      organisationId: filter.organisationId,
      since: filter.since,
      until: filter.untilTime,
    };
    const after = filter.from as Position | undefined;
    const store = this.store;
    let readUpTo: Position | null = null;
    const exportedAt = this.clock.now();
    const source: BundleSource = {
      head,
      publicKeyPem: this.key.publicKeyPem,
      privateKey: this.key.privateKey,
      exportedAt: exportedAt.toISOString(),
      exportedBy: { actorId: actor.id, role: actor.role, organisationId: actor.organisationId },
      filter,
      blocks: () => sealedBlocks(this.db, head?.blockNo ?? -1),
      events: (pass) =>
        pass === 'events'
          ? (async function* () {
              const scan = scanLog(store, { after, filter: logFilter, head: bound });
              for (;;) {
                const next = await scan.next();
                if (next.done) {
                  readUpTo = next.value;
                  return;
                }
                yield next.value;
              }
            })()
          : scanLog(store, { after, filter: logFilter, head: readUpTo }),
      readUpTo: () => readUpTo,
      placements: (ids) => leafPlaces(this.db, ids),
      blockLeaves: (blockNo) => blockLeaves(this.db, blockNo),
    };
    const name = `charter-audit-${exportedAt.toISOString().replace(/[:.]/g, '-')}.zip`;
    return new StreamableFile(Readable.from(writeBundle(source), { objectMode: false, highWaterMark: 64 * 1024 }), {
      type: ZIP,
      disposition: `attachment; filename="${name}"`,
    });
  }
}
