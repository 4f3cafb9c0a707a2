import { Module } from '@nestjs/common';
import { CollegeAssessmentModule } from '../college-assessment/index.js';
import { CongressModule } from '../congress/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import { StaffModule } from '../staff/index.js';
import { StaffReviewFacts } from './staff-review-facts.js';
import { ReviewStepHandler } from './staff-review.command-handlers.js';
import { StaffReviewController } from './staff-review.controller.js';

/** The semester review (述职评议) of the presidium and department heads (Art. 19-20, docs/staff-review.md). */
@Module({
  imports: [OrganisationsModule, CollegeAssessmentModule, StaffModule, CongressModule],
  controllers: [StaffReviewController],
  providers: [StaffReviewFacts, ReviewStepHandler],
})
export class StaffReviewModule {}
