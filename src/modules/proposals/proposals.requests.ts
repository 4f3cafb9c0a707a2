import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';
import { RATINGS, type Rating, type ScreeningOutcome } from './domain/proposal-book.events.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };
const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const PERSON_RULE = { message: '$property must be a person id of 1-64 letters, digits, _ . : or -' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AppointCommitteeRequest {
  @ApiProperty({ type: [String], example: ['d-101', 'd-102', 'd-103'], description: 'the members, who act personally' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(PERSON_ID, { each: true, ...PERSON_RULE })
  memberIds: string[];
}

export class SubmitProposalRequest {
  @ApiPropertyOptional({
    example: 'library-lighting',
    description: 'chosen by the client to make a retry safe; generated when absent',
  })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  proposalId?: string;
  @ApiProperty({ example: '关于改善图书馆三楼照明的提案' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ example: '三楼自习区照明不足，晚间自习影响视力……' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body: string;
  @ApiProperty({ example: '后勤服务' }) @IsString() @IsNotEmpty() @MaxLength(50) category: string;
  @ApiPropertyOptional({ example: 'logistics', description: 'the school office the filer suggests to handle it' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  suggestedUnitId?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'co-signers (delegates) for a joint proposal; each confirms personally',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(PERSON_ID, { each: true, ...PERSON_RULE })
  coSignerIds?: string[];
}

export class CoSignatureRequest {
  @ApiProperty({ description: 'true confirms the co-signature, false declines it' }) @IsBoolean() confirm: boolean;
}

export class WithdrawalRequest {
  @ApiPropertyOptional({ example: '问题已解决' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class ScreeningRequest {
  @ApiProperty({ enum: ['accepted', 'opinion', 'merged', 'not-accepted'] })
  @IsIn(['accepted', 'opinion', 'merged', 'not-accepted'])
  outcome: ScreeningOutcome;
  @ApiPropertyOptional({ description: 'the proposal it merges into, when outcome is merged' })
  @ValidateIf((r: ScreeningRequest) => r.outcome === 'merged')
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  mergeInto?: string;
  @ApiProperty({ example: '属于学校管理事项，符合立案条件' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class AssignmentRequest {
  @ApiProperty({
    type: [String],
    example: ['logistics'],
    description: 'school offices (organisation kind school-office)',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, ...ID_RULE })
  unitIds: string[];
}

export class AnswerRequest {
  @ApiProperty({ example: 'being-solved', description: 'one of the union policy’s proposals.answerCategories' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/)
  category: string;
  @ApiProperty({ example: '已列入本学期维修计划，更换三楼全部照明灯具。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text: string;
  @ApiPropertyOptional({ example: '更换灯具 120 套' }) @IsOptional() @IsString() @MaxLength(5000) measures?: string;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'when the measures are to be completed' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: '$property must be a date YYYY-MM-DD' })
  completionDate?: string;
}

export class RatingRequest {
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS) rating: Rating;
  @ApiPropertyOptional({ description: 'required when not satisfied' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class FollowUpRequest {
  @ApiPropertyOptional({ description: 'chosen by the client to make a retry safe; generated when absent' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  questionId?: string;
  @ApiProperty({ example: '灯具更换何时完成？' }) @IsString() @IsNotEmpty() @MaxLength(5000) question: string;
}

export class FollowUpAnswerRequest {
  @ApiProperty({ example: '预计 12 月 20 日前完成。' }) @IsString() @IsNotEmpty() @MaxLength(5000) answer: string;
}

export class ProposalListQuery {
  @ApiPropertyOptional({
    enum: ['AwaitingCoSigners', 'Filed', 'Lapsed', 'Withdrawn', 'Accepted', 'Opinion', 'Merged', 'NotAccepted'],
  })
  @IsOptional()
  @IsIn(['AwaitingCoSigners', 'Filed', 'Lapsed', 'Withdrawn', 'Accepted', 'Opinion', 'Merged', 'NotAccepted'])
  stage?: string;
  @ApiPropertyOptional({ example: 'logistics' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ID_RULE)
  unitId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only proposals with an answer past its due date' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}
