import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { deterministicUuid } from '../../shared/commands/deterministic-id.js';
import { ChangePolicyCommand, type PolicyChanges } from '../organisations/index.js';
import type { MotionKind } from './domain/decision-rule.js';
import type { MotionCommand } from './domain/motion.commands.js';
import { motionDecider, motionStream } from './domain/motion.decide.js';
import { MotionAlreadyDecided, MotionInvalid } from './domain/motion.errors.js';
import type { Choice, VotingMode } from './domain/motion.events.js';
import type { Motion } from './domain/motion.state.js';
import { MotionFacts } from './motion-facts.js';

type Step<C extends MotionCommand['type']> = Extract<MotionCommand, { type: C }>['data'];

export class PutMotionCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{
      motionId: string;
      organisationId: string;
      congressId: string;
      kind: MotionKind;
      title: string;
      text: string;
      mode: VotingMode;
      policyChanges: PolicyChanges | null;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class OpenMotionVoteCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{ motionId: string; organisationId: string; sittingId: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class MotionStepCommand extends Command<CommandResult> {
  constructor(
    readonly step:
      | { type: 'CastRollCallVote'; data: Readonly<{ motionId: string; choice: Choice }> }
      | { type: 'EnterMotionTally'; data: Step<'EnterMotionTally'> },
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class CloseMotionVoteCommand extends Command<CommandResult> {
  constructor(
    readonly data: Step<'CloseMotionVote'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PutMotionCommand)
export class PutMotionHandler implements ICommandHandler<PutMotionCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MotionFacts,
  ) {}

  async execute({ data, context }: PutMotionCommand): Promise<CommandResult> {
    const [congress, { rule, violations }] = await Promise.all([
      this.facts.congress(data.congressId),
      this.facts.rule(data.organisationId, data.kind, data.policyChanges),
    ]);
    // The organisation is the congress's convener or the decider refuses it; a convener always has a policy.
    if (!rule) throw new MotionInvalid(`${data.organisationId} has no rule for ${data.kind}`, { field: 'kind' });
    const command: MotionCommand = {
      type: 'PutMotion',
      data: { ...data, rule, policyViolations: violations, congress },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(motionStream(data.motionId), motionDecider, command, context);
  }
}

@CommandHandler(OpenMotionVoteCommand)
export class OpenMotionVoteHandler implements ICommandHandler<OpenMotionVoteCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MotionFacts,
  ) {}

  async execute({ data, context }: OpenMotionVoteCommand): Promise<CommandResult> {
    const sitting = await this.facts.sitting(data.sittingId);
    const command: MotionCommand = {
      type: 'OpenMotionVote',
      data: { motionId: data.motionId, organisationId: data.organisationId, sitting },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(motionStream(data.motionId), motionDecider, command, context);
  }
}

@CommandHandler(MotionStepCommand)
export class MotionStepHandler implements ICommandHandler<MotionStepCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ step, context }: MotionStepCommand): Promise<CommandResult> {
    const command = { ...step, metadata: this.runner.metadata(context) } as MotionCommand;
    return this.runner.run(motionStream(step.data.motionId), motionDecider, command, context);
  }
}

/**
 * Closes the vote; an adopted charter amendment then changes the union's policy (Art. 23), a PolicyChanged caused by
 * the MotionAdopted event. Should the process stop between the two, closing again completes it: the motion answers
 * that it was decided, and the policy change, a no-op when already made, is made.
 */
@CommandHandler(CloseMotionVoteCommand)
export class CloseMotionVoteHandler implements ICommandHandler<CloseMotionVoteCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly commands: CommandBus,
  ) {}

  async execute({ data, context }: CloseMotionVoteCommand): Promise<CommandResult> {
    const stream = motionStream(data.motionId);
    const command: MotionCommand = { type: 'CloseMotionVote', data, metadata: this.runner.metadata(context) };
    try {
      const result = await this.runner.run(stream, motionDecider, command, context);
      if (!result.events.includes('MotionAdopted')) return result;
      const motion = await this.runner.load(stream, motionDecider);
      const changed = await this.applyAmendment(motion, context, deterministicUuid(context.commandId, 0));
      // The answer's position is the last event the close caused, so a read after it sees the new policy too.
      return changed?.position
        ? { ...result, position: changed.position, events: [...result.events, ...changed.events] }
        : result;
    } catch (error) {
      if (error instanceof MotionAlreadyDecided)
        await this.applyAmendment(await this.runner.load(stream, motionDecider), context, context.causationId);
      throw error;
    }
  }

  private async applyAmendment(
    motion: Motion,
    context: CommandContext,
    causationId: string,
  ): Promise<CommandResult | null> {
    if (motion.status !== 'Adopted' || motion.kind !== 'charter-amendment' || !motion.policyChanges) return null;
    const reason = `代表大会通过章程修正案（议案 ${motion.motionId}）`;
    return this.commands.execute(
      new ChangePolicyCommand(
        { organisationId: motion.organisationId, changes: motion.policyChanges as PolicyChanges, reason },
        { ...context, commandId: deterministicUuid(`${context.commandId}:amendment`, 0), causationId, reason },
      ),
    );
  }
}
