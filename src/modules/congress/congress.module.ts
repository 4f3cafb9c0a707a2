import { Module } from '@nestjs/common';
import { ConveneCongressHandler, DelegateStepHandler, RecommendDelegateHandler } from './congress.command-handlers.js';
import { CongressController } from './congress.controller.js';
import { OrganisationFacts } from './organisation-facts.js';
import { OpenSittingHandler, SittingStepHandler } from './sitting.command-handlers.js';
import { SittingsController } from './sittings.controller.js';

/** The Student Congress: seats, the delegate pipeline, composition, sittings and quorum. STUDENT_DIRECTORY comes from the app. */
@Module({
  controllers: [CongressController, SittingsController],
  providers: [OrganisationFacts, ConveneCongressHandler, RecommendDelegateHandler, DelegateStepHandler, OpenSittingHandler, SittingStepHandler],
})
export class CongressModule {}
