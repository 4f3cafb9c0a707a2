import { Module } from '@nestjs/common';
import { CongressModule } from '../congress/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import { StudentsModule } from '../students/index.js';
import type { AppConfig } from '../../shared/config/app-config.js';
import { APP_CONFIG } from '../../shared/tokens.js';
import { BALLOT_BOX_KEYS, loadBallotBoxKeys } from './ballot-box/ballot-box-keys.js';
import { SecretBallotGuard } from './ballot-box/secret-ballot.guard.js';
import { BallotBoxController } from './controllers/ballot-box.controller.js';
import { CandidatesController } from './controllers/candidates.controller.js';
import { ElectionsController } from './controllers/elections.controller.js';
import { ResultsController } from './controllers/results.controller.js';
import { VotingController } from './controllers/voting.controller.js';
import { ElectionFacts } from './facts/election-facts.js';
import { FilingPacketService } from './filing-packet/filing-packet.service.js';
import {
  ConfirmCandidateListHandler,
  OpenNominationsHandler,
  PartyConsentHandler,
  RecommendCandidateHandler,
} from './handlers/candidate-list.handlers.js';
import { CheckEligibilityHandler, InterviewHandler } from './handlers/candidate-review.handlers.js';
import { CloseRoundHandler } from './handlers/close-round.handler.js';
import { CastBallotHandler, CollectCredentialHandler } from './handlers/credential.handlers.js';
import { OpenRoundHandler, SecretariatStepHandler, SetUpElectionHandler } from './handlers/election.handlers.js';
import { EnterPaperBallotsHandler, PaperRollHandler } from './handlers/paper-ballot.handlers.js';
import { AnnounceResultHandler, ResultStepHandler } from './handlers/result.handlers.js';

/** The presidium election: candidate pipeline, secret ballot rounds, result chain and filing (docs/elections.md). */
@Module({
  imports: [OrganisationsModule, StudentsModule, CongressModule],
  controllers: [CandidatesController, ElectionsController, VotingController, BallotBoxController, ResultsController],
  providers: [
    // Read at start-up, so a production server without BALLOT_BOX_KEY refuses to start rather than to open a ballot box.
    {
      provide: BALLOT_BOX_KEYS,
      useFactory: (config: AppConfig) => loadBallotBoxKeys(config.keys),
      inject: [APP_CONFIG],
    },
    ElectionFacts,
    FilingPacketService,
    SecretBallotGuard,
    OpenNominationsHandler,
    RecommendCandidateHandler,
    PartyConsentHandler,
    CheckEligibilityHandler,
    InterviewHandler,
    ConfirmCandidateListHandler,
    SetUpElectionHandler,
    SecretariatStepHandler,
    OpenRoundHandler,
    CollectCredentialHandler,
    CastBallotHandler,
    PaperRollHandler,
    EnterPaperBallotsHandler,
    CloseRoundHandler,
    AnnounceResultHandler,
    ResultStepHandler,
  ],
})
export class ElectionsModule {}
