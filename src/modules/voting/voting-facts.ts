import { Inject, Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { type Person, type StreamRecord, readStreamRecord } from '../elections/index.js';
import { electionDecider, electionStream } from './domain/election.decide.js';

/** An election's outcome as the results room needs it: complete once every seat is filled or the seats reduced. */
export type ElectionOutcome =
  | Readonly<{ status: 'NotSetUp' | 'UnderWay' }>
  | Readonly<{ status: 'Completed'; seats: number; elected: readonly Person[] }>;

/** What the voting room tells the other rooms, read from the election's own stream. */
@Injectable()
export class VotingFacts {
  constructor(
    private readonly runner: CommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async outcome(electionId: string): Promise<ElectionOutcome> {
    const election = await this.runner.load(electionStream(electionId), electionDecider);
    if (election.status === 'NotSetUp') return { status: 'NotSetUp' };
    if (election.status !== 'Completed') return { status: 'UnderWay' };
    return { status: 'Completed', seats: election.seats, elected: election.elected };
  }

  /** The election's events (set-up, officers, rounds and their counts; never a ballot's voter), for the filing packet. */
  record(electionId: string): Promise<StreamRecord> {
    return readStreamRecord(this.store, electionStream(electionId));
  }
}
