import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { congressDecider, congressStream } from './domain/congress.decide.js';
import { SEATED_STATUSES } from './domain/congress.state.js';

/** A congress as other modules decide on it: who convened it and who holds a seat, from its own stream. */
export type CongressFact =
  | Readonly<{ status: 'NotConvened' }>
  | Readonly<{ status: 'Convened'; congressId: string; organisationId: string; seatedDelegateIds: readonly string[] }>;

/** What other modules may know of a congress when they decide (a proposal's filer is a delegate): from its stream. */
@Injectable()
export class CongressFacts {
  constructor(private readonly runner: CommandRunner) {}

  async congress(congressId: string): Promise<CongressFact> {
    const congress = await this.runner.load(congressStream(congressId), congressDecider);
    if (congress.status === 'NotConvened') return { status: 'NotConvened' };
    // Art. 9: the rights of a delegate belong to those elected or qualified, not to those merely recommended.
    const seatedDelegateIds = Object.values(congress.delegates)
      .filter((d) => SEATED_STATUSES.includes(d.status))
      .map((d) => d.studentId)
      .sort();
    return { status: 'Convened', congressId, organisationId: congress.organisationId, seatedDelegateIds };
  }
}
