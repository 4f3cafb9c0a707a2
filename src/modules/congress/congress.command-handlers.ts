import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { listOrganisations } from '../organisations/index.js';
import type { ConveneCongress, ElectDelegate, QualifyDelegate, RejectDelegate, WithdrawDelegate } from './domain/congress.commands.js';
import { congressDecider, congressStream } from './domain/congress.decide.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import { OrganisationFacts } from './organisation-facts.js';
import { STUDENT_DIRECTORY, type StudentDirectory } from './student-directory.js';
import { DataSource } from 'typeorm';

type ConveneData = Omit<ConveneCongress['data'], 'enrolment' | 'policy'>;
type Recommendation = { congressId: string; branchId: string; studentId: string; replaces?: string };
type PipelineStep = ElectDelegate | QualifyDelegate | RejectDelegate | WithdrawDelegate;

/** The congress commands; each class carries its data and the caller's context. */
export class ConveneCongressCommand extends Command<CommandResult> {
  constructor(readonly data: ConveneData, readonly context: CommandContext) { super(); }
}
export class RecommendDelegateCommand extends Command<CommandResult> {
  constructor(readonly data: Recommendation, readonly context: CommandContext) { super(); }
}
export class DelegateStepCommand extends Command<CommandResult> {
  constructor(readonly step: Pick<PipelineStep, 'type' | 'data'>, readonly context: CommandContext) { super(); }
}

@CommandHandler(ConveneCongressCommand)
export class ConveneCongressHandler implements ICommandHandler<ConveneCongressCommand> {
  constructor(private readonly runner: CommandRunner, private readonly organisations: OrganisationFacts, private readonly db: DataSource,
    @Inject(STUDENT_DIRECTORY) private readonly students: StudentDirectory) {}

  async execute({ data, context }: ConveneCongressCommand): Promise<CommandResult> {
    const union = await this.organisations.find(data.organisationId);
    if (union?.kind !== 'school-union' || !union.policy) throw new CongressNotConvened(`${data.organisationId} is not a registered school union`, { field: 'organisationId' });
    const colleges = await listOrganisations(this.db, { kind: 'college-union', parentId: data.organisationId });
    const enrolment = (await this.students.enrolment(colleges.map((c) => c.organisationId))).filter((c) => c.students > 0);
    return this.runner.run(congressStream(data.congressId), congressDecider, {
      type: 'ConveneCongress', data: { ...data, enrolment, policy: union.policy }, metadata: this.runner.metadata(context),
    }, context);
  }
}

@CommandHandler(RecommendDelegateCommand)
export class RecommendDelegateHandler implements ICommandHandler<RecommendDelegateCommand> {
  constructor(private readonly runner: CommandRunner, private readonly organisations: OrganisationFacts, @Inject(STUDENT_DIRECTORY) private readonly students: StudentDirectory) {}

  async execute({ data, context }: RecommendDelegateCommand): Promise<CommandResult> {
    const [branchCollegeId, student] = await Promise.all([this.organisations.collegeOfBranch(data.branchId), this.students.facts(data.studentId)]);
    return this.runner.run(congressStream(data.congressId), congressDecider, {
      type: 'RecommendDelegate',
      data: { congressId: data.congressId, collegeId: branchCollegeId ?? student?.collegeId ?? '', branchId: data.branchId, branchCollegeId, student, ...(data.replaces ? { replaces: data.replaces } : {}) },
      metadata: this.runner.metadata(context),
    }, context);
  }
}

@CommandHandler(DelegateStepCommand)
export class DelegateStepHandler implements ICommandHandler<DelegateStepCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ step, context }: DelegateStepCommand): Promise<CommandResult> {
    const command = { ...step, metadata: this.runner.metadata(context) } as PipelineStep;
    return this.runner.run(congressStream(step.data.congressId), congressDecider, command, context);
  }
}
