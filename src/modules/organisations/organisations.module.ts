import { Module } from '@nestjs/common';
import { OrganisationFacts } from './organisation-facts.js';
import {
  ChangePolicyHandler,
  RegisterOrganisationHandler,
  RenameOrganisationHandler,
} from './organisation.command-handlers.js';
import { OrganisationsController } from './organisations.controller.js';

@Module({
  controllers: [OrganisationsController],
  providers: [RegisterOrganisationHandler, ChangePolicyHandler, RenameOrganisationHandler, OrganisationFacts],
  exports: [OrganisationFacts],
})
export class OrganisationsModule {}
