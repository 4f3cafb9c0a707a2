import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';
import { STEP_DECISIONS, type StepDecision } from './domain/matter.commands.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };
const KEY = /^[a-z][a-z0-9-]{0,39}$/;
const KEY_RULE = { message: '$property must be a key of the union’s policy, such as major-activity' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_RULE = { message: '$property must be a date YYYY-MM-DD' };
export const APPROVING_BODY_NAMES = [
  'union',
  'school-union',
  'youth-league-committee',
  'party-committee',
  'student-affairs',
] as const;

export class MatterDocumentDto {
  @ApiProperty({ example: 'plan', description: 'a kind of document the matter type requires' })
  @IsString()
  @Matches(KEY, KEY_RULE)
  kind: string;
  @ApiProperty({ example: '迎新晚会活动方案' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: 'oa://2026/union/118', description: 'where the document is kept' })
  @IsString()
  @MaxLength(500)
  reference: string;
}

export class SubmitMatterRequest {
  @ApiProperty({ example: 'welcome-gala-2026' }) @IsString() @Matches(ID_PATTERN, ID_RULE) matterId: string;
  @ApiProperty({ example: 'major-activity', description: 'a matter type of the union’s policy (approvals)' })
  @IsString()
  @Matches(KEY, KEY_RULE)
  matterType: string;
  @ApiProperty({ example: '2026 年迎新晚会' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: '10 月 30 日在大礼堂举办，预计 800 人参加' })
  @IsString()
  @MaxLength(5000)
  summary: string;
  @ApiProperty({ type: [MatterDocumentDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MatterDocumentDto)
  documents: MatterDocumentDto[];
}

export class StepDecisionRequest {
  @ApiProperty({ enum: STEP_DECISIONS, description: 'approve the step, return the matter for changes, or refuse it' })
  @IsIn(STEP_DECISIONS)
  decision: StepDecision;
  @ApiPropertyOptional({ type: [String], example: ['预算缺少安保费用'], description: 'required to return or refuse' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  reasons?: string[];
  @ApiPropertyOptional({ example: '同意，注意安全预案落实' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class ResubmitMatterRequest {
  @ApiProperty({ example: '预算已补充安保费用' }) @IsString() @IsNotEmpty() @MaxLength(5000) changes: string;
  @ApiPropertyOptional({ type: [MatterDocumentDto], description: 'the documents as they now stand; omit to keep them' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MatterDocumentDto)
  documents?: MatterDocumentDto[];
}

export class ActivityHeldRequest {
  @ApiProperty({ example: '2026-10-30' }) @IsString() @Matches(DATE, DATE_RULE) heldOn: string;
  @ApiProperty({ example: '晚会如期举办，约 800 人参加' }) @IsString() @MaxLength(5000) summary: string;
}

export class MattersQuery {
  @ApiPropertyOptional({ enum: ['in-review', 'returned', 'approved', 'refused', 'held'] })
  @IsOptional()
  @ValidateIf((q: MattersQuery) => q.status !== undefined)
  @IsIn(['in-review', 'returned', 'approved', 'refused', 'held'])
  status?: string;
  @ApiPropertyOptional({ example: 'major-activity' })
  @IsOptional()
  @ValidateIf((q: MattersQuery) => q.matterType !== undefined)
  @IsString()
  @Matches(KEY, KEY_RULE)
  matterType?: string;
}

export class AwaitingQuery {
  @ApiProperty({ enum: APPROVING_BODY_NAMES, description: 'the approving body' })
  @IsIn(APPROVING_BODY_NAMES)
  body: string;
  @ApiPropertyOptional({
    example: 'arts',
    description: 'for union and school-union: the union whose presidium (or school union) it is',
  })
  @IsOptional()
  @ValidateIf((q: AwaitingQuery) => q.organisationId !== undefined)
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  organisationId?: string;
}

export class OverdueMattersQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'the Beijing date to judge at; defaults to today' })
  @IsOptional()
  @ValidateIf((q: OverdueMattersQuery) => q.asOf !== undefined)
  @IsString()
  @Matches(DATE, DATE_RULE)
  asOf?: string;
  @ApiPropertyOptional({ example: 'arts', description: 'a union: its matters, and those its school union decides' })
  @IsOptional()
  @ValidateIf((q: OverdueMattersQuery) => q.organisationId !== undefined)
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  organisationId?: string;
}
