import { Module } from '@nestjs/common';
import { ElectionsModule } from '../elections/index.js';
import { NominationsModule } from '../nominations/index.js';
import { VotingModule } from '../voting/index.js';
import { FilingPacketService } from './filing-packet/filing-packet.service.js';
import { AnnounceResultHandler, ResultStepHandler } from './result.command-handlers.js';
import { ResultFacts } from './result-facts.js';
import { ResultsController } from './results.controller.js';

/** Results: the announcement, the party committee's approval, filing with the federation, and the election's record. */
@Module({
  imports: [ElectionsModule, NominationsModule, VotingModule],
  controllers: [ResultsController],
  providers: [AnnounceResultHandler, ResultStepHandler, FilingPacketService, ResultFacts],
  exports: [ResultFacts],
})
export class ResultsModule {}
