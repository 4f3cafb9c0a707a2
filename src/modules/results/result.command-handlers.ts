import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ElectionFacts } from '../elections/index.js';
import { NominationFacts } from '../nominations/index.js';
import { VotingFacts } from '../voting/index.js';
import type { CompletedElection, ElectionResultCommand } from './domain/election-result.commands.js';
import { electionResultDecider, electionResultStream } from './domain/election-result.decide.js';

type StepOf<C> = C extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'bodyKind'> } : never;
type Step = StepOf<Exclude<ElectionResultCommand, { type: 'AnnounceResult' }>>;

export class AnnounceResultCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{ electionId: string; organisationId: string; sittingId: string | null }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class ResultStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: Step,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Load the facts, decide, append: the completed election from voting, the congress from the candidate list, the sitting's congress. */
@CommandHandler(AnnounceResultCommand)
export class AnnounceResultHandler implements ICommandHandler<AnnounceResultCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
    private readonly nominations: NominationFacts,
    private readonly voting: VotingFacts,
  ) {}

  async execute({ data, context }: AnnounceResultCommand): Promise<CommandResult> {
    const [outcome, list, sitting] = await Promise.all([
      this.voting.outcome(data.electionId),
      this.nominations.candidateList(data.electionId),
      data.sittingId === null ? null : this.facts.sitting(data.sittingId),
    ]);
    const congressId = list.status === 'NotOpened' ? null : list.congressId;
    const completed: CompletedElection | null =
      outcome.status === 'Completed' && list.status !== 'NotOpened'
        ? {
            organisationId: list.organisationId,
            congressId: list.congressId,
            seats: outcome.seats,
            elected: outcome.elected,
          }
        : null;
    const sittingCongressId = sitting && sitting.status !== 'NotOpened' ? sitting.congressId : null;
    const command: ElectionResultCommand = {
      type: 'AnnounceResult',
      data: { ...data, completed, congressId, sittingCongressId },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionResultStream(data.electionId), electionResultDecider, command, context);
  }
}

/** Approval or return (party committee), resubmission (the union), filing (the federation); the decider checks the body's kind. */
@CommandHandler(ResultStepCommand)
export class ResultStepHandler implements ICommandHandler<ResultStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ step, context }: ResultStepCommand): Promise<CommandResult> {
    const reason =
      step.type === 'DecideResultApproval'
        ? step.data.reasons.join('; ') || undefined
        : step.type === 'ResubmitResult'
          ? step.data.response
          : undefined;
    const metadata = this.runner.metadata({ ...context, reason });
    const command: ElectionResultCommand =
      step.type === 'DecideResultApproval'
        ? { ...step, data: { ...step.data, bodyKind: await this.kindOf(step.data.partyCommitteeId) }, metadata }
        : step.type === 'FileResult'
          ? { ...step, data: { ...step.data, bodyKind: await this.kindOf(step.data.federationId) }, metadata }
          : { ...step, metadata };
    return this.runner.run(electionResultStream(step.data.electionId), electionResultDecider, command, context);
  }

  private async kindOf(organisationId: string): Promise<string | null> {
    return (await this.facts.organisation(organisationId))?.kind ?? null;
  }
}
