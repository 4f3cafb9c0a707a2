import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { studentDecider, studentStream } from './domain/student.decide.js';
import { PersonalDataVault } from './personal-data/personal-data-vault.js';

export class EraseStudentCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{ studentId: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Crypto-shredding: PersonalDataErased is appended, then the student's key is destroyed. The log is never
 * rewritten, so every hash in the chain still verifies; what the ciphertext said is simply gone. A failure
 * between the two steps is completed by repeating the command: the event is found, the key destroyed.
 */
@CommandHandler(EraseStudentCommand)
export class EraseStudentHandler implements ICommandHandler<EraseStudentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ data, context }: EraseStudentCommand): Promise<CommandResult> {
    const result = await this.runner.run(
      studentStream(data.studentId),
      studentDecider,
      { type: 'EraseStudent', data, metadata: this.runner.metadata(context) },
      context,
    );
    await this.vault.erase(data.studentId);
    return result;
  }
}
