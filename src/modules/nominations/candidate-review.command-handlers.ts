import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { CandidateListCommand } from './domain/candidate-list.commands.js';
import type { CandidateList } from './domain/candidate-list.state.js';
import { candidateListDecider, candidateListStream } from './domain/candidate-list.decide.js';
import { ElectionFacts } from '../elections/index.js';

type Review = Readonly<{ electionId: string; reviewerOrgId: string; studentId: string }>;

export class CheckEligibilityCommand extends Command<CommandResult> {
  constructor(
    readonly data: Review,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class InterviewCommand extends Command<CommandResult> {
  constructor(
    readonly data: Review & Readonly<{ approved: boolean; notes: string; reason: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The registered kind of the reviewing body the route names; the decider checks it is the actor's role. */
async function reviewingBody(facts: ElectionFacts, { reviewerOrgId }: Review): Promise<string | null> {
  return (await facts.organisation(reviewerOrgId))?.kind ?? null;
}

const LEFT = { rule: 'membership', passed: false, detail: 'is no longer an enrolled member', article: 'Art. 4-6' };

/** Step 3a: the registry's record judged by the school union's Art. 18 policy (students module explainStaffEligibility). */
@CommandHandler(CheckEligibilityCommand)
export class CheckEligibilityHandler implements ICommandHandler<CheckEligibilityCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: CheckEligibilityCommand): Promise<CommandResult> {
    const bodyKind = await reviewingBody(this.facts, data);
    const build = async (list: CandidateList): Promise<CandidateListCommand> => {
      const policy = list.status === 'NotOpened' ? null : await this.facts.schoolPolicy(list.organisationId);
      const explained = policy ? await this.facts.eligibility(data.studentId, policy) : null;
      const eligibility = explained ?? { eligible: false, checks: [LEFT] };
      return {
        type: 'CheckEligibility',
        data: {
          electionId: data.electionId,
          reviewerOrgId: data.reviewerOrgId,
          bodyKind,
          studentId: data.studentId,
          eligibility,
        },
        metadata: this.runner.metadata(context),
      };
    };
    const stream = candidateListStream(data.electionId);
    return this.runner.run(stream, candidateListDecider, { type: 'CheckEligibility', build }, context);
  }
}

/** Step 3b: each body signs off its own interview; the decider clears the candidate at the second. */
@CommandHandler(InterviewCommand)
export class InterviewHandler implements ICommandHandler<InterviewCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
  ) {}

  async execute({ data, context }: InterviewCommand): Promise<CommandResult> {
    const bodyKind = await reviewingBody(this.facts, data);
    const { electionId, reviewerOrgId, studentId, approved, notes, reason } = data;
    const command: CandidateListCommand = {
      type: 'SignOffInterview',
      data: { electionId, reviewerOrgId, bodyKind, studentId, approved, notes, reason },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(candidateListStream(electionId), candidateListDecider, command, context);
  }
}
