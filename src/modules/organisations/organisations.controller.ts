import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { Allow } from '../../shared/auth/allow.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { ChangePolicyCommand, RegisterOrganisationCommand, RenameOrganisationCommand } from './organisation.command-handlers.js';
import { OrganisationNotRegistered } from './domain/organisation.errors.js';
import { ChangePolicyRequest, RegisterOrganisationRequest, RenameOrganisationRequest } from './organisations.requests.js';
import { ORGANISATION_DIRECTORY } from './read-models/organisation-directory/organisation-directory.projection.js';
import { findOrganisation, listOrganisations, type OrganisationView } from './read-models/organisation-directory/organisation-directory.queries.js';

@ApiTags('organisations')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat-safe commands: a repeat returns the first answer' })
@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(private readonly commands: CommandBus, private readonly db: DataSource) {}

  @Post()
  @HttpCode(201)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Register a union, department or oversight body (system administrator)' })
  register(@Body() body: RegisterOrganisationRequest, @Ctx() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RegisterOrganisationCommand(body, ctx));
  }

  @Patch(':organisationId/policy')
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @ApiOperation({ summary: "Change the organisation's charter policy, with the reason (a recorded decision)" })
  changePolicy(@Param('organisationId') organisationId: string, @Body() body: ChangePolicyRequest, @Ctx() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ChangePolicyCommand({ organisationId, changes: body.changes, reason: body.reason }, ctx));
  }

  @Put(':organisationId/name')
  @Allow(['union-staff', 'college-union-staff'], 'organisationId')
  @ApiOperation({ summary: 'Rename the organisation' })
  rename(@Param('organisationId') organisationId: string, @Body() body: RenameOrganisationRequest, @Ctx() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RenameOrganisationCommand({ organisationId, name: body.name }, ctx));
  }

  @Get()
  @Allow(['union-staff', 'college-union-staff', 'delegate', 'party-committee', 'student-affairs', 'youth-league-committee', 'federation'])
  @ReadsFrom(ORGANISATION_DIRECTORY)
  @ApiHeader({ name: 'X-Read-After', required: false, description: "a command's position: wait until this list reflects it" })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'parentId', required: false })
  @ApiOperation({ summary: 'The organisations, with their policies' })
  list(@Query('kind') kind?: string, @Query('parentId') parentId?: string): Promise<OrganisationView[]> {
    return listOrganisations(this.db, { kind, parentId });
  }

  @Get(':organisationId')
  @Allow(['union-staff', 'college-union-staff', 'delegate', 'party-committee', 'student-affairs', 'youth-league-committee', 'federation'])
  @ReadsFrom(ORGANISATION_DIRECTORY)
  @ApiHeader({ name: 'X-Read-After', required: false, description: "a command's position: wait until this view reflects it" })
  @ApiOperation({ summary: 'One organisation and its policy' })
  async get(@Param('organisationId') organisationId: string): Promise<OrganisationView> {
    const found = await findOrganisation(this.db, organisationId);
    if (!found) throw new OrganisationNotRegistered(`Organisation ${organisationId} is not registered`);
    return found;
  }
}
