import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/index.js';
import { ResultsModule } from '../results/index.js';
import { StudentsModule } from '../students/index.js';
import { StaffFacts } from './staff-facts.js';
import { StaffRegisterFacts } from './staff-register-facts.js';
import { StaffStepHandler } from './staff.command-handlers.js';
import { StaffController } from './staff.controller.js';

/** Union staff (issue 11): the register of departments and posts (docs/staff.md). */
@Module({
  imports: [OrganisationsModule, StudentsModule, ResultsModule],
  controllers: [StaffController],
  providers: [StaffFacts, StaffRegisterFacts, StaffStepHandler],
  exports: [StaffRegisterFacts],
})
export class StaffModule {}
