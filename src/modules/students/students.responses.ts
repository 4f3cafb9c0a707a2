import { ApiProperty } from '@nestjs/swagger';
import type { StaffEligibility } from './domain/staff-eligibility.js';
import type { StudentPage, StudentView } from './read-models/student-roster/student-roster.queries.js';
import type { RollField } from './roll-file/roll-columns.js';
import type { RollImportResult } from './student-roll-import.command-handler.js';

/** Response bodies of the students routes, for the OpenAPI document; `implements` keeps them true to the views. */

export class StudentResponse implements StudentView {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ type: String, nullable: true, example: '2023010101', description: 'null once erased' }) studentNumber:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '张三', description: 'null once erased' }) name: string | null;
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty({ type: String, nullable: true, example: '视觉传达设计' }) major: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 2023 }) grade: number | null;
  @ApiProperty({ type: String, nullable: true, example: '视传2301' }) classId: string | null;
  @ApiProperty({ type: [String], example: ['摄影社'] }) clubs: string[];
  @ApiProperty({ type: String, nullable: true, enum: ['CPC', 'CYL', 'none', null], description: 'null once erased' })
  politicalStatus: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 12, description: 'rank within the major, in percent' })
  rankPercentile: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0 }) failedCourses: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'holds a union post' }) officer: boolean | null;
  @ApiProperty({ enum: ['enrolled', 'left', 'erased'] }) status: 'enrolled' | 'left' | 'erased';
  @ApiProperty({ format: 'date-time' }) enrolledAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class StudentPageResponse implements StudentPage {
  @ApiProperty({ type: [StudentResponse] }) items: StudentResponse[];
  @ApiProperty({ example: 1200, description: 'students matching the filter, on all pages' }) total: number;
  @ApiProperty({ example: 50 }) limit: number;
  @ApiProperty({ example: 0 }) offset: number;
}

export class EligibilityCheckResponse {
  @ApiProperty({ enum: ['political-status', 'academic-rank', 'failed-courses'] }) rule:
    'political-status' | 'academic-rank' | 'failed-courses';
  @ApiProperty() passed: boolean;
  @ApiProperty({ example: 'ranks in the top 12% of the major; staff must rank in the top 30%' }) detail: string;
  @ApiProperty({ enum: ['Art. 18'] }) article: 'Art. 18';
}

export class StaffEligibilityResponse implements StaffEligibility {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ example: 'arts', description: 'whose charter policy was applied' }) organisationId: string;
  @ApiProperty({ description: 'every rule passed' }) eligible: boolean;
  @ApiProperty({ type: [EligibilityCheckResponse] }) checks: EligibilityCheckResponse[];
}

export class RollProblemResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    description: 'the row of the file; null for the file as a whole',
  })
  row: number | null;
  @ApiProperty({ type: String, nullable: true, example: '姓名' }) column: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'name', description: 'the roll field the column holds' })
  field: RollField | null;
  @ApiProperty({ type: String, nullable: true }) value: string | null;
  @ApiProperty({ example: 'required' }) rule: string;
  @ApiProperty() message: string;
}

export class RollImportResponse implements RollImportResult {
  @ApiProperty({ format: 'uuid' }) importId: string;
  @ApiProperty() stream: string;
  @ApiProperty({ type: String, nullable: true }) streamRevision: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'pg:1042:0', description: 'send it back as X-Read-After' })
  position: string | null;
  @ApiProperty({ type: [String] }) events: string[];
  @ApiProperty({ type: [String], example: ['arts'], description: 'the colleges whose rolls this import covered' })
  scopeCollegeIds: string[];
  @ApiProperty({ example: 3 }) enrolled: number;
  @ApiProperty({ example: 1 }) updated: number;
  @ApiProperty({ example: 0, description: 'absent from the file, so marked as left' }) left: number;
  @ApiProperty({ example: 120 }) unchanged: number;
  @ApiProperty({ example: 0, description: 'rows skipped (onlyValidRows=true)' }) rejectedRows: number;
  @ApiProperty({ type: [RollProblemResponse], description: 'the skipped rows, each with its problem' })
  errors: RollProblemResponse[];
}
