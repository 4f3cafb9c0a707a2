import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { REPORT_FORMS, type ReportForm } from './domain/college-assessment.events.js';

const SEMESTER = /^\d{4}-[a-z][a-z0-9]{0,15}$/;
const SEMESTER_RULE = { message: '$property must be a year and a semester of the policy, such as 2026-autumn' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_RULE = { message: '$property must be a date YYYY-MM-DD' };

export class WorkReportRequest {
  @ApiProperty({ example: '2026-autumn', description: 'the semester reported on (the school union’s policy)' })
  @IsString()
  @Matches(SEMESTER, SEMESTER_RULE)
  semester: string;
  @ApiProperty({ enum: REPORT_FORMS, description: 'Art. 17 (5): 集中会议 (meeting) or 书面形式 (written)' })
  @IsIn(REPORT_FORMS)
  form: ReportForm;
  @ApiProperty({ example: '本学期召开例会 8 次，开展学风建设活动 3 项' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary: string;
}

export class AssessmentRequest {
  @ApiProperty({ example: '2026-autumn' }) @IsString() @Matches(SEMESTER, SEMESTER_RULE) semester: string;
  @ApiProperty({ enum: ['pass', 'fail'] }) @IsIn(['pass', 'fail']) outcome: 'pass' | 'fail';
  @ApiPropertyOptional({ type: [String], example: ['例会记录不全'], description: 'required for a fail' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  findings?: string[];
  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'a fail’s rectification deadline; defaults to the policy’s rectificationDays after today',
  })
  @IsOptional()
  @ValidateIf((r: AssessmentRequest) => r.rectifyBy !== undefined)
  @IsString()
  @Matches(DATE, DATE_RULE)
  rectifyBy?: string;
}

export class RectificationRequest {
  @ApiProperty({ example: '2026-autumn' }) @IsString() @Matches(SEMESTER, SEMESTER_RULE) semester: string;
  @ApiProperty({ example: '已补齐例会记录并建立台账' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary: string;
}

export class AssessmentsQuery {
  @ApiPropertyOptional({ example: '2026-autumn' })
  @IsOptional()
  @ValidateIf((q: AssessmentsQuery) => q.semester !== undefined)
  @IsString()
  @Matches(SEMESTER, SEMESTER_RULE)
  semester?: string;
}

export class OverdueQuery {
  @ApiPropertyOptional({ example: '2027-02-01', description: 'the Beijing date to judge at; defaults to today' })
  @IsOptional()
  @ValidateIf((q: OverdueQuery) => q.asOf !== undefined)
  @IsString()
  @Matches(DATE, DATE_RULE)
  asOf?: string;
}
