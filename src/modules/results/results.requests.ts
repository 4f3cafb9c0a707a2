import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

export class AnnounceRequest {
  @ApiPropertyOptional({ example: 'plenary-1', description: 'the sitting at which the result was announced' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sittingId?: string;
}

export class ApprovalRequest {
  @ApiProperty({ description: 'true approves; false returns with reasons' }) @IsBoolean() approved: boolean;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  reasons?: string[];
  @ApiPropertyOptional({ example: '校党委〔2026〕12号' }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

export class ResubmissionRequest {
  @ApiProperty({ description: "the union's answer to the reasons for the return" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  response: string;
}

export class FilingRequest {
  @ApiProperty({ example: '市学联备〔2026〕7号' }) @IsString() @IsNotEmpty() @MaxLength(200) reference: string;
  @ApiProperty({ example: '2026-10-16' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'filedOn must be a date YYYY-MM-DD' })
  filedOn: string;
}

export class QueueQuery {
  @ApiPropertyOptional({ example: 'party-committee' })
  @IsOptional()
  @IsIn([
    'college-party-org',
    'student-affairs',
    'youth-league-committee',
    'party-committee',
    'union-staff',
    'federation',
  ])
  awaiting?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) electionId?: string;
  @ApiPropertyOptional({ description: 'a college (for college bodies)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  scope?: string;
}
