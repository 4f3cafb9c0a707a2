import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { NominationFacts } from '../nominations/index.js';
import { electionResultDecider, electionResultStream } from './domain/election-result.decide.js';

/** An election's result as other modules decide on it: approved (or filed), for whom, which office, who was elected. */
export type ApprovedResult = Readonly<{
  approved: boolean;
  organisationId: string | null;
  office: string | null;
  electedIds: readonly string[];
}>;

/** What the results room tells other modules, read from the result's and the candidate list's own streams. */
@Injectable()
export class ResultFacts {
  constructor(
    private readonly runner: CommandRunner,
    private readonly nominations: NominationFacts,
  ) {}

  async result(electionId: string): Promise<ApprovedResult> {
    const [result, list] = await Promise.all([
      this.runner.load(electionResultStream(electionId), electionResultDecider),
      this.nominations.candidateList(electionId),
    ]);
    const office = list.status === 'NotOpened' ? null : list.office;
    if (result.status === 'NotAnnounced') return { approved: false, organisationId: null, office, electedIds: [] };
    return {
      // Art. 8: the result stands once the party committee approved it; filing with the federation follows.
      approved: result.status === 'Approved' || result.status === 'Filed',
      organisationId: result.organisationId,
      office,
      electedIds: result.elected.map((p) => p.personId),
    };
  }
}
