import { ApiProperty } from '@nestjs/swagger';
import type {
  HoursCertificate,
  VolunteerMemberView,
  VolunteerProjectView,
} from './read-models/volunteer-projects/volunteer-projects.queries.js';

class ProjectRoleResponse {
  @ApiProperty({ example: 'usher' }) role: string;
  @ApiProperty({ example: 20 }) places: number;
  @ApiProperty({ example: 12 }) filled: number;
}

class VolunteerMemberResponse implements VolunteerMemberView {
  @ApiProperty() studentId: string;
  @ApiProperty() role: string;
  @ApiProperty({ enum: ['applied', 'invited', 'member', 'released', 'lapsed'] }) status: VolunteerMemberView['status'];
  @ApiProperty({ example: 180 }) minutes: number;
}

export class VolunteerProjectResponse implements VolunteerProjectView {
  @ApiProperty() projectId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ description: 'the approved activity it serves' }) matterId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadId: string;
  @ApiProperty({ type: [ProjectRoleResponse] }) roles: ProjectRoleResponse[];
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ type: [VolunteerMemberResponse] }) people: VolunteerMemberResponse[];
}

export class HoursCertificateResponse implements HoursCertificate {
  @ApiProperty() projectId: string;
  @ApiProperty() title: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() studentId: string;
  @ApiProperty() role: string;
  @ApiProperty({ example: 270 }) minutes: number;
  @ApiProperty({ example: '4.5' }) hours: string;
  @ApiProperty({ example: '迎新晚会志愿者（usher）' }) issuedFor: string;
}
