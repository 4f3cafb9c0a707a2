import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { ProposalBookCommand } from './domain/proposal-book.commands.js';
import { proposalBookDecider, proposalBookStream } from './domain/proposal-book.decide.js';
import { ProposalFacts } from './proposal-facts.js';

type StepOf<C> = C extends { type: infer T; data: infer D } ? { type: T; data: D } : never;
type Step = StepOf<ProposalBookCommand>;
/** The steps that need no fact from another module: the actor and the book decide them. */
export type ProposalStep = Extract<
  Step,
  {
    type:
      | 'CloseProposalWindow'
      | 'AppointProposalCommittee'
      | 'ConfirmCoSignature'
      | 'DeclineCoSignature'
      | 'WithdrawProposal'
      | 'ScreenProposal'
      | 'DraftAnswer'
      | 'PublishAnswer'
      | 'RateAnswer'
      | 'AnswerFollowUp';
  }
>;
type WithoutFacts<S, F extends string> = S extends { type: infer T; data: infer D }
  ? { type: T; data: Omit<D, F> }
  : never;

export class ProposalStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: ProposalStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class OpenProposalWindowCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{ congressId: string; organisationId: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class SubmitProposalCommand extends Command<CommandResult> {
  constructor(
    readonly step: WithoutFacts<Extract<Step, { type: 'SubmitProposal' }>, 'congress' | 'suggestedUnitKind'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class AssignProposalCommand extends Command<CommandResult> {
  constructor(
    readonly step: WithoutFacts<Extract<Step, { type: 'AssignProposal' }>, 'unitKinds'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class AskFollowUpCommand extends Command<CommandResult> {
  constructor(
    readonly step: WithoutFacts<Extract<Step, { type: 'AskFollowUp' }>, 'congress'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

function run(runner: CommandRunner, step: Step, context: CommandContext): Promise<CommandResult> {
  const reason = 'reason' in step.data && typeof step.data.reason === 'string' ? step.data.reason : undefined;
  const command = { ...step, metadata: runner.metadata({ ...context, reason: reason || context.reason }) };
  return runner.run(
    proposalBookStream(step.data.congressId),
    proposalBookDecider,
    command as ProposalBookCommand,
    context,
  );
}

@CommandHandler(ProposalStepCommand)
export class ProposalStepHandler implements ICommandHandler<ProposalStepCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ step, context }: ProposalStepCommand): Promise<CommandResult> {
    return run(this.runner, step, context);
  }
}

/** The window opens with the union's proposal procedure in force; the event keeps it, so a later change does not reach back. */
@CommandHandler(OpenProposalWindowCommand)
export class OpenProposalWindowHandler implements ICommandHandler<OpenProposalWindowCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ProposalFacts,
  ) {}

  async execute({ data, context }: OpenProposalWindowCommand): Promise<CommandResult> {
    const [congress, policy] = await Promise.all([
      this.facts.congress(data.congressId),
      this.facts.policy(data.organisationId),
    ]);
    return run(this.runner, { type: 'OpenProposalWindow', data: { ...data, congress, policy } }, context);
  }
}

@CommandHandler(SubmitProposalCommand)
export class SubmitProposalHandler implements ICommandHandler<SubmitProposalCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ProposalFacts,
  ) {}

  async execute({ step, context }: SubmitProposalCommand): Promise<CommandResult> {
    const { suggestedUnitId, congressId } = step.data;
    const [congress, suggestedUnitKind] = await Promise.all([
      this.facts.congress(congressId),
      suggestedUnitId ? this.facts.kindOf(suggestedUnitId) : Promise.resolve(null),
    ]);
    return run(this.runner, { type: 'SubmitProposal', data: { ...step.data, congress, suggestedUnitKind } }, context);
  }
}

@CommandHandler(AssignProposalCommand)
export class AssignProposalHandler implements ICommandHandler<AssignProposalCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ProposalFacts,
  ) {}

  async execute({ step, context }: AssignProposalCommand): Promise<CommandResult> {
    const unitIds = [...new Set(step.data.unitIds)];
    const kinds = await Promise.all(unitIds.map((id) => this.facts.kindOf(id)));
    const unitKinds = Object.fromEntries(unitIds.map((id, i) => [id, kinds[i] ?? null]));
    return run(this.runner, { type: 'AssignProposal', data: { ...step.data, unitKinds } }, context);
  }
}

@CommandHandler(AskFollowUpCommand)
export class AskFollowUpHandler implements ICommandHandler<AskFollowUpCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ProposalFacts,
  ) {}

  async execute({ step, context }: AskFollowUpCommand): Promise<CommandResult> {
    const congress = await this.facts.congress(step.data.congressId);
    return run(this.runner, { type: 'AskFollowUp', data: { ...step.data, congress } }, context);
  }
}
