import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';
import { MISCONDUCT_OUTCOMES, type MisconductOutcome } from './domain/misconduct-case.events.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };

export class ReportMisconductRequest {
  @ApiProperty({ example: 'case-2026-07' }) @IsString() @Matches(ID_PATTERN, ID_RULE) caseId: string;
  @ApiProperty({ example: '2024010009', description: 'the staff member reported (a student holding a post)' })
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  staffId: string;
  @ApiProperty({ example: '多次未经审批动用活动经费' }) @IsString() @IsNotEmpty() @MaxLength(10000) facts: string;
  @ApiPropertyOptional({
    type: [String],
    example: ['league-officer-2'],
    description: 'officers (person ids) the reporter asks to be kept out of the case',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(ID_PATTERN, { ...ID_RULE, each: true })
  conflicted?: string[];
}

export class FindingsRequest {
  @ApiProperty({ example: '经核实，三次未经审批动用经费共 2,400 元' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  findings: string;
}

export class StatementRequest {
  @ApiProperty({ example: '经费均用于活动物资采购，有票据' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  statement: string;
}

export class MisconductDecisionRequest {
  @ApiProperty({ enum: MISCONDUCT_OUTCOMES }) @IsIn(MISCONDUCT_OUTCOMES) outcome: MisconductOutcome;
  @ApiProperty({ type: [String], example: ['违反学生会经费管理规定'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  reasons: string[];
  @ApiPropertyOptional({ example: '学生工作部', description: 'the body a referral goes to' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  referredTo?: string;
}

export class AppealRequest {
  @ApiProperty({ example: '票据可证明经费用于活动' }) @IsString() @IsNotEmpty() @MaxLength(10000) grounds: string;
}

export class AppealDecisionRequest {
  @ApiProperty({ description: 'true: the decision stands; false: it is overturned' }) @IsBoolean() upheld: boolean;
  @ApiProperty({ type: [String], example: ['票据不能证明事前经过审批'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  reasons: string[];
}
