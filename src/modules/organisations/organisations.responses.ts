import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import {
  APPROVING_BODIES,
  type ApprovingBody,
  type CharterPolicy,
  MATTER_SUBMITTER_ROLES,
  type MatterSubmitterRole,
} from './domain/charter-policy.js';
import { ORGANISATION_KINDS } from './domain/organisation-kind.js';
import type { OrganisationView } from './read-models/organisation-directory/organisation-directory.queries.js';

/** Response bodies of the organisations routes, for the OpenAPI document; `implements` keeps them true to the views. */

export class RatioResponse {
  @ApiProperty({ example: 2 }) numerator: number;
  @ApiProperty({ example: 3 }) denominator: number;
}

export class StaffBoundsResponse {
  @ApiProperty({ example: 20 }) min: number;
  @ApiProperty({ example: 30 }) max: number;
}

export class ProposalPolicyResponse {
  @ApiProperty({ example: 2, description: 'a joint proposal names at least this many co-signers' })
  minCoSigners: number;
  @ApiProperty({ example: 30, description: 'days a handling unit has to answer' }) answerDueDays: number;
  @ApiProperty({ example: 15, description: 'days for the reopened handling after "not satisfied"' })
  reopenDueDays: number;
  @ApiProperty({ type: [String], example: ['solved', 'being-solved', 'planned', 'explained'] })
  answerCategories: string[];
}

export class StaffEligibilityPolicyResponse {
  @ApiProperty({ enum: ['CPC', 'CYL'], isArray: true, example: ['CPC', 'CYL'] }) politicalStatuses: ('CPC' | 'CYL')[];
  @ApiProperty({ example: 30, description: 'within the top N percent of the major' }) topPercentOfMajor: number;
  @ApiProperty({ example: 0 }) maxFailedCourses: number;
}

export class SemesterResponse {
  @ApiProperty({ example: 'autumn' }) key: string;
  @ApiProperty({ example: '09-01' }) starts: string;
  @ApiProperty({ example: '01-31' }) ends: string;
}

export class CollegeAssessmentPolicyResponse {
  @ApiProperty({ type: [SemesterResponse] }) semesters: SemesterResponse[];
  @ApiProperty({ example: 30, description: 'days a failing college union has to rectify' }) rectificationDays: number;
}

class ApprovalStepResponse {
  @ApiProperty({ enum: APPROVING_BODIES }) body: ApprovingBody;
  @ApiProperty({ example: 5 }) days: number;
}

class MatterTypeResponse {
  @ApiProperty({ example: 'major-activity' }) key: string;
  @ApiProperty() activity: boolean;
  @ApiProperty({ type: [ApprovalStepResponse] }) chain: ApprovalStepResponse[];
  @ApiProperty({ enum: MATTER_SUBMITTER_ROLES, isArray: true }) submitters: MatterSubmitterRole[];
  @ApiProperty({ type: [String], example: ['plan', 'budget'] }) documents: string[];
  @ApiProperty({ enum: APPROVING_BODIES }) escalateTo: ApprovingBody;
}

export class ApprovalsPolicyResponse {
  @ApiProperty({ type: [MatterTypeResponse] }) matterTypes: MatterTypeResponse[];
}

export class CharterPolicyResponse implements CharterPolicy {
  @ApiProperty({ type: StaffBoundsResponse, description: 'Art. 16-17: staff of the union' }) staff: StaffBoundsResponse;
  @ApiProperty({ example: 4, description: 'Art. 14, 17: presidium seats' }) presidiumSeats: number;
  @ApiProperty({ example: 6, description: 'Art. 16: departments of the school union' }) departments: number;
  @ApiProperty({ type: RatioResponse, description: 'Art. 8: share of elected delegates present for a quorum' })
  quorum: RatioResponse;
  @ApiProperty({ type: RatioResponse, description: 'delegates are at least this share of enrolled students' })
  delegateShareMin: RatioResponse;
  @ApiProperty({ example: 5, description: 'every college has at least this many seats' }) delegateMinPerCollege: number;
  @ApiPropertyOptional({
    enum: ['largest-remainder-with-minimum', 'minimum-first-then-largest-remainder'],
    description: 'delegate notice: how seats are shared; unset means largest-remainder-with-minimum',
  })
  seatAllocation?: 'largest-remainder-with-minimum' | 'minimum-first-then-largest-remainder';
  @ApiProperty({ type: RatioResponse, description: 'at least this share of delegates hold no union post' })
  nonOfficerShareMin: RatioResponse;
  @ApiProperty({ type: StaffEligibilityPolicyResponse, description: 'Art. 18: staff and presidium candidates' })
  staffEligibility: StaffEligibilityPolicyResponse;
  @ApiPropertyOptional({ type: ProposalPolicyResponse, description: 'Art. 8 (5), Art. 9: the proposal procedure' })
  proposals?: ProposalPolicyResponse;
  @JsonRecordProperty(
    'Art. 8, 23: per kind of motion (charter-amendment, work-report, major-matter) the rule that decides it: base, ratio, strict, article',
  )
  motionRules?: CharterPolicy['motionRules'];
  @ApiPropertyOptional({
    type: CollegeAssessmentPolicyResponse,
    description: 'Art. 17 (5): the semesters college unions report in, and the days to rectify',
  })
  collegeAssessment?: CollegeAssessmentPolicyResponse;
  @JsonRecordProperty(
    'Art. 19-20, 述职评议办法: openingDays, panel (minSize, delegateShare, requiredBodies), rubric (version, daily and concentrated items with maxima), aggregation, weights, decimals, rounding, passMark, appealDays',
  )
  staffReview?: CharterPolicy['staffReview'];
  @ApiPropertyOptional({
    type: ApprovalsPolicyResponse,
    description: 'Art. 12: the matter types needing prior approval, each with its chain of approving bodies',
  })
  approvals?: ApprovalsPolicyResponse;
}

export class OrganisationResponse implements OrganisationView {
  @ApiProperty({ example: 'arts' }) organisationId: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: string;
  @ApiProperty({ example: '艺术学院学生会' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'school' }) parentId: string | null;
  @ApiProperty({
    type: CharterPolicyResponse,
    nullable: true,
    description: 'null for a body the charter sets no numbers for',
  })
  policy: CharterPolicyResponse | null;
  @ApiProperty({ example: 1, description: 'how many policy changes were recorded' }) policyChanges: number;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
