import { Module } from '@nestjs/common';
import { ChangePolicyHandler, RegisterOrganisationHandler, RenameOrganisationHandler } from './organisation.command-handlers.js';
import { OrganisationsController } from './organisations.controller.js';

@Module({
  controllers: [OrganisationsController],
  providers: [RegisterOrganisationHandler, ChangePolicyHandler, RenameOrganisationHandler],
})
export class OrganisationsModule {}
