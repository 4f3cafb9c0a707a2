import { AnnualCongressController } from './annual-congress.controller.js';
import { CongressFacts } from './congress-facts.js';
import { Module } from '@nestjs/common';
import {
  CollegeCongressApprovalHandler,
  ConveneCongressHandler,
  DelegateStepHandler,
  RecommendDelegateHandler,
} from './congress.command-handlers.js';
import { CongressController } from './congress.controller.js';
import { OrganisationsModule } from '../organisations/index.js';
import { StudentsModule } from '../students/index.js';
import { OpenSittingHandler, SittingStepHandler } from './sitting.command-handlers.js';
import { SittingFacts } from './sitting-facts.js';
import { SittingsController } from './sittings.controller.js';

/** The Student Congress: seats, the delegate pipeline, composition, sittings and quorum. */
@Module({
  imports: [OrganisationsModule, StudentsModule],
  controllers: [AnnualCongressController, CongressController, SittingsController],
  providers: [
    CongressFacts,
    ConveneCongressHandler,
    CollegeCongressApprovalHandler,
    RecommendDelegateHandler,
    DelegateStepHandler,
    OpenSittingHandler,
    SittingStepHandler,
    SittingFacts,
  ],
  exports: [SittingFacts, CongressFacts],
})
export class CongressModule {}
