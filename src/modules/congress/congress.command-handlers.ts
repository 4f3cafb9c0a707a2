import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ConsistentRead } from '../../shared/projections/consistent-read.js';
import { DataSource } from 'typeorm';
import { OrganisationFacts } from '../organisations/index.js';
import { StudentFacts } from '../students/index.js';
import type {
  ApproveCollegeCongress,
  ConveneCongress,
  ElectDelegate,
  PartyOrgFacts,
  QualifyDelegate,
  RejectDelegate,
  ReplyToCollegeCongress,
  WithdrawDelegate,
} from './domain/congress.commands.js';
import { congressDecider, congressStream } from './domain/congress.decide.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import { congressesInYear } from './read-models/congress-overview/annual-congress.queries.js';
import { CONGRESS_OVERVIEW } from './read-models/congress-overview/congress-overview.projection.js';

type ConveneData = Omit<
  ConveneCongress['data'],
  'enrolment' | 'enrolmentReadAt' | 'policy' | 'heldThisYear' | 'unionKind'
>;
type ApprovalStep =
  Pick<ApproveCollegeCongress['data'], 'congressId' | 'partyOrgId' | 'reason'> | ReplyToCollegeCongress['data'];
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
/** Art. 17: the college party organisation's approval, or the school union's reply, of a college congress. */
export class CollegeCongressApprovalCommand extends Command<CommandResult> {
  constructor(
    readonly step: ApprovalStep,
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
    if ((union?.kind !== 'school-union' && union?.kind !== 'college-union') || !union.policy)
      throw new CongressNotConvened(`${data.organisationId} is not a registered student union`, {
        field: 'organisationId',
      });
    // Art. 9: seats rest on every college and every enrolled student registered before this command, never on a
    // read model that lags: both lists are read after their projections reached the log's head. A college union's
    // congress (Art. 17) seats its own college's students.
    const colleges =
      union.kind === 'school-union'
        ? (await this.organisations.collegeUnionsOf(data.organisationId)).value
        : [data.organisationId];
    const enrolment = await this.students.enrolment(colleges);
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
          unionKind: union.kind,
        },
        metadata: this.runner.metadata(context),
      },
      context,
    );
  }
}

/**
 * Art. 17: the approval steps are decided on the congress's own stream, which the convening then reads; the party
 * organisation's college and that college's school union come from their organisations' streams.
 */
@CommandHandler(CollegeCongressApprovalCommand)
export class CollegeCongressApprovalHandler implements ICommandHandler<CollegeCongressApprovalCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly organisations: OrganisationFacts,
  ) {}

  async execute({ step, context }: CollegeCongressApprovalCommand): Promise<CommandResult> {
    // the basis of the approval, or the reply's reasons, recorded with the event (who acted is in the context)
    const reason = ('partyOrgId' in step ? step.reason : step.reasons).trim() || context.reason;
    const attributed = { ...context, reason };
    const metadata = this.runner.metadata(attributed);
    const command =
      'partyOrgId' in step
        ? { type: 'ApproveCollegeCongress' as const, data: { ...step, party: await this.partyOf(step.partyOrgId) } }
        : { type: 'ReplyToCollegeCongress' as const, data: step };
    return this.runner.run(congressStream(step.congressId), congressDecider, { ...command, metadata }, attributed);
  }

  /** The party organisation → its college union → the college union's school union; null when a link is missing. */
  private async partyOf(partyOrgId: string): Promise<PartyOrgFacts | null> {
    const party = await this.organisations.find(partyOrgId);
    if (party?.kind !== 'college-party-org' || !party.parentId) return null;
    const college = await this.organisations.find(party.parentId);
    if (college?.kind !== 'college-union' || !college.parentId) return null;
    return { partyOrgId, collegeId: college.organisationId, schoolUnionId: college.parentId };
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
