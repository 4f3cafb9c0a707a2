import { Module } from '@nestjs/common';
import { CongressModule } from '../congress/index.js';
import { OrganisationsModule } from '../organisations/index.js';
import { StudentsModule } from '../students/index.js';
import { ElectionFacts } from './election-facts.js';

/**
 * The common floor of the presidium election's three rooms (nominations, voting, results): the facts of other
 * modules an election decides on, the shared names (persons, 姓氏笔画 order, the acting body) and the tables'
 * migrations. It has no aggregate of its own (docs/elections.md).
 */
@Module({
  imports: [OrganisationsModule, StudentsModule, CongressModule],
  providers: [ElectionFacts],
  exports: [ElectionFacts],
})
export class ElectionsModule {}
