import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import type { Election } from './domain/election.state.js';

/** The election's state folded from its own stream, for the voting room's handlers (never a read model that may lag). */
@Injectable()
export class ElectionStream {
  constructor(private readonly runner: CommandRunner) {}

  load(electionId: string): Promise<Election> {
    return this.runner.load(electionStream(electionId), electionDecider);
  }
}
