import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import {
  ChangePolicyCommand,
  RegisterOrganisationCommand,
  RenameOrganisationCommand,
} from './organisation.command-handlers.js';
import { OrganisationNotRegistered } from './domain/organisation.errors.js';
import {
  ChangePolicyRequest,
  RegisterOrganisationRequest,
  RenameOrganisationRequest,
} from './organisations.requests.js';
import { OrganisationResponse } from './organisations.responses.js';
import { ORGANISATION_DIRECTORY } from './read-models/organisation-directory/organisation-directory.projection.js';
import {
  findOrganisation,
  listOrganisations,
  type OrganisationView,
} from './read-models/organisation-directory/organisation-directory.queries.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(['admin'])
  @CommandOperation({
    status: 201,
    byId: false,
    summary: 'Register a union, department or oversight body (system administrator)',
  })
  register(@Body() body: RegisterOrganisationRequest, @Ctx() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RegisterOrganisationCommand(body, ctx));
  }

  @Patch(':organisationId/policy')
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @CommandOperation({
    status: 200,
    summary: "Change the organisation's charter policy, with the reason (a recorded decision)",
  })
  changePolicy(
    @Param('organisationId') organisationId: string,
    @Body() body: ChangePolicyRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ChangePolicyCommand({ organisationId, changes: body.changes, reason: body.reason }, ctx),
    );
  }

  @Put(':organisationId/name')
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @CommandOperation({ status: 200, summary: 'Rename the organisation' })
  rename(
    @Param('organisationId') organisationId: string,
    @Body() body: RenameOrganisationRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RenameOrganisationCommand({ organisationId, name: body.name }, ctx));
  }

  @Get()
  @Allow([
    'union-staff',
    'college-union-staff',
    'delegate',
    'party-committee',
    'student-affairs',
    'youth-league-committee',
    'federation',
  ])
  @ReadsFrom(ORGANISATION_DIRECTORY)
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'parentId', required: false })
  @QueryOperation({
    response: [OrganisationResponse],
    readAfter: true,
    summary: 'The organisations, with their policies',
  })
  list(@Query('kind') kind?: string, @Query('parentId') parentId?: string): Promise<OrganisationView[]> {
    return listOrganisations(this.db, { kind, parentId });
  }

  @Get(':organisationId')
  @Allow([
    'union-staff',
    'college-union-staff',
    'delegate',
    'party-committee',
    'student-affairs',
    'youth-league-committee',
    'federation',
  ])
  @ReadsFrom(ORGANISATION_DIRECTORY)
  @QueryOperation({
    response: OrganisationResponse,
    readAfter: true,
    byId: true,
    summary: 'One organisation and its policy',
  })
  async get(@Param('organisationId') organisationId: string): Promise<OrganisationView> {
    const found = await findOrganisation(this.db, organisationId);
    if (!found) throw new OrganisationNotRegistered(`Organisation ${organisationId} is not registered`);
    return found;
  }
}
