import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { ElectionCommand } from './domain/election.commands.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import { ElectionFacts } from '../elections/index.js';
import { NominationFacts } from '../nominations/index.js';

type Secretariat = Readonly<{ electionId: string; organisationId: string }>;
type StepOf<C> = C extends { type: infer T; data: infer D } ? { type: T; data: D } : never;
type SecretariatStep = StepOf<
  Extract<ElectionCommand, { type: 'AppointScrutineer' | 'AppointTeller' | 'ReduceSeats' }>
>;

export class SetUpElectionCommand extends Command<CommandResult> {
  constructor(
    readonly data: Secretariat,
    readonly context: CommandContext,
  ) {
    super();
  }
}
/** The step names the acting union (`organisationId`); the decider checks it holds the election. */
export class SecretariatStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: SecretariatStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class OpenRoundCommand extends Command<CommandResult> {
  constructor(
    readonly data: Secretariat & Readonly<{ sittingId: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Sets up the election from the list the party committee confirmed; the seats are the union's policy (Art. 14). */
@CommandHandler(SetUpElectionCommand)
export class SetUpElectionHandler implements ICommandHandler<SetUpElectionCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
    private readonly nominations: NominationFacts,
  ) {}

  async execute({ data, context }: SetUpElectionCommand): Promise<CommandResult> {
    const policy = await this.facts.schoolPolicy(data.organisationId);
    const list = await this.nominations.candidateList(data.electionId);
    const opened = list.status !== 'NotOpened';
    const command: ElectionCommand = {
      type: 'SetUpElection',
      data: {
        electionId: data.electionId,
        organisationId: data.organisationId,
        candidateList: {
          status: list.status,
          organisationId: opened ? list.organisationId : null,
          congressId: opened ? list.congressId : null,
        },
        // Art. 14: the presidium's seats are the union's policy; Art. 8 (4): the federation allots its delegates'
        seats: (opened ? list.seats : null) ?? policy.presidiumSeats,
        candidates: opened ? list.confirmed.map((c) => ({ ...c, confirmedByPartyCommittee: true })) : [],
      },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionStream(data.electionId), electionDecider, command, context);
  }
}

/** Appointments and the seat reduction: the holding union's secretariat (the decider checks it holds the election). */
@CommandHandler(SecretariatStepCommand)
export class SecretariatStepHandler implements ICommandHandler<SecretariatStepCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ step, context }: SecretariatStepCommand): Promise<CommandResult> {
    const reason = step.type === 'ReduceSeats' ? step.data.reason : undefined;
    const command = { ...step, metadata: this.runner.metadata({ ...context, reason }) } as ElectionCommand;
    return this.runner.run(electionStream(step.data.electionId), electionDecider, command, context);
  }
}

/**
 * Opens a round with the facts of the congress's sitting (Art. 8): its roll is the elected delegates, and those
 * checked in are present; the decider checks the sitting is the electing congress's and in session, the quorum, and
 * freezes the roll to them. The ballot box is made by the first credential, paper ballot or close that needs it.
 */
@CommandHandler(OpenRoundCommand)
export class OpenRoundHandler implements ICommandHandler<OpenRoundCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: OpenRoundCommand): Promise<CommandResult> {
    const { sittingId, congressId, inSession, electedDelegates, presentDelegateIds, quorum } =
      await this.facts.sittingRoll(data.sittingId);
    const command: ElectionCommand = {
      type: 'OpenRound',
      data: {
        electionId: data.electionId,
        organisationId: data.organisationId,
        sitting: { sittingId, congressId, inSession },
        electedDelegates,
        presentDelegateIds,
        quorum,
      },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionStream(data.electionId), electionDecider, command, context);
  }
}
