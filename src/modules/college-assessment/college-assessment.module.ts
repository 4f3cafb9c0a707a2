import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/index.js';
import { CollegeAssessmentFacts } from './college-assessment-facts.js';
import { AssessmentStepHandler } from './college-assessment.command-handlers.js';
import { CollegeAssessmentController } from './college-assessment.controller.js';

/** College unions' semester reports, the school union's assessment and the rectifications (Art. 17 (5)). */
@Module({
  imports: [OrganisationsModule],
  controllers: [CollegeAssessmentController],
  providers: [CollegeAssessmentFacts, AssessmentStepHandler],
  exports: [CollegeAssessmentFacts],
})
export class CollegeAssessmentModule {}
