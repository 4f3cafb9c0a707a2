import { Inject, Injectable } from '@nestjs/common';
import { verifyChains } from '../../../shared/audit/chain-verifier.js';
import type { Clock } from '../../../shared/clock.js';
import { EVENT_STORE, type EventStore } from '../../../shared/event-store/event-store.port.js';
import { CLOCK } from '../../../shared/tokens.js';
import { readStreamRecord } from '../../elections/index.js';
import { NominationFacts } from '../../nominations/index.js';
import { ElectionNotSetUp, VotingFacts } from '../../voting/index.js';
import { electionResultStream } from '../domain/election-result.decide.js';
import { type FilingPacket, buildFilingPacket } from './filing-packet.js';

/**
 * Builds the filing packet from the log itself (not from read models, which may lag or be rebuilt), with the audit
 * chain's verification: whether every chain in the store holds, and the head hash of each of the election's streams,
 * which a reader can check against `npm run cli -- audit verify` later. The streams come in the order the packet
 * tells them: the candidate list, the election, its result.
 */
@Injectable()
export class FilingPacketService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly nominations: NominationFacts,
    private readonly voting: VotingFacts,
  ) {}

  async build(electionId: string): Promise<FilingPacket> {
    const records = [
      await this.nominations.record(electionId),
      await this.voting.record(electionId),
      await readStreamRecord(this.store, electionResultStream(electionId)),
    ];
    if (records[1]!.events.length === 0) throw new ElectionNotSetUp(`Election ${electionId} has not been set up`);
    const streams = records.map((r) => r.stream);
    const events = records.flatMap((r) => r.events.map((e) => ({ stream: r.stream, ...e })));
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
