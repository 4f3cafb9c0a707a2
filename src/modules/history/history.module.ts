import { Module } from '@nestjs/common';
import { HistoryController } from './history.controller.js';
import { HistoryReader } from './history-reader.js';
import { HistoryReports } from './history-reports.js';
import { HistoryReportsController } from './history-reports.controller.js';

/** The supervisors' history (issue 13): reads the log through the event store port; writes nothing. */
@Module({
  controllers: [HistoryController, HistoryReportsController],
  providers: [HistoryReader, HistoryReports],
})
export class HistoryModule {}
