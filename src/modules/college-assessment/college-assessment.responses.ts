import { ApiProperty } from '@nestjs/swagger';
import type {
  AssessmentRoundView,
  CollegeSemesterView,
  OverdueRectification,
  OverdueReport,
  OverdueView,
} from './read-models/college-assessments/college-assessments.queries.js';

class WorkReportResponse {
  @ApiProperty({ enum: ['meeting', 'written'] }) form: string;
  @ApiProperty() summary: string;
  @ApiProperty({ example: '2026-10-20' }) reportedOn: string;
  @ApiProperty({ description: 'filed after the semester’s last day' }) late: boolean;
}

class RectificationResponse {
  @ApiProperty() summary: string;
  @ApiProperty({ example: '2026-11-19' }) reportedOn: string;
  @ApiProperty({ description: 'filed after the deadline' }) late: boolean;
}

class AssessmentRoundResponse implements AssessmentRoundView {
  @ApiProperty({ example: 1, description: '1 for the report, 2, 3, ... for each re-assessment' }) round: number;
  @ApiProperty({ enum: ['pass', 'fail'] }) outcome: 'pass' | 'fail';
  @ApiProperty({ type: [String] }) findings: string[];
  @ApiProperty({ type: String, nullable: true, example: '2026-11-10' }) rectifyBy: string | null;
  @ApiProperty({ example: '2026-10-25' }) assessedOn: string;
  @ApiProperty({ type: RectificationResponse, nullable: true, description: 'the report answering a fail' })
  rectification: RectificationResponse | null;
}

export class CollegeSemesterResponse implements CollegeSemesterView {
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty({ example: '2026-autumn' }) semester: string;
  @ApiProperty({ example: '2026-09-01' }) semesterStarts: string;
  @ApiProperty({ example: '2027-01-31' }) semesterEnds: string;
  @ApiProperty({ enum: ['reported', 'passed', 'failed', 'rectified'] })
  status: 'reported' | 'passed' | 'failed' | 'rectified';
  @ApiProperty({ type: [WorkReportResponse] }) reports: WorkReportResponse[];
  @ApiProperty({ type: [AssessmentRoundResponse] }) rounds: AssessmentRoundResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'the last failing round’s deadline' })
  rectifyBy: string | null;
}

class OverdueReportResponse implements OverdueReport {
  @ApiProperty() collegeId: string;
  @ApiProperty({ example: '2026-autumn' }) semester: string;
  @ApiProperty({ example: '2027-01-31', description: 'the semester’s last day' }) dueBy: string;
}

class OverdueRectificationResponse implements OverdueRectification {
  @ApiProperty() collegeId: string;
  @ApiProperty({ example: '2026-autumn' }) semester: string;
  @ApiProperty({ example: 1, description: 'the failing round' }) round: number;
  @ApiProperty({ example: '2026-11-10' }) rectifyBy: string;
}

export class OverdueResponse implements OverdueView {
  @ApiProperty({ example: '2027-02-01' }) asOf: string;
  @ApiProperty({ type: [OverdueReportResponse] }) reports: OverdueReportResponse[];
  @ApiProperty({ type: [OverdueRectificationResponse] }) rectifications: OverdueRectificationResponse[];
}
