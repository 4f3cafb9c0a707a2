import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../shared/commands/command-context.js';
import { CommandRunner } from '../../../shared/commands/command-runner.js';
import type { CompletedElection, ElectionResultCommand } from '../domain/election-result.commands.js';
import { electionResultDecider, electionResultStream } from '../domain/election-result.decide.js';
import { candidateListDecider, candidateListStream } from '../domain/candidate-list.decide.js';
import { NotTheActingBody } from '../domain/acting-body.errors.js';
import { ElectionFacts } from '../facts/election-facts.js';

type StepOf<C> = C extends { type: infer T; data: infer D } ? { type: T; data: D } : never;
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

/** The completed election as its stream tells it; the congress from the candidate list that set it up. */
@CommandHandler(AnnounceResultCommand)
export class AnnounceResultHandler implements ICommandHandler<AnnounceResultCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: AnnounceResultCommand): Promise<CommandResult> {
    const [election, list] = await Promise.all([
      this.facts.election(data.electionId),
      this.runner.load(candidateListStream(data.electionId), candidateListDecider),
    ]);
    if (data.sittingId !== null && list.status !== 'NotOpened') {
      const sitting = await this.facts.sitting(data.sittingId);
      if (sitting.status === 'NotOpened' || sitting.congressId !== list.congressId)
        throw new NotTheActingBody(`Sitting ${data.sittingId} is not a sitting of congress ${list.congressId}`, {
          field: 'sittingId',
        });
    }
    const completed: CompletedElection | null =
      election.status === 'Completed' && list.status !== 'NotOpened'
        ? {
            organisationId: list.organisationId,
            congressId: list.congressId,
            seats: election.seats,
            elected: election.elected,
          }
        : null;
    const command: ElectionResultCommand = {
      type: 'AnnounceResult',
      data: { ...data, completed },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionResultStream(data.electionId), electionResultDecider, command, context);
  }
}

/** Approval or return (party committee), resubmission (the union), filing (the federation): each checks its body's kind. */
@CommandHandler(ResultStepCommand)
export class ResultStepHandler implements ICommandHandler<ResultStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ step, context }: ResultStepCommand): Promise<CommandResult> {
    if (step.type === 'DecideResultApproval') await this.facts.body(step.data.partyCommitteeId, 'party-committee');
    if (step.type === 'FileResult') await this.facts.body(step.data.federationId, 'federation');
    const reason =
      step.type === 'DecideResultApproval'
        ? step.data.reasons.join('; ') || undefined
        : step.type === 'ResubmitResult'
          ? step.data.response
          : undefined;
    const command = { ...step, metadata: this.runner.metadata({ ...context, reason }) } as ElectionResultCommand;
    return this.runner.run(electionResultStream(step.data.electionId), electionResultDecider, command, context);
  }
}
