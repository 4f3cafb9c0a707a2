import { Module } from '@nestjs/common';
import { AsOfController } from './as-of.controller.js';
import { HistoryController } from './history.controller.js';
import { HistoryReader } from './history-reader.js';
import { HistoryReports } from './history-reports.js';
import { HistoryReportsController } from './history-reports.controller.js';
import { PastStates } from './past-states.js';

/** The supervisors' history (issue 13): reads the log through the event store port; writes nothing. */
@Module({
  controllers: [HistoryController, HistoryReportsController, AsOfController],
  providers: [HistoryReader, HistoryReports, PastStates],
})
export class HistoryModule {}
