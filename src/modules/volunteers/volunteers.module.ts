import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import { VolunteerStepHandler } from './volunteers.command-handlers.js';
import { VolunteersController } from './volunteers.controller.js';

/** Project-based volunteer recruitment for approved major activities, disbanded when the project ends (Art. 13). */
@Module({
  imports: [ApprovalsModule, OrganisationsModule],
  controllers: [VolunteersController],
  providers: [VolunteerStepHandler],
})
export class VolunteersModule {}
