import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { HandlingReport, UnitHandling } from './read-models/proposal-register/handling-report.js';
import type {
  AssignmentView,
  DelegateProposalRecord,
  ProposalView,
  UnitAssignmentView,
} from './read-models/proposal-register/proposal-register.queries.js';

/** Response bodies of the proposal routes, for the OpenAPI document; `implements` keeps them true to the views. */

const STAGES = ['AwaitingCoSigners', 'Filed', 'Lapsed', 'Withdrawn', 'Accepted', 'Opinion', 'Merged', 'NotAccepted'];

export class AssignmentResponse implements AssignmentView {
  @ApiProperty({ example: 'logistics' }) unitId: string;
  @ApiProperty({ example: '后勤保障处' }) unitName: string;
  @ApiProperty({ format: 'date-time' }) assignedAt: string;
  @ApiProperty({ example: '2026-11-14', description: 'Beijing date the answer is due' }) dueOn: string;
  @ApiProperty({ enum: ['Assigned', 'Answered', 'Reopened'] }) status: string;
  @ApiProperty({ description: 'past its due date without a published answer, today (Beijing)' }) overdue: boolean;
  @JsonRecordProperty('the published answer: category, text, measures, completionDate; null until published', {
    nullable: true,
  })
  answer: unknown;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Beijing days from the assignment to the answer' })
  daysToAnswer: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) late: boolean | null;
  @ApiProperty({ description: 'reopened once after a "not satisfied" rating' }) reopened: boolean;
  @JsonRecordProperty('every published answer, in order', { isArray: true }) answers: unknown[];
  @JsonRecordProperty('ratings: raterId, rating, comment, ratedAt', { isArray: true }) ratings: unknown[];
  @JsonRecordProperty('follow-up questions (询问): questionId, askedBy, question, answer', { isArray: true })
  questions: unknown[];
}

export class ProposalResponse implements ProposalView {
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 'library-lighting' }) proposalId: string;
  @ApiProperty({ type: Number, nullable: true, example: 12, description: '第N号, once filed' }) number: number | null;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ example: '后勤服务' }) category: string;
  @ApiProperty() filerId: string;
  @ApiProperty({ type: [String] }) coSignerIds: string[];
  @ApiProperty({ type: [String] }) confirmedIds: string[];
  @ApiProperty({ type: [String] }) declinedIds: string[];
  @ApiProperty({ type: String, nullable: true }) suggestedUnitId: string | null;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ type: String, nullable: true, description: 'the proposal it was merged into' }) mergedInto:
    string | null;
  @ApiProperty({ type: [String], description: 'proposals merged into this one' }) mergedFrom: string[];
  @JsonRecordProperty('the screening: outcome, reason, by, at; null before screening', { nullable: true })
  screening: unknown;
  @JsonRecordProperty('withdrawal or lapse: reason, at', { nullable: true }) withdrawal: unknown;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) filedAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [AssignmentResponse] }) assignments: AssignmentResponse[];
}

export class UnitAssignmentResponse extends AssignmentResponse implements UnitAssignmentView {
  @ApiProperty() congressId: string;
  @ApiProperty() proposalId: string;
  @ApiProperty({ type: Number, nullable: true }) number: number | null;
  @ApiProperty() title: string;
}

class ProposalRefResponse {
  @ApiProperty() proposalId: string;
  @ApiProperty({ type: Number, nullable: true }) number: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STAGES }) stage: string;
}

export class DelegateRecordResponse implements DelegateProposalRecord {
  @ApiProperty() delegateId: string;
  @ApiProperty({ type: [ProposalRefResponse] }) filed: ProposalRefResponse[];
  @ApiProperty({ type: [ProposalRefResponse], description: 'proposals co-signed (confirmed)' })
  coSigned: ProposalRefResponse[];
  @ApiProperty() ratingsGiven: number;
  @ApiProperty() questionsAsked: number;
}

export class UnitHandlingResponse implements UnitHandling {
  @ApiProperty({ example: 'logistics' }) unitId: string;
  @ApiProperty({ example: '后勤保障处' }) unitName: string;
  @ApiProperty() assignments: number;
  @ApiProperty() answered: number;
  @ApiProperty({ description: 'answered after the due date' }) answeredLate: number;
  @ApiProperty({ description: 'unanswered past the due date' }) overdue: number;
  @ApiProperty({ type: Number, nullable: true }) averageDaysToAnswer: number | null;
}

export class HandlingReportResponse implements HandlingReport {
  @ApiProperty() congressId: string;
  @ApiProperty({ example: '2026-12-01', description: 'the Beijing date the report is as of' }) asOf: string;
  @JsonRecordProperty(
    'submitted, filed, byStage, assignments, answered, answeredLate, overdue, averageDaysToAnswer, ratings, followUps',
  )
  totals: HandlingReport['totals'];
  @ApiProperty({ type: [UnitHandlingResponse], description: 'per handling unit, ordered by its id' })
  byUnit: UnitHandlingResponse[];
  @ApiProperty({ type: [ProposalResponse] }) proposals: ProposalResponse[];
}
