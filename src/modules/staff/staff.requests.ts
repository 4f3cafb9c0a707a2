import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_RULE = { message: '$property must be a date YYYY-MM-DD' };

export class CreateDepartmentRequest {
  @ApiProperty({ example: 'publicity' }) @IsString() @Matches(ID_PATTERN, ID_RULE) departmentId: string;
  @ApiProperty({ example: '宣传部' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
}

export class RenameDepartmentRequest {
  @ApiProperty({ example: '新媒体中心' }) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
}

export class ReasonRequest {
  @ApiProperty({ example: '与办公室合并' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class AppointmentRequest {
  @ApiProperty({ description: 'the student (registry id)' }) @IsString() @IsNotEmpty() @MaxLength(64) studentId: string;
  @ApiProperty({ example: 'publicity' }) @IsString() @Matches(ID_PATTERN, ID_RULE) departmentId: string;
  @ApiProperty({ enum: ['head', 'member'] }) @IsIn(['head', 'member']) role: 'head' | 'member';
}

export class SeatPresidiumRequest {
  @ApiProperty({ example: 'presidium-2026', description: 'the approved presidium election' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  electionId: string;
}

export class CollegePresidiumRequest {
  @ApiProperty({
    type: [String],
    description: 'the members the college congress elected (at most the college’s seats)',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(64, { each: true })
  memberIds: string[];
  @ApiProperty({ example: '2026-10-20' }) @IsString() @Matches(DATE, DATE_RULE) electedOn: string;
  @ApiProperty({ example: '艺术设计学院第三次学生代表大会决议' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference: string;
}

export class ChairTermDto {
  @ApiProperty({ example: '2026-09-01' }) @IsString() @Matches(DATE, DATE_RULE) from: string;
  @ApiProperty({ example: '2026-10-31' }) @IsString() @Matches(DATE, DATE_RULE) to: string;
  @ApiProperty({ description: 'a member of the presidium' }) @IsString() @IsNotEmpty() @MaxLength(64) chairId: string;
}

export class ChairRotationRequest {
  @ApiProperty({ type: [ChairTermDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ChairTermDto)
  terms: ChairTermDto[];
}

export class ChairQuery {
  @ApiPropertyOptional({ example: '2026-10-15', description: 'defaults to today (Beijing)' })
  @IsOptional()
  @ValidateIf((q: ChairQuery) => q.date !== undefined)
  @IsString()
  @Matches(DATE, DATE_RULE)
  date?: string;
}
