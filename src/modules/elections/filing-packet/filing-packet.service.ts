import { Inject, Injectable } from '@nestjs/common';
import { verifyChains } from '../../../shared/audit/chain-verifier.js';
import type { Clock } from '../../../shared/clock.js';
import { StreamNotFoundError } from '../../../shared/event-store/event-store.errors.js';
import { EVENT_STORE, type EventStore } from '../../../shared/event-store/event-store.port.js';
import { CLOCK } from '../../../shared/tokens.js';
import { candidateListStream } from '../domain/candidate-list.decide.js';
import { electionResultStream } from '../domain/election-result.decide.js';
import { ElectionNotSetUp } from '../domain/election.errors.js';
import { electionStream } from '../domain/election.decide.js';
import { type FilingPacket, buildFilingPacket } from './filing-packet.js';

/** The election's streams, in the order the packet tells them. */
export const electionStreams = (electionId: string) => [
  candidateListStream(electionId),
  electionStream(electionId),
  electionResultStream(electionId),
];

/**
 * Builds the filing packet from the log itself (not from read models, which may lag or be rebuilt), with the audit
 * chain's verification: whether every chain in the store holds, and the head hash of each of the election's streams,
 * which a reader can check against `npm run cli -- audit verify` later.
 */
@Injectable()
export class FilingPacketService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async build(electionId: string): Promise<FilingPacket> {
    const streams = electionStreams(electionId);
    const events: Array<{ stream: string; type: string; data: object }> = [];
    for (const stream of streams) {
      try {
        for await (const e of this.store.readStream(stream)) events.push({ stream, type: e.type, data: e.data });
      } catch (error) {
        if (!(error instanceof StreamNotFoundError)) throw error;
      }
    }
    if (!events.some((e) => e.stream === streams[1]))
      throw new ElectionNotSetUp(`Election ${electionId} has not been set up`);
    const report = await verifyChains(this.store);
    const heads = Object.fromEntries(streams.filter((s) => report.heads[s]).map((s) => [s, report.heads[s]!]));
    const audit = {
      ok: report.ok,
      heads,
      breaks: report.breaks.filter((b) => streams.includes(b.stream)),
      verifiedAt: this.clock.now().toISOString(),
    };
    return buildFilingPacket(electionId, events as never, audit, audit.verifiedAt);
  }
}
