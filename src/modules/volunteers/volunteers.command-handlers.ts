import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ApprovalFacts } from '../approvals/index.js';
import type { VolunteerProjectCommand } from './domain/volunteer-project.commands.js';
import { volunteerProjectDecider, volunteerProjectStream } from './domain/volunteer-project.decide.js';
import type { VolunteerRole } from './domain/volunteer-project.events.js';

/** A step of a volunteer project as the route asks it. */
export type VolunteerStep =
  | {
      type: 'OpenVolunteerProject';
      projectId: string;
      organisationId: string;
      matterId: string;
      title: string;
      leadId: string;
      roles: readonly VolunteerRole[];
    }
  | { type: 'ApplyToVolunteer'; projectId: string; role: string; motivation: string }
  | { type: 'InviteVolunteer'; projectId: string; studentId: string; role: string }
  | { type: 'AcceptApplication'; projectId: string; studentId: string }
  | { type: 'AcceptInvitation'; projectId: string }
  | {
      type: 'RecordVolunteerHours';
      projectId: string;
      studentId: string;
      minutes: number;
      workedOn: string;
      note: string;
    }
  | { type: 'CloseVolunteerProject'; projectId: string };

export class VolunteerStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: VolunteerStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Load the activity's approval for an opening, decide on the project's stream, append. */
@CommandHandler(VolunteerStepCommand)
export class VolunteerStepHandler implements ICommandHandler<VolunteerStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly approvals: ApprovalFacts,
  ) {}

  async execute({ step, context }: VolunteerStepCommand): Promise<CommandResult> {
    const metadata = this.runner.metadata(context);
    const { type, ...data } = step;
    const command = (
      type === 'OpenVolunteerProject'
        ? { type, data: { ...data, activity: await this.approvals.activity(step.matterId) } }
        : { type, data }
    ) as Omit<VolunteerProjectCommand, 'metadata'>;
    return this.runner.run(
      volunteerProjectStream(step.projectId),
      volunteerProjectDecider,
      { ...command, metadata } as VolunteerProjectCommand,
      context,
    );
  }
}
