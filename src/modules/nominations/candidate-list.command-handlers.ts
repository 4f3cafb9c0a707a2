import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { CandidateListCommand } from './domain/candidate-list.commands.js';
import type { ElectedOffice } from './domain/candidate-list.events.js';
import type { CandidateList } from './domain/candidate-list.state.js';
import { candidateListDecider, candidateListStream } from './domain/candidate-list.decide.js';
import { ElectionFacts } from '../elections/index.js';

type Data<T> = Readonly<T>;

export class OpenNominationsCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{
      electionId: string;
      organisationId: string;
      congressId: string;
      office: ElectedOffice;
      seats: number | null;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class RecommendCandidateCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{ electionId: string; leagueOrgId: string; studentId: string; resume: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class PartyConsentCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{
      electionId: string;
      partyOrgId: string;
      studentId: string;
      consent: boolean;
      reason: string;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class ConfirmCandidateListCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{
      electionId: string;
      partyCommitteeId: string;
      excluded: ReadonlyArray<{ studentId: string; reason: string }>;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Steps 1, 2 and 4 of the pipeline and the opening of nominations; each brings the facts its body's decision needs. */
@CommandHandler(OpenNominationsCommand)
export class OpenNominationsHandler implements ICommandHandler<OpenNominationsCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: OpenNominationsCommand): Promise<CommandResult> {
    const union = await this.facts.organisation(data.organisationId);
    const command: CandidateListCommand = {
      type: 'OpenNominations',
      data: { ...data, isSchoolUnion: union?.kind === 'school-union' },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(candidateListStream(data.electionId), candidateListDecider, command, context);
  }
}

@CommandHandler(RecommendCandidateCommand)
export class RecommendCandidateHandler implements ICommandHandler<RecommendCandidateCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: RecommendCandidateCommand): Promise<CommandResult> {
    const [leagueCollegeId, student] = await Promise.all([
      this.facts.collegeOf(data.leagueOrgId, 'college-league-org'),
      this.facts.student(data.studentId),
    ]);
    const command: CandidateListCommand = {
      type: 'RecommendCandidate',
      data: { ...data, leagueCollegeId, student },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(candidateListStream(data.electionId), candidateListDecider, command, context);
  }
}

@CommandHandler(PartyConsentCommand)
export class PartyConsentHandler implements ICommandHandler<PartyConsentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: PartyConsentCommand): Promise<CommandResult> {
    const partyCollegeId = await this.facts.collegeOf(data.partyOrgId, 'college-party-org');
    const command: CandidateListCommand = {
      type: 'DecidePartyConsent',
      data: { ...data, partyCollegeId },
      metadata: this.runner.metadata({ ...context, reason: data.reason || undefined }),
    };
    return this.runner.run(candidateListStream(data.electionId), candidateListDecider, command, context);
  }
}

/** Step 4: the seats the list must exceed are the school union's presidium seats (policy, Art. 14). */
@CommandHandler(ConfirmCandidateListCommand)
export class ConfirmCandidateListHandler implements ICommandHandler<ConfirmCandidateListCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: ConfirmCandidateListCommand): Promise<CommandResult> {
    const bodyKind = (await this.facts.organisation(data.partyCommitteeId))?.kind ?? null;
    const build = async (list: CandidateList): Promise<CandidateListCommand> => {
      // the federation's allotment for its delegates; the union's presidium seats (Art. 14) for the presidium
      const seats =
        list.status === 'NotOpened' || bodyKind !== 'party-committee'
          ? 0
          : (list.seats ?? (await this.facts.schoolPolicy(list.organisationId)).presidiumSeats);
      const { electionId, partyCommitteeId, excluded } = data;
      return {
        type: 'ConfirmCandidateList',
        data: { electionId, partyCommitteeId, bodyKind, seats, excluded },
        metadata: this.runner.metadata(context),
      };
    };
    const stream = candidateListStream(data.electionId);
    return this.runner.run(stream, candidateListDecider, { type: 'ConfirmCandidateList', build }, context);
  }
}
