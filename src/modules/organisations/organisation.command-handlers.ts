import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { PolicyChanges } from './domain/charter-policy.js';
import { organisationDecider, organisationStream } from './domain/organisation.decide.js';
import type { OrganisationKind } from './domain/organisation-kind.js';
import { CHARTER_DEFAULTS, type CharterDefaults } from './charter-defaults.js';

type Data<T> = Readonly<T>;

export class RegisterOrganisationCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{
      organisationId: string;
      kind: OrganisationKind;
      name: string;
      parentId?: string;
      policy?: PolicyChanges;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ChangePolicyCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{ organisationId: string; changes: PolicyChanges; reason: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RenameOrganisationCommand extends Command<CommandResult> {
  constructor(
    readonly data: Data<{ organisationId: string; name: string }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterOrganisationCommand)
export class RegisterOrganisationHandler implements ICommandHandler<RegisterOrganisationCommand> {
  constructor(
    private readonly runner: CommandRunner,
    @Inject(CHARTER_DEFAULTS) private readonly defaults: CharterDefaults,
  ) {}

  async execute({ data, context }: RegisterOrganisationCommand): Promise<CommandResult> {
    const parent = data.parentId ? { organisationId: data.parentId, kind: await this.kindOf(data.parentId) } : null;
    const { policy, parentId: _parentId, ...rest } = data;
    return this.runner.run(
      organisationStream(data.organisationId),
      organisationDecider,
      {
        type: 'RegisterOrganisation',
        data: { ...rest, parent, defaultPolicy: this.defaults[data.kind] ?? null, policyOverrides: policy ?? {} },
        metadata: this.runner.metadata(context),
      },
      context,
    );
  }

  private async kindOf(organisationId: string): Promise<OrganisationKind | null> {
    const parent = await this.runner.load(organisationStream(organisationId), organisationDecider);
    return parent.status === 'Registered' ? parent.kind : null;
  }
}

@CommandHandler(ChangePolicyCommand)
export class ChangePolicyHandler implements ICommandHandler<ChangePolicyCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: ChangePolicyCommand): Promise<CommandResult> {
    const ctx = { ...context, reason: data.reason };
    return this.runner.run(
      organisationStream(data.organisationId),
      organisationDecider,
      { type: 'ChangePolicy', data, metadata: this.runner.metadata(ctx) },
      ctx,
    );
  }
}

@CommandHandler(RenameOrganisationCommand)
export class RenameOrganisationHandler implements ICommandHandler<RenameOrganisationCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: RenameOrganisationCommand): Promise<CommandResult> {
    return this.runner.run(
      organisationStream(data.organisationId),
      organisationDecider,
      { type: 'RenameOrganisation', data, metadata: this.runner.metadata(context) },
      context,
    );
  }
}
