import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { sittingDecider, sittingStream } from './domain/sitting.decide.js';
import type { Ratio } from '../../shared/domain/policy-value.js';
import type { Sitting } from './domain/sitting.state.js';

/** A sitting as a vote opened at it needs it (Art. 8): its congress, whether it sits, who was elected and is present. */
export type SittingRoll = Readonly<{
  sittingId: string;
  /** null when the sitting was never opened */
  congressId: string | null;
  inSession: boolean;
  electedDelegates: number;
  presentDelegateIds: readonly string[];
  quorum: Ratio;
}>;

/** What other modules may know of a sitting when they decide (an election round's roll): from its own stream. */
@Injectable()
export class SittingFacts {
  constructor(private readonly runner: CommandRunner) {}

  sitting(sittingId: string): Promise<Sitting> {
    return this.runner.load(sittingStream(sittingId), sittingDecider);
  }

  /**
   * The sitting's roll for a vote. A sitting never opened has no roll: it is not in session, which the deciders
   * refuse before they read the counts (its quorum then is a placeholder nobody reads).
   */
  async roll(sittingId: string): Promise<SittingRoll> {
    const sitting = await this.sitting(sittingId);
    if (sitting.status === 'NotOpened')
      return {
        sittingId,
        congressId: null,
        inSession: false,
        electedDelegates: 0,
        presentDelegateIds: [],
        quorum: { numerator: 1, denominator: 1 },
      };
    return {
      sittingId,
      congressId: sitting.congressId,
      inSession: sitting.status !== 'Closed',
      electedDelegates: sitting.roll.size,
      presentDelegateIds: [...sitting.present],
      quorum: sitting.quorum,
    };
  }
}
