import { createHash } from 'node:crypto';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { StaffRegisterFacts, StaffStepCommand } from '../staff/index.js';
import type { MisconductCaseCommand } from './domain/misconduct-case.commands.js';
import { misconductCaseDecider, misconductCaseStream } from './domain/misconduct-case.decide.js';
import type { MisconductOutcome } from './domain/misconduct-case.events.js';

/** A uuid-shaped id derived from another and a purpose: the same inputs give the same id. */
function derivedId(commandId: string, purpose: string): string {
  const h = createHash('sha256').update(`${commandId}:${purpose}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A step of a misconduct case as the route asks it. */
export type MisconductStep =
  | {
      type: 'ReportMisconduct';
      caseId: string;
      organisationId: string;
      staffId: string;
      facts: string;
      conflicted: readonly string[];
    }
  | { type: 'RecordFindings'; caseId: string; findings: string }
  | { type: 'GiveStatement'; caseId: string; statement: string }
  | {
      type: 'DecideMisconduct';
      caseId: string;
      outcome: MisconductOutcome;
      reasons: readonly string[];
      referredTo: string | null;
    }
  | { type: 'AppealMisconduct'; caseId: string; grounds: string }
  | { type: 'DecideAppeal'; caseId: string; upheld: boolean; reasons: readonly string[] };

export class MisconductStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: MisconductStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Load the reported person's post for a report; decide on the case's stream. A removal is decided first (so a
 * refusal removes nobody), carried out by the staff register's own command (StaffRemoved, caused by this command),
 * then recorded on the case. Event reasons stay generic: a case's contents never go into another stream.
 */
@CommandHandler(MisconductStepCommand)
export class MisconductStepHandler implements ICommandHandler<MisconductStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly commands: CommandBus,
    private readonly staff: StaffRegisterFacts,
  ) {}

  async execute({ step, context }: MisconductStepCommand): Promise<CommandResult> {
    const metadata = this.runner.metadata(context);
    const { type, ...data } = step;
    const command = (
      type === 'ReportMisconduct'
        ? { type, data: { ...data, post: await this.staff.postOf(step.organisationId, step.staffId) } }
        : { type, data }
    ) as Omit<MisconductCaseCommand, 'metadata'>;
    const full = { ...command, metadata } as MisconductCaseCommand;
    const stream = misconductCaseStream(step.caseId);
    if (step.type === 'DecideMisconduct' && step.outcome === 'removal') {
      const state = await this.runner.load(stream, misconductCaseDecider);
      const decided = [misconductCaseDecider.decide(full, state)].flat()[0];
      if (decided?.type !== 'MisconductDecided') throw new Error('a removal decides MisconductDecided');
      const removal = {
        type: 'RemoveStaff' as const,
        organisationId: decided.data.organisationId,
        studentId: decided.data.staffId,
        reason: `第二十一条：违纪处理决定（案件 ${step.caseId}）/ Art. 21: misconduct decision (case ${step.caseId})`,
      };
      // a command of its own (its events need their own ids), derived from this one so that a repeat derives the same
      const removalContext = {
        ...context,
        commandId: derivedId(context.commandId, 'staff-removal'),
        causationId: context.commandId,
        reason: removal.reason,
      };
      await this.commands.execute(new StaffStepCommand(removal, removalContext));
    }
    return this.runner.run(stream, misconductCaseDecider, full, context);
  }
}
