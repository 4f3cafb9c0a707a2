import { Module } from '@nestjs/common';
import { CongressModule } from '../congress/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import {
  CloseMotionVoteHandler,
  MotionStepHandler,
  OpenMotionVoteHandler,
  PutMotionHandler,
} from './motion.command-handlers.js';
import { MotionFacts } from './motion-facts.js';
import { MotionsController } from './motions.controller.js';

/** Motions of the congress (Art. 8, Art. 23; docs/motions.md). */
@Module({
  imports: [CongressModule, OrganisationsModule],
  controllers: [MotionsController],
  providers: [MotionFacts, PutMotionHandler, OpenMotionVoteHandler, MotionStepHandler, CloseMotionVoteHandler],
})
export class MotionsModule {}
