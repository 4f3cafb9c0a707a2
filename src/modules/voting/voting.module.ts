import { Module } from '@nestjs/common';
import type { AppConfig } from '../../shared/config/app-config.js';
import { APP_CONFIG } from '../../shared/tokens.js';
import { ElectionsModule } from '../elections/index.js';
import { NominationsModule } from '../nominations/index.js';
import { BALLOT_BOX_KEYS, loadBallotBoxKeys } from './ballot-box/ballot-box-keys.js';
import { SecretBallotGuard } from './ballot-box/secret-ballot.guard.js';
import { BallotBoxController } from './ballot-box.controller.js';
import { CloseRoundHandler } from './close-round.command-handler.js';
import { CastBallotHandler, CollectCredentialHandler } from './credential.command-handlers.js';
import { OpenRoundHandler, SecretariatStepHandler, SetUpElectionHandler } from './election.command-handlers.js';
import { ElectionsController } from './elections.controller.js';
import { EnterPaperBallotsHandler, PaperRollHandler } from './paper-ballot.command-handlers.js';
import { ElectionStream } from './election-stream.js';
import { VotingFacts } from './voting-facts.js';
import { VotingController } from './voting.controller.js';

/** Voting: the election set up from the confirmed list, its officers, secret ballot rounds and their counts. */
@Module({
  imports: [ElectionsModule, NominationsModule],
  controllers: [ElectionsController, VotingController, BallotBoxController],
  providers: [
    // Read at start-up, so a production server without BALLOT_BOX_KEY refuses to start rather than to open a ballot box.
    {
      provide: BALLOT_BOX_KEYS,
      useFactory: (config: AppConfig) => loadBallotBoxKeys(config.keys),
      inject: [APP_CONFIG],
    },
    SecretBallotGuard,
    SetUpElectionHandler,
    SecretariatStepHandler,
    OpenRoundHandler,
    CollectCredentialHandler,
    CastBallotHandler,
    PaperRollHandler,
    EnterPaperBallotsHandler,
    CloseRoundHandler,
    ElectionStream,
    VotingFacts,
  ],
  exports: [VotingFacts],
})
export class VotingModule {}
