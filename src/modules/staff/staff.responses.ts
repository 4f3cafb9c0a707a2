import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type {
  CollegeFilingView,
  DepartmentView,
  StaffMemberView,
  StaffRegisterView,
} from './read-models/staff-register/staff-register.queries.js';

class StaffMemberResponse implements StaffMemberView {
  @ApiProperty() studentId: string;
  @ApiProperty({ enum: ['presidium', 'department'] }) post: string;
  @ApiProperty({ type: String, nullable: true }) departmentId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['head', 'member'] }) role: string | null;
  @JsonRecordProperty('the Art. 18 rules as judged at the appointment: rule, passed, detail, article', {
    isArray: true,
  })
  checks: unknown[];
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({ type: String, nullable: true, description: 'the election that seated a presidium member' })
  electionId: string | null;
}

class DepartmentResponse implements DepartmentView {
  @ApiProperty() departmentId: string;
  @ApiProperty() name: string;
  @ApiProperty() members: number;
}

class CapsResponse {
  @ApiProperty({ example: 40 }) staffMax: number;
  @ApiProperty({ example: 4 }) presidiumSeats: number;
  @ApiProperty({ example: 6 }) departments: number;
}

class CountsResponse {
  @ApiProperty() staff: number;
  @ApiProperty() presidium: number;
  @ApiProperty() departments: number;
}

export class StaffRegisterResponse implements StaffRegisterView {
  @ApiProperty() organisationId: string;
  @ApiProperty({ type: CapsResponse, description: 'the charter caps from the union’s policy (Art. 10, 14, 16, 17)' })
  caps: CapsResponse;
  @ApiProperty({ type: CountsResponse }) counts: CountsResponse;
  @ApiProperty({ type: [DepartmentResponse] }) departments: DepartmentResponse[];
  @ApiProperty({ type: [StaffMemberResponse] }) staff: StaffMemberResponse[];
}

export class CollegeFilingResponse implements CollegeFilingView {
  @ApiProperty({ description: 'the college union' }) organisationId: string;
  @ApiProperty({ type: [String] }) memberIds: string[];
  @ApiProperty({ example: '2026-10-20' }) electedOn: string;
  @ApiProperty() reference: string;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
}

export class ChairResponse {
  @ApiProperty({ example: '2026-10-15' }) date: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the executive chair that day; null when no term covers it',
  })
  chairId: string | null;
}
