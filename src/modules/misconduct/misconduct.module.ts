import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/index.js';
import { MisconductStepHandler } from './misconduct.command-handlers.js';
import { MisconductController } from './misconduct.controller.js';

/** Misconduct of staff, reported, investigated by the Youth League committee and decided (Art. 21). */
@Module({
  imports: [StaffModule],
  controllers: [MisconductController],
  providers: [MisconductStepHandler],
})
export class MisconductModule {}
