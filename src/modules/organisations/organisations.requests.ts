import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
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
import { ORGANISATION_KINDS, type OrganisationKind } from './domain/organisation-kind.js';
import {
  APPROVING_BODIES,
  type ApprovingBody,
  MATTER_SUBMITTER_ROLES,
  type MatterSubmitterRole,
  MOTION_RULE_BASES,
  PANEL_BODIES,
  REVIEW_AGGREGATIONS,
  REVIEW_ROUNDINGS,
  SEAT_ALLOCATION_METHODS,
  type SeatAllocationMethod,
} from './domain/charter-policy.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const ID_RULE = {
  message: '$property must be 1-64 lower-case letters, digits, _ or -, starting with a letter or digit',
};

export class RatioDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 2 }) @IsInt() @Min(0) numerator: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 }) @IsInt() @Min(1) denominator: number;
}

export class StaffBoundsDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 20 }) @IsOptional() @IsInt() @Min(0) min?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 30 }) @IsOptional() @IsInt() @Min(1) max?: number;
}

export class StaffEligibilityDto {
  @ApiPropertyOptional({ example: ['CPC', 'CYL'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(['CPC', 'CYL'], { each: true })
  politicalStatuses?: ('CPC' | 'CYL')[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  topPercentOfMajor?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxFailedCourses?: number;
}

/** Any subset of the charter policy; what is left out keeps its value. */
export class ProposalPolicyDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  minCoSigners?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  answerDueDays?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, example: 15 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  reopenDueDays?: number;
  @ApiPropertyOptional({ type: [String], example: ['solved', 'being-solved', 'planned', 'explained'] })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { each: true })
  answerCategories?: string[];
}

export class MotionRuleDto {
  @ApiProperty({ enum: MOTION_RULE_BASES }) @IsIn(MOTION_RULE_BASES) base: (typeof MOTION_RULE_BASES)[number];
  // IsDefined: ValidateNested alone lets a missing object through (the decider then read undefined: a 500)
  @ApiProperty({ type: RatioDto }) @IsDefined() @ValidateNested() @Type(() => RatioDto) ratio: RatioDto;
  @ApiProperty({ description: 'true: more than the ratio; false: at least the ratio' }) @IsBoolean() strict: boolean;
  @ApiProperty({ example: '第二十三条' }) @IsString() @IsNotEmpty() @MaxLength(50) article: string;
}

export class MotionRulesDto {
  @ApiPropertyOptional({ type: MotionRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MotionRuleDto)
  'charter-amendment'?: MotionRuleDto;
  @ApiPropertyOptional({ type: MotionRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MotionRuleDto)
  'work-report'?: MotionRuleDto;
  @ApiPropertyOptional({ type: MotionRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MotionRuleDto)
  'major-matter'?: MotionRuleDto;
}

export class SemesterDto {
  @ApiProperty({ example: 'autumn' }) @IsString() @Matches(/^[a-z][a-z0-9]{0,15}$/) key: string;
  @ApiProperty({ example: '09-01', description: 'the first day, MM-DD' })
  @IsString()
  @Matches(/^\d{2}-\d{2}$/, { message: '$property must be a month-day MM-DD' })
  starts: string;
  @ApiProperty({ example: '01-31', description: 'the last day, MM-DD (before `starts`: in the next year)' })
  @IsString()
  @Matches(/^\d{2}-\d{2}$/, { message: '$property must be a month-day MM-DD' })
  ends: string;
}

/** Art. 17 (5): the semesters college unions report in, and the days a failing one has to rectify. */
export class CollegeAssessmentPolicyDto {
  @ApiPropertyOptional({ type: [SemesterDto] })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SemesterDto)
  semesters?: SemesterDto[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  rectificationDays?: number;
}

export class ReviewPanelRulesDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99, example: 5 }) @IsInt() @Min(1) @Max(99) minSize: number;
  @ApiProperty({ type: RatioDto, description: 'delegates are more than this share of the panel (1/2: "mostly")' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatioDto)
  delegateShare: RatioDto;
  @ApiProperty({ enum: PANEL_BODIES, isArray: true, example: ['student-affairs', 'youth-league-committee'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(PANEL_BODIES, { each: true })
  requiredBodies: (typeof PANEL_BODIES)[number][];
}

export class RubricItemDto {
  @ApiProperty({ example: 'student-needs' }) @IsString() @Matches(/^[a-z][a-z0-9-]{0,39}$/) key: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 20 }) @IsInt() @Min(1) @Max(100) max: number;
  @ApiProperty({ example: '评议办法第十条（一）' }) @IsString() @IsNotEmpty() @MaxLength(50) article: string;
}

export class RubricDto {
  @ApiProperty({ example: '2019-rules', description: 'names this rubric; a period records the version it scores on' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/)
  version: string;
  @ApiProperty({ type: [RubricItemDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  daily: RubricItemDto[];
  @ApiProperty({ type: [RubricItemDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  concentrated: RubricItemDto[];
}

export class ReviewWeightsDto {
  @ApiProperty({ type: RatioDto }) @IsDefined() @ValidateNested() @Type(() => RatioDto) daily: RatioDto;
  @ApiProperty({ type: RatioDto }) @IsDefined() @ValidateNested() @Type(() => RatioDto) concentrated: RatioDto;
}

/** The review rules (述职评议办法); what is left out keeps its value, a nested group is given whole. */
export class StaffReviewPolicyDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 120, example: 31 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  openingDays?: number;
  @ApiPropertyOptional({ type: ReviewPanelRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewPanelRulesDto)
  panel?: ReviewPanelRulesDto;
  @ApiPropertyOptional({ type: RubricDto }) @IsOptional() @ValidateNested() @Type(() => RubricDto) rubric?: RubricDto;
  @ApiPropertyOptional({ enum: REVIEW_AGGREGATIONS })
  @IsOptional()
  @IsIn(REVIEW_AGGREGATIONS)
  aggregation?: (typeof REVIEW_AGGREGATIONS)[number];
  @ApiPropertyOptional({ type: ReviewWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewWeightsDto)
  weights?: ReviewWeightsDto;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 4, example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  decimals?: number;
  @ApiPropertyOptional({ enum: REVIEW_ROUNDINGS })
  @IsOptional()
  @IsIn(REVIEW_ROUNDINGS)
  rounding?: (typeof REVIEW_ROUNDINGS)[number];
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  passMark?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 60, example: 7 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  appealDays?: number;
}

export class ApprovalStepDto {
  @ApiProperty({ enum: APPROVING_BODIES, description: 'the body deciding this step (union: the union’s presidium)' })
  @IsIn(APPROVING_BODIES)
  body: ApprovingBody;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 90, example: 5, description: 'days the step has' })
  @IsInt()
  @Min(1)
  @Max(90)
  days: number;
}

/** Art. 12: one matter type's approval chain. */
export class MatterTypeDto {
  @ApiProperty({ example: 'major-activity' }) @IsString() @Matches(/^[a-z][a-z0-9-]{0,39}$/) key: string;
  @ApiProperty({ description: 'an activity is held once approved and may recruit volunteers (Art. 13)' })
  @IsBoolean()
  activity: boolean;
  @ApiProperty({ type: [ApprovalStepDto], description: 'the approving bodies in order' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ApprovalStepDto)
  chain: ApprovalStepDto[];
  @ApiProperty({ enum: MATTER_SUBMITTER_ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(MATTER_SUBMITTER_ROLES, { each: true })
  submitters: MatterSubmitterRole[];
  @ApiProperty({ type: [String], example: ['plan', 'budget'], description: 'kinds of document a submission includes' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { each: true })
  documents: string[];
  @ApiProperty({ enum: APPROVING_BODIES, description: 'the body an overdue step escalates to' })
  @IsIn(APPROVING_BODIES)
  escalateTo: ApprovingBody;
}

/** Art. 12: matter types given whole; each replaces the union's type of its key, or is added. */
export class ApprovalsPolicyDto {
  @ApiProperty({ type: [MatterTypeDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MatterTypeDto)
  matterTypes: MatterTypeDto[];
}

export class PolicyChangesDto {
  @ApiPropertyOptional({ type: StaffBoundsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffBoundsDto)
  staff?: StaffBoundsDto;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  presidiumSeats?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 6 }) @IsOptional() @IsInt() @Min(0) departments?: number;
  @ApiPropertyOptional({ type: RatioDto }) @IsOptional() @ValidateNested() @Type(() => RatioDto) quorum?: RatioDto;
  @ApiPropertyOptional({ type: RatioDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RatioDto)
  delegateShareMin?: RatioDto;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, example: 5 })
  @IsOptional()
  @IsInt()
  @Min(0)
  delegateMinPerCollege?: number;
  @ApiPropertyOptional({ type: RatioDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RatioDto)
  nonOfficerShareMin?: RatioDto;
  @ApiPropertyOptional({
    enum: SEAT_ALLOCATION_METHODS,
    description: 'delegate notice: how seats are shared among colleges',
  })
  @IsOptional()
  @IsIn(SEAT_ALLOCATION_METHODS)
  seatAllocation?: SeatAllocationMethod;
  @ApiPropertyOptional({ type: StaffEligibilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffEligibilityDto)
  staffEligibility?: StaffEligibilityDto;
  @ApiPropertyOptional({ type: ProposalPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalPolicyDto)
  proposals?: ProposalPolicyDto;
  @ApiPropertyOptional({ type: MotionRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MotionRulesDto)
  motionRules?: MotionRulesDto;
  @ApiPropertyOptional({ type: CollegeAssessmentPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CollegeAssessmentPolicyDto)
  collegeAssessment?: CollegeAssessmentPolicyDto;
  @ApiPropertyOptional({ type: StaffReviewPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffReviewPolicyDto)
  staffReview?: StaffReviewPolicyDto;
  @ApiPropertyOptional({ type: ApprovalsPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApprovalsPolicyDto)
  approvals?: ApprovalsPolicyDto;
}

export class RegisterOrganisationRequest {
  @ApiProperty({ example: 'arts' }) @IsString() @Matches(ID_PATTERN, ID_RULE) organisationId: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) @IsIn(ORGANISATION_KINDS) kind: OrganisationKind;
  @ApiProperty({ example: '艺术学院学生会' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional({ example: 'school' }) @IsOptional() @IsString() @Matches(ID_PATTERN, ID_RULE) parentId?: string;
  @ApiPropertyOptional({ type: PolicyChangesDto, description: 'overrides of the charter defaults for this kind' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyChangesDto)
  policy?: PolicyChangesDto;
}

export class ChangePolicyRequest {
  @ApiProperty({ type: PolicyChangesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PolicyChangesDto)
  changes: PolicyChangesDto;
  @ApiProperty({ example: 'Resolution 3 of the 2nd Student Congress' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class RenameOrganisationRequest {
  @ApiProperty({ example: '艺术与设计学院学生会' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
}
