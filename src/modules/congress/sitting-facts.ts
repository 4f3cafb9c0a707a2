import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { sittingDecider, sittingStream } from './domain/sitting.decide.js';
import type { Sitting } from './domain/sitting.state.js';

/** What other modules may know of a sitting when they decide (an election round's roll): from its own stream. */
@Injectable()
export class SittingFacts {
  constructor(private readonly runner: CommandRunner) {}

  sitting(sittingId: string): Promise<Sitting> {
    return this.runner.load(sittingStream(sittingId), sittingDecider);
  }
}
