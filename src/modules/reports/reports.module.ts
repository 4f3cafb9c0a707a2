import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';

/** Reporting read models over the congress, sittings and elections, their exports, and the dashboard's data. */
@Module({ controllers: [ReportsController] })
export class ReportsModule {}
