import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };
const ROLE = /^[a-z][a-z0-9-]{0,39}$/;
const ROLE_RULE = { message: '$property must be a role key such as usher' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class VolunteerRoleDto {
  @ApiProperty({ example: 'usher' }) @IsString() @Matches(ROLE, ROLE_RULE) role: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 500, example: 20 }) @IsInt() @Min(1) @Max(500) places: number;
}

export class OpenProjectRequest {
  @ApiProperty({ example: 'gala-volunteers' }) @IsString() @Matches(ID_PATTERN, ID_RULE) projectId: string;
  @ApiProperty({ example: 'arts-welcome-gala-2026', description: 'the approved activity (a matter) it serves' })
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  matterId: string;
  @ApiProperty({ example: '迎新晚会志愿者' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: '2024010001', description: 'the lead: the person (a student) who accepts and records hours' })
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  leadId: string;
  @ApiProperty({ type: [VolunteerRoleDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VolunteerRoleDto)
  roles: VolunteerRoleDto[];
}

export class ApplyRequest {
  @ApiProperty({ example: 'usher' }) @IsString() @Matches(ROLE, ROLE_RULE) role: string;
  @ApiPropertyOptional({ example: '有大型活动引导经验' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  motivation?: string;
}

export class InviteRequest {
  @ApiProperty({ example: '2024010002' }) @IsString() @Matches(ID_PATTERN, ID_RULE) studentId: string;
  @ApiProperty({ example: 'usher' }) @IsString() @Matches(ROLE, ROLE_RULE) role: string;
}

export class AcceptRequest {
  @ApiProperty({ example: '2024010002' }) @IsString() @Matches(ID_PATTERN, ID_RULE) studentId: string;
}

export class HoursRequest {
  @ApiProperty({ example: '2024010002' }) @IsString() @Matches(ID_PATTERN, ID_RULE) studentId: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1440, example: 180, description: 'minutes worked that day' })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes: number;
  @ApiProperty({ example: '2026-10-30' })
  @IsString()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  workedOn: string;
  @ApiPropertyOptional({ example: '入场引导' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}
