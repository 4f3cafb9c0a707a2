import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ConsistentRead } from '../../shared/projections/consistent-read.js';
import { DataSource } from 'typeorm';
import { OrganisationFacts } from '../organisations/index.js';
import { StudentFacts } from '../students/index.js';
import type {
  ConveneCongress,
  ElectDelegate,
  QualifyDelegate,
  RejectDelegate,
  WithdrawDelegate,
} from './domain/congress.commands.js';
import { congressDecider, congressStream } from './domain/congress.decide.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import { congressesInYear } from './read-models/congress-overview/annual-congress.queries.js';
import { CONGRESS_OVERVIEW } from './read-models/congress-overview/congress-overview.projection.js';

type ConveneData = Omit<ConveneCongress['data'], 'enrolment' | 'enrolmentReadAt' | 'policy' | 'heldThisYear'>;
type Recommendation = { congressId: string; branchId: string; studentId: string; replaces?: string };
type PipelineStep = ElectDelegate | QualifyDelegate | RejectDelegate | WithdrawDelegate;

/** The congress commands; each class carries its data and the caller's context. */
export class ConveneCongressCommand extends Command<CommandResult> {
  constructor(
    readonly data: ConveneData,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class RecommendDelegateCommand extends Command<CommandResult> {
  constructor(
    readonly data: Recommendation,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class DelegateStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: Pick<PipelineStep, 'type' | 'data'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConveneCongressCommand)
export class ConveneCongressHandler implements ICommandHandler<ConveneCongressCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly organisations: OrganisationFacts,
    private readonly students: StudentFacts,
    private readonly consistent: ConsistentRead,
    private readonly db: DataSource,
  ) {}

  async execute({ data, context }: ConveneCongressCommand): Promise<CommandResult> {
    const union = await this.organisations.find(data.organisationId);
    if (union?.kind !== 'school-union' || !union.policy)
      throw new CongressNotConvened(`${data.organisationId} is not a registered school union`, {
        field: 'organisationId',
      });
    // Art. 9: seats rest on every college and every enrolled student registered before this command, never on a
    // read model that lags: both lists are read after their projections reached the log's head.
    const colleges = await this.organisations.collegeUnionsOf(data.organisationId);
    const enrolment = await this.students.enrolment(colleges.value);
    // Art. 8: the union's congresses of the year, after the overview caught up with the log (never a lagging list).
    const held = await this.consistent.atHead([CONGRESS_OVERVIEW], () =>
      congressesInYear(this.db, [data.organisationId], data.year),
    );
    const heldThisYear = (held.value.get(data.organisationId) ?? []).map((c) => ({
      congressId: c.congressId,
      extraordinary: c.extraordinary,
    }));
    return this.runner.run(
      congressStream(data.congressId),
      congressDecider,
      {
        type: 'ConveneCongress',
        data: {
          ...data,
          enrolment: enrolment.value.filter((c) => c.students > 0),
          enrolmentReadAt: enrolment.readAt,
          policy: union.policy,
          heldThisYear,
        },
        metadata: this.runner.metadata(context),
      },
      context,
    );
  }
}

@CommandHandler(RecommendDelegateCommand)
export class RecommendDelegateHandler implements ICommandHandler<RecommendDelegateCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly organisations: OrganisationFacts,
    private readonly students: StudentFacts,
  ) {}

  async execute({ data, context }: RecommendDelegateCommand): Promise<CommandResult> {
    const [branchCollegeId, student] = await Promise.all([
      this.organisations.collegeOfBranch(data.branchId),
      this.students.student(data.studentId),
    ]);
    return this.runner.run(
      congressStream(data.congressId),
      congressDecider,
      {
        type: 'RecommendDelegate',
        data: {
          congressId: data.congressId,
          collegeId: branchCollegeId ?? student?.collegeId ?? '',
          branchId: data.branchId,
          branchCollegeId,
          student,
          ...(data.replaces ? { replaces: data.replaces } : {}),
        },
        metadata: this.runner.metadata(context),
      },
      context,
    );
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
