import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { StaffRegisterCommand } from './domain/staff-register.commands.js';
import { staffRegisterDecider, staffRegisterStream } from './domain/staff-register.decide.js';
import type { ChairTerm, Post } from './domain/staff-register.events.js';
import { StaffFacts } from './staff-facts.js';

/** A step of the register as the route asks it; the handler adds the facts it needs from other streams. */
export type StaffStep =
  | { type: 'CreateDepartment'; organisationId: string; departmentId: string; name: string }
  | { type: 'RenameDepartment'; organisationId: string; departmentId: string; name: string }
  | { type: 'DissolveDepartment'; organisationId: string; departmentId: string; reason: string }
  | { type: 'AppointStaff'; organisationId: string; studentId: string; post: Post }
  | { type: 'RemoveStaff'; organisationId: string; studentId: string; reason: string }
  | { type: 'SeatPresidium'; organisationId: string; electionId: string }
  | { type: 'ScheduleChairRotation'; organisationId: string; terms: readonly ChairTerm[] }
  | {
      type: 'FileCollegePresidium';
      organisationId: string;
      memberIds: readonly string[];
      electedOn: string;
      reference: string;
    }
  /** `organisationId`: the college union filed with; `schoolUnionId`: the school union acknowledging */
  | { type: 'AcknowledgeCollegePresidium'; organisationId: string; schoolUnionId: string };

export class StaffStepCommand extends Command<CommandResult> {
  constructor(
    readonly step: StaffStep,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Load the facts, decide on the union's one register stream, append (thin: the rules are the decider's). */
@CommandHandler(StaffStepCommand)
export class StaffStepHandler implements ICommandHandler<StaffStepCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: StaffFacts,
  ) {}

  async execute({ step, context }: StaffStepCommand): Promise<CommandResult> {
    const metadata = this.runner.metadata({ ...context, reason: 'reason' in step ? step.reason : context.reason });
    const command = { ...(await this.withFacts(step)), metadata } as StaffRegisterCommand;
    return this.runner.run(staffRegisterStream(step.organisationId), staffRegisterDecider, command, context);
  }

  private async withFacts(step: StaffStep): Promise<Omit<StaffRegisterCommand, 'metadata'>> {
    const { type, organisationId } = step;
    switch (step.type) {
      case 'CreateDepartment':
        return {
          type: 'CreateDepartment',
          data: { union: await this.facts.union(organisationId), departmentId: step.departmentId, name: step.name },
        };
      case 'AppointStaff': {
        const { fact: union, eligibilityRules } = await this.facts.unionRecord(organisationId);
        const candidate = await this.facts.candidate(step.studentId, eligibilityRules);
        return { type: 'AppointStaff', data: { union, studentId: step.studentId, post: step.post, candidate } };
      }
      case 'SeatPresidium': {
        const [union, result] = await Promise.all([
          this.facts.union(organisationId),
          this.facts.electedPresidium(step.electionId),
        ]);
        return { type: 'SeatPresidium', data: { union, electionId: step.electionId, result } };
      }
      case 'FileCollegePresidium': {
        const { fact: union, eligibilityRules, parentId: schoolUnionId } = await this.facts.unionRecord(organisationId);
        const candidates = await Promise.all(step.memberIds.map((id) => this.facts.candidate(id, eligibilityRules)));
        const members = Object.fromEntries(step.memberIds.map((id, i) => [id, candidates[i] ?? null]));
        const { electedOn, reference } = step;
        return { type, data: { union, schoolUnionId, members, electedOn, reference } } as never;
      }
      case 'AcknowledgeCollegePresidium': {
        const parentId = await this.facts.parentOf(organisationId);
        return { type, data: { organisationId, schoolUnionId: step.schoolUnionId, parentId } } as never;
      }
      case 'RenameDepartment':
        return { type, data: { organisationId, departmentId: step.departmentId, name: step.name } } as never;
      case 'DissolveDepartment':
        return { type, data: { organisationId, departmentId: step.departmentId, reason: step.reason } } as never;
      case 'RemoveStaff':
        return { type, data: { organisationId, studentId: step.studentId, reason: step.reason } } as never;
      case 'ScheduleChairRotation':
        return { type, data: { organisationId, terms: step.terms } } as never;
    }
  }
}
