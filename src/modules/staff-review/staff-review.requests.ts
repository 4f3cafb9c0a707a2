import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PANEL_BODIES, type PanelBody } from './domain/review-rules.js';
import { POST_DECISIONS, type PostDecision } from './domain/staff-review.events.js';

export const SEMESTER = /^\d{4}-[a-z][a-z0-9]{0,15}$/;
const SEMESTER_RULE = { message: '$property must be a year and a semester of the policy, such as 2026-autumn' };
const PERSON = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$/;
const PERSON_RULE = { message: '$property must be a person’s id: 1-64 letters, digits, _ . : @ or -' };

export class OpenReviewRequest {
  @ApiProperty({ example: '2026-autumn', description: 'the semester reviewed, in its last month (评议办法第五条)' })
  @IsString()
  @Matches(SEMESTER, SEMESTER_RULE)
  semester: string;
}

export class PanelMemberRequest {
  @ApiProperty({ example: '20230101', description: 'the panellist’s id: a delegate’s student id, or a staff member’s' })
  @IsString()
  @Matches(PERSON, PERSON_RULE)
  panellistId: string;
  @ApiProperty({ enum: PANEL_BODIES, description: '评议办法第二条: 学生代表, 校党委学生工作部, 校团委' })
  @IsIn(PANEL_BODIES)
  body: PanelBody;
}

export class AppointPanellistsRequest {
  @ApiPropertyOptional({
    example: 'congress-2026',
    description: 'the union’s congress whose seated delegates sit on the panel',
  })
  @IsOptional()
  @ValidateIf((r: AppointPanellistsRequest) => r.congressId !== undefined)
  @IsString()
  @Matches(PERSON, PERSON_RULE)
  congressId?: string;
  @ApiPropertyOptional({ description: 'the reviewee a re-review (复核) panel hears; left out for the period’s panel' })
  @IsOptional()
  @ValidateIf((r: AppointPanellistsRequest) => r.revieweeId !== undefined)
  @IsString()
  @Matches(PERSON, PERSON_RULE)
  revieweeId?: string;
  @ApiProperty({ type: [PanelMemberRequest] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(99)
  @ValidateNested({ each: true })
  @Type(() => PanelMemberRequest)
  members: PanelMemberRequest[];
}

export class ConflictRequest {
  @ApiProperty({ example: '20230102' }) @IsString() @Matches(PERSON, PERSON_RULE) revieweeId: string;
  @ApiProperty({ example: '与被评议人为同班室友' }) @IsString() @IsNotEmpty() @MaxLength(2000) conflict: string;
}

export class ScoreSheetRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0 },
    example: { 'student-needs': 18.5, mobilisation: 9 },
    description: '评议办法第七条至第十一条: a score per daily item of the rubric, at most one decimal',
  })
  @IsDefined()
  @IsObject()
  daily: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0 },
    example: { 'written-summary': 45, 'oral-report': 47 },
    description: '评议办法第十二条: a score per concentrated item of the rubric',
  })
  @IsDefined()
  @IsObject()
  concentrated: Record<string, number>;
}

export class ScoreRequest {
  @ApiProperty({ example: '20230102' }) @IsString() @Matches(PERSON, PERSON_RULE) revieweeId: string;
  @ApiProperty({ type: ScoreSheetRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => ScoreSheetRequest)
  sheet: ScoreSheetRequest;
}

export class AppealRequest {
  @ApiProperty({ example: '集中考评时述职材料未被完整查阅' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reasons: string;
}

export class PostDecisionRequest {
  @ApiProperty({ example: '20230102' }) @IsString() @Matches(PERSON, PERSON_RULE) revieweeId: string;
  @ApiProperty({ enum: POST_DECISIONS, description: 'Art. 20: keep with improvement, or remove from the post' })
  @IsIn(POST_DECISIONS)
  decision: PostDecision;
  @ApiProperty({ example: '经学生会研究，限期一个月改进' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}
