import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ApprovalFacts } from './approvals-facts.js';
import type { MatterCommand, StepDecision } from './domain/matter.commands.js';
import { matterDecider, matterStream } from './domain/matter.decide.js';
import type { MatterDocument } from './domain/matter.events.js';

/** A step of a matter as the route asks it; `organisationId` is the route's organisation (union or deciding body). */
export type MatterStep =
  | {
      type: 'SubmitMatter';
      matterId: string;
      organisationId: string;
      matterType: string;
      title: string;
      summary: string;
      documents: readonly MatterDocument[];
    }
  | {
      type: 'DecideMatterStep';
      matterId: string;
      organisationId: string;
      decision: StepDecision;
      reasons: readonly string[];
      notes: string;
    }
  | {
      type: 'ResubmitMatter';
      matterId: string;
      organisationId: string;
      changes: string;
      documents: readonly MatterDocument[] | null;
    }
  | { type: 'EscalateMatterStep'; matterId: string; organisationId: string }
  | { type: 'MarkActivityHeld'; matterId: string; organisationId: string; heldOn: string; summary: string };

export class MatterStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: MatterStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

const reasonOf = (step: MatterStep): string => {
  switch (step.type) {
    case 'DecideMatterStep':
      return [...step.reasons, step.notes].join('；');
    case 'ResubmitMatter':
      return step.changes;
    case 'MarkActivityHeld':
      return step.summary;
    case 'SubmitMatter':
      return step.title;
    case 'EscalateMatterStep':
      return '';
  }
};

/** Load the union's facts for a submission, decide on the matter's stream, append (the rules are the decider's). */
@CommandHandler(MatterStepCommand)
export class MatterStepHandler implements ICommandHandler<MatterStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ApprovalFacts,
  ) {}

  async execute({ step, context }: MatterStepCommand): Promise<CommandResult> {
    const reason = reasonOf(step).trim();
    const attributed = { ...context, reason: reason || context.reason };
    const metadata = this.runner.metadata(attributed);
    const { type, ...data } = step;
    const command = (
      type === 'SubmitMatter'
        ? { type, data: { ...data, union: await this.facts.union(step.organisationId) } }
        : { type, data }
    ) as Omit<MatterCommand, 'metadata'>;
    return this.runner.run(
      matterStream(step.matterId),
      matterDecider,
      { ...command, metadata } as MatterCommand,
      attributed,
    );
  }
}
