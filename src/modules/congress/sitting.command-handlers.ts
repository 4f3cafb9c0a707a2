import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { congressDecider, congressStream } from './domain/congress.decide.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import type { CheckInDelegate, CheckOutDelegate, CloseSitting, OpenBusiness } from './domain/sitting.commands.js';
import { sittingDecider, sittingStream } from './domain/sitting.decide.js';

type SittingStep = CheckInDelegate | CheckOutDelegate | OpenBusiness | CloseSitting;

export class OpenSittingCommand extends Command<CommandResult> {
  constructor(
    readonly data: { sittingId: string; congressId: string; organisationId: string; title: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class SittingStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: Pick<SittingStep, 'type' | 'data'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Opens a sitting with the congress's qualified delegates as its roll (Art. 8: quorum counts elected delegates). */
@CommandHandler(OpenSittingCommand)
export class OpenSittingHandler implements ICommandHandler<OpenSittingCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ data, context }: OpenSittingCommand): Promise<CommandResult> {
    const congress = await this.runner.load(congressStream(data.congressId), congressDecider);
    if (congress.status !== 'Convened' || congress.organisationId !== data.organisationId) {
      throw new CongressNotConvened(`${data.organisationId} has no convened congress ${data.congressId}`, {
        field: 'congressId',
      });
    }
    const roll = Object.values(congress.delegates)
      .filter((d) => d.status === 'qualified')
      .map((d) => d.studentId)
      .sort();
    return this.runner.run(
      sittingStream(data.sittingId),
      sittingDecider,
      {
        type: 'OpenSitting',
        data: { ...data, roll, quorum: congress.quorum },
        metadata: this.runner.metadata(context),
      },
      context,
    );
  }
}

@CommandHandler(SittingStepCommand)
export class SittingStepHandler implements ICommandHandler<SittingStepCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ step, context }: SittingStepCommand): Promise<CommandResult> {
    const command = { ...step, metadata: this.runner.metadata(context) } as SittingStep;
    return this.runner.run(sittingStream(step.data.sittingId), sittingDecider, command, context);
  }
}
