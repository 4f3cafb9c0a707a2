import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/index.js';
import { ApprovalFacts } from './approvals-facts.js';
import { MatterStepHandler } from './approvals.command-handlers.js';
import { ApprovalsController } from './approvals.controller.js';

/** Prior approval of important matters, major activities, publications and external contacts (Art. 12). */
@Module({
  imports: [OrganisationsModule],
  controllers: [ApprovalsController],
  providers: [ApprovalFacts, MatterStepHandler],
  exports: [ApprovalFacts],
})
export class ApprovalsModule {}
