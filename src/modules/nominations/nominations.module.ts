import { Module } from '@nestjs/common';
import { ElectionsModule } from '../elections/index.js';
import {
  ConfirmCandidateListHandler,
  OpenNominationsHandler,
  PartyConsentHandler,
  RecommendCandidateHandler,
} from './candidate-list.command-handlers.js';
import { CheckEligibilityHandler, InterviewHandler } from './candidate-review.command-handlers.js';
import { CandidatesController } from './candidates.controller.js';
import { NominationFacts } from './nomination-facts.js';

/** Nominations: the presidium candidate list from recommendation to the party committee's confirmation (Art. 14). */
@Module({
  imports: [ElectionsModule],
  controllers: [CandidatesController],
  providers: [
    OpenNominationsHandler,
    RecommendCandidateHandler,
    PartyConsentHandler,
    CheckEligibilityHandler,
    InterviewHandler,
    ConfirmCandidateListHandler,
    NominationFacts,
  ],
  exports: [NominationFacts],
})
export class NominationsModule {}
