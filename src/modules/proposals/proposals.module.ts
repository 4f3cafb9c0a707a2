import { Module } from '@nestjs/common';
import { CongressModule } from '../congress/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import {
  AskFollowUpHandler,
  AssignProposalHandler,
  OpenProposalWindowHandler,
  ProposalStepHandler,
  SubmitProposalHandler,
} from './proposal.command-handlers.js';
import { ProposalFacts } from './proposal-facts.js';
import { ProposalsReportController } from './proposals-report.controller.js';
import { ProposalsController } from './proposals.controller.js';

/** Proposals (提案): from the window to the handling report (Art. 8 (5), Art. 9 rights 3; docs/proposals.md). */
@Module({
  imports: [CongressModule, OrganisationsModule],
  controllers: [ProposalsController, ProposalsReportController],
  providers: [
    ProposalFacts,
    ProposalStepHandler,
    OpenProposalWindowHandler,
    SubmitProposalHandler,
    AssignProposalHandler,
    AskFollowUpHandler,
  ],
})
export class ProposalsModule {}
