import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { CollegeAssessmentFacts } from './college-assessment-facts.js';
import type { CollegeAssessmentCommand } from './domain/college-assessment.commands.js';
import { collegeAssessmentDecider, collegeAssessmentStream } from './domain/college-assessment.decide.js';
import type { Outcome, ReportForm } from './domain/college-assessment.events.js';

/** A step of a college union's assessment as the route asks it; `organisationId` is always the college union. */
export type AssessmentStep =
  | { type: 'ReportCollegeWork'; organisationId: string; semester: string; form: ReportForm; summary: string }
  | {
      type: 'AssessCollegeUnion';
      organisationId: string;
      schoolUnionId: string;
      semester: string;
      outcome: Outcome;
      findings: readonly string[];
      rectifyBy: string | null;
    }
  | { type: 'ReportCollegeRectification'; organisationId: string; semester: string; summary: string };

export class AssessmentStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: AssessmentStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Load the facts, decide on the college union's assessment stream, append (the rules are the decider's). */
@CommandHandler(AssessmentStepCommand)
export class AssessmentStepHandler implements ICommandHandler<AssessmentStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: CollegeAssessmentFacts,
  ) {}

  async execute({ step, context }: AssessmentStepCommand): Promise<CommandResult> {
    // the findings of an assessment, or the report's summary, recorded with the event as its reason
    const reason = (step.type === 'AssessCollegeUnion' ? step.findings.join('；') : step.summary).trim();
    const attributed = { ...context, reason: reason || context.reason };
    const metadata = this.runner.metadata(attributed);
    const { type, ...data } = step;
    const command = (
      type === 'ReportCollegeRectification'
        ? { type, data }
        : { type, data: { ...data, college: await this.facts.college(step.organisationId) } }
    ) as Omit<CollegeAssessmentCommand, 'metadata'>;
    return this.runner.run(
      collegeAssessmentStream(step.organisationId),
      collegeAssessmentDecider,
      { ...command, metadata } as CollegeAssessmentCommand,
      attributed,
    );
  }
}
