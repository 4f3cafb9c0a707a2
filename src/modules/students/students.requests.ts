import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';

const COLLEGE_RULE = { message: '$property must be an organisation id (lower-case letters, digits, _ or -)' };

export class ImportRollQuery {
  @ApiPropertyOptional({
    example: 'arts',
    description: "the college whose roll this is; without it, the colleges the file's rows name",
  })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, COLLEGE_RULE)
  college?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'import the good rows of a file that has bad ones (default false: refuse it)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  onlyValidRows?: 'true' | 'false';
}

export class ListStudentsQuery {
  @ApiPropertyOptional({ example: 'arts' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, COLLEGE_RULE)
  college?: string;
  @ApiPropertyOptional({ enum: ['enrolled', 'left', 'erased'] })
  @IsOptional()
  @IsIn(['enrolled', 'left', 'erased'])
  status?: 'enrolled' | 'left' | 'erased';
  @ApiPropertyOptional({ type: 'integer', minimum: 1900, maximum: 2100, example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  grade?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, example: 50, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class EligibilityQuery {
  @ApiPropertyOptional({
    example: 'school',
    description: "whose charter policy applies; the student's college union by default",
  })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, COLLEGE_RULE)
  organisationId?: string;
}

export class EraseStudentRequest {
  @ApiProperty({ example: 'Deletion request 2026-17 under PIPL Art. 47 (no names here: this text is kept)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
