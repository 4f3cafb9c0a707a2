import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { deterministicUuid } from '../../shared/commands/deterministic-id.js';
import { StaffStepCommand } from '../staff/index.js';
import type { StaffReviewCommand } from './domain/staff-review.commands.js';
import { reviewPeriodId, staffReviewDecider, staffReviewStream } from './domain/staff-review.decide.js';
import { NoPostDecisionDue } from './domain/staff-review.errors.js';
import type { GivenSheet, PanelMember, PostDecision } from './domain/staff-review.events.js';
import { StaffReviewFacts } from './staff-review-facts.js';

/** A step of a union's semester review as the route asks it; the handler adds the facts from other streams. */
export type ReviewStep = Readonly<{ organisationId: string; semester: string }> &
  (
    | { type: 'OpenReviewPeriod' }
    | { type: 'AppointPanellists'; revieweeId: string | null; congressId: string | null; members: PanelMember[] }
    | { type: 'DeclareConflict'; revieweeId: string; conflict: string }
    | { type: 'SubmitScore'; revieweeId: string; sheet: GivenSheet }
    | { type: 'PublishReviewResults' }
    | { type: 'FileReviewAppeal'; revieweeId: string; reasons: string }
    | { type: 'DecideReviewAppeal'; revieweeId: string }
    | { type: 'DecidePost'; revieweeId: string; decision: PostDecision; reason: string }
  );

export class ReviewStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: ReviewStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Load the facts, decide on the period's stream, append; a removal is then made in the staff register. */
@CommandHandler(ReviewStepCommand)
export class ReviewStepHandler implements ICommandHandler<ReviewStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: StaffReviewFacts,
    private readonly commands: CommandBus,
  ) {}

  async execute({ step, context }: ReviewStepCommand): Promise<CommandResult> {
    const reason = 'reason' in step ? step.reason : 'reasons' in step ? step.reasons : context.reason;
    const attributed = { ...context, reason: reason?.trim() || context.reason };
    const command = {
      ...(await this.withFacts(step)),
      metadata: this.runner.metadata(attributed),
    } as StaffReviewCommand;
    const stream = staffReviewStream(reviewPeriodId(step.organisationId, step.semester));
    if (step.type !== 'DecidePost' || step.decision !== 'remove')
      return this.runner.run(stream, staffReviewDecider, command, attributed);
    try {
      const decided = await this.runner.run(stream, staffReviewDecider, command, attributed);
      const removed = await this.remove(step, attributed);
      // the answer names the later position, so a read after it sees the removal in the register too
      return {
        ...decided,
        position: removed.position ?? decided.position,
        events: [...decided.events, ...removed.events],
      };
    } catch (error) {
      // A retry after the decision landed and the removal did not: finish the removal the decision recorded.
      if (!(error instanceof NoPostDecisionDue) || !(await this.removalOutstanding(step))) throw error;
      return this.remove(step, attributed);
    }
  }

  private async withFacts(step: ReviewStep): Promise<Omit<StaffReviewCommand, 'metadata'>> {
    switch (step.type) {
      case 'OpenReviewPeriod': {
        const [opening, inOffice] = await Promise.all([
          this.facts.opening(step.organisationId, step.semester),
          this.facts.reviewees(step.organisationId),
        ]);
        return {
          type: step.type,
          data: { organisationId: step.organisationId, semester: step.semester, ...opening, inOffice },
        };
      }
      case 'AppointPanellists':
        return {
          type: step.type,
          data: {
            revieweeId: step.revieweeId,
            congress: await this.facts.congress(step.congressId),
            members: step.members,
          },
        };
      case 'DeclareConflict':
        return { type: step.type, data: { revieweeId: step.revieweeId, conflict: step.conflict } };
      case 'SubmitScore':
        return { type: step.type, data: { revieweeId: step.revieweeId, sheet: step.sheet } };
      case 'PublishReviewResults':
        return { type: step.type, data: {} };
      case 'FileReviewAppeal':
        return { type: step.type, data: { revieweeId: step.revieweeId, reasons: step.reasons } };
      case 'DecideReviewAppeal':
        return { type: step.type, data: { revieweeId: step.revieweeId } };
      case 'DecidePost': {
        const stillInOffice = await this.facts.holdsPost(step.organisationId, step.revieweeId);
        const { revieweeId, decision, reason } = step;
        return { type: step.type, data: { revieweeId, decision, reason, stillInOffice } };
      }
    }
  }

  private async removalOutstanding(step: Extract<ReviewStep, { type: 'DecidePost' }>): Promise<boolean> {
    const period = await this.facts.period(step.organisationId, step.semester);
    return (
      period.status === 'Published' &&
      period.decisions[step.revieweeId] === 'remove' &&
      (await this.facts.holdsPost(step.organisationId, step.revieweeId))
    );
  }

  /** Art. 20: the removal is the staff register's own event, caused by the decision and named by its command. */
  private remove(step: Extract<ReviewStep, { type: 'DecidePost' }>, context: CommandContext): Promise<CommandResult> {
    const removal = {
      ...context,
      commandId: deterministicUuid(`${context.commandId}:staff-removal`, 0),
      causationId: context.commandId,
    };
    const reason = `述职评议（${step.semester}）结果未达合格线，决定免职：${step.reason.trim()}`;
    return this.commands.execute(
      new StaffStepCommand(
        { type: 'RemoveStaff', organisationId: step.organisationId, studentId: step.revieweeId, reason },
        removal,
      ),
    );
  }
}
