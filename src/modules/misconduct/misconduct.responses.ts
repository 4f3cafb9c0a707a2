import { ApiProperty } from '@nestjs/swagger';
import type {
  MisconductAppealView,
  MisconductCaseView,
} from './read-models/misconduct-cases/misconduct-cases.queries.js';

class MisconductAppealResponse implements MisconductAppealView {
  @ApiProperty() grounds: string;
  @ApiProperty({ format: 'date-time' }) appealedAt: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null while the appeal is open' }) upheld: boolean | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
}

export class MisconductCaseResponse implements MisconductCaseView {
  @ApiProperty() caseId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ description: 'the reported staff member' }) staffId: string;
  @ApiProperty({ example: 'office/head', description: 'the post held when reported' }) post: string;
  @ApiProperty() facts: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when the reader is the reported person' })
  reporterId: string | null;
  @ApiProperty({ type: [String], description: 'empty when the reader is the reported person' }) conflicted: string[];
  @ApiProperty({ enum: ['investigating', 'decided', 'appealed', 'closed'] }) status: MisconductCaseView['status'];
  @ApiProperty({ type: String, nullable: true }) findings: string | null;
  @ApiProperty({ type: String, nullable: true }) statement: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['no-case', 'warning', 'removal', 'referral'] })
  outcome: string | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: String, nullable: true }) referredTo: string | null;
  @ApiProperty({ type: MisconductAppealResponse, nullable: true }) appeal: MisconductAppealResponse | null;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
}
