import { Inject, Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { type Person, type StreamRecord, readStreamRecord } from '../elections/index.js';
import { candidateListDecider, candidateListStream } from './domain/candidate-list.decide.js';
import type { ElectedOffice } from './domain/candidate-list.events.js';

/** The candidate list as voting and results need it: who holds the election, for which congress, whom it confirmed. */
export type CandidateListFacts =
  | Readonly<{ status: 'NotOpened' }>
  | Readonly<{
      status: 'Open' | 'Confirmed';
      organisationId: string;
      congressId: string;
      office: ElectedOffice;
      /** the seats the federation allotted (federation delegates); null when they are the union's presidium seats */
      seats: number | null;
      /** the party committee's confirmed list in 姓氏笔画 order; empty until it is confirmed */
      confirmed: readonly Person[];
    }>;

/** What the nominations room tells the other rooms, read from the candidate list's own stream (never a read model). */
@Injectable()
export class NominationFacts {
  constructor(
    private readonly runner: CommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async candidateList(electionId: string): Promise<CandidateListFacts> {
    const list = await this.runner.load(candidateListStream(electionId), candidateListDecider);
    if (list.status === 'NotOpened') return list;
    const { status, organisationId, congressId, office, seats, confirmed } = list;
    return { status, organisationId, congressId, office, seats, confirmed };
  }

  /** The candidate list's events, for the filing packet. */
  record(electionId: string): Promise<StreamRecord> {
    return readStreamRecord(this.store, candidateListStream(electionId));
  }
}
