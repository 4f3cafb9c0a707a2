import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ensureBox } from './ballot-box/ballot-box.store.js';
import type { ElectionCommand } from './domain/election.commands.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import { underWay } from './domain/decisions/guards.js';
import { CandidateNotConfirmed } from './domain/election.errors.js';
import { requireOwnElection } from './domain/election-officers.js';
import { ElectionFacts, NotTheActingBody } from '../elections/index.js';
import { NominationFacts } from '../nominations/index.js';
import { ElectionStream } from './election-stream.js';

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
export class SecretariatStepCommand extends Command<CommandResult> {
  constructor(
    readonly data: Secretariat,
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
    if (list.status !== 'NotOpened' && list.organisationId !== data.organisationId)
      throw new NotTheActingBody(`Election ${data.electionId} is ${list.organisationId}'s`);
    if (list.status !== 'Confirmed')
      throw new CandidateNotConfirmed(
        `The party committee has not confirmed the candidate list of election ${data.electionId}`,
      );
    const { congressId } = list;
    const candidates = list.confirmed.map((c) => ({ ...c, confirmedByPartyCommittee: true }));
    const command: ElectionCommand = {
      type: 'SetUpElection',
      data: {
        electionId: data.electionId,
        organisationId: data.organisationId,
        congressId,
        seats: policy.presidiumSeats,
        candidates,
      },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionStream(data.electionId), electionDecider, command, context);
  }
}

/** Appointments and the seat reduction: the holding union's secretariat. */
@CommandHandler(SecretariatStepCommand)
export class SecretariatStepHandler implements ICommandHandler<SecretariatStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly elections: ElectionStream,
  ) {}

  async execute({ data, step, context }: SecretariatStepCommand): Promise<CommandResult> {
    requireOwnElection(await this.elections.load(data.electionId), data.electionId, data.organisationId);
    const reason = step.type === 'ReduceSeats' ? step.data.reason : undefined;
    const command = { ...step, metadata: this.runner.metadata({ ...context, reason }) } as ElectionCommand;
    return this.runner.run(electionStream(data.electionId), electionDecider, command, context);
  }
}

/**
 * Opens a round with the facts of the congress's sitting (Art. 8): its roll is the elected delegates, and those
 * checked in are present; the decider checks the quorum and freezes the roll to them. The sitting must belong to the
 * election's congress and still sit.
 */
@CommandHandler(OpenRoundCommand)
export class OpenRoundHandler implements ICommandHandler<OpenRoundCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
    private readonly elections: ElectionStream,
    private readonly db: DataSource,
  ) {}

  async execute({ data, context }: OpenRoundCommand): Promise<CommandResult> {
    const election = await this.elections.load(data.electionId);
    requireOwnElection(election, data.electionId, data.organisationId);
    const { congressId } = underWay(election, data.electionId);
    const sitting = await this.facts.sitting(data.sittingId);
    if (sitting.status === 'NotOpened' || sitting.status === 'Closed' || sitting.congressId !== congressId) {
      throw new NotTheActingBody(`Sitting ${data.sittingId} is not a sitting of congress ${congressId} in session`, {
        field: 'sittingId',
      });
    }
    const command: ElectionCommand = {
      type: 'OpenRound',
      data: {
        electionId: data.electionId,
        electedDelegates: sitting.roll.size,
        presentDelegateIds: [...sitting.present],
        quorum: sitting.quorum,
      },
      metadata: this.runner.metadata(context),
    };
    const result = await this.runner.run(electionStream(data.electionId), electionDecider, command, context);
    if (result.events.includes('RoundOpened')) {
      const opened = await this.elections.load(data.electionId);
      if (opened.status === 'Voting')
        await ensureBox(this.db, { electionId: data.electionId, roundNumber: opened.round.roundNumber });
    }
    return result;
  }
}
