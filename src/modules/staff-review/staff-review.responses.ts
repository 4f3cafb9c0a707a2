import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { ReviewRules } from './domain/review-rules.js';
import type { ReviewedPost, ReviewResult, ScoreSheet } from './domain/staff-review.events.js';
import type {
  AppealView,
  NominationView,
  PanellistView,
  ReviewSummaryView,
  ReviewView,
  RevieweeView,
  SheetView,
} from './read-models/staff-reviews/staff-reviews.queries.js';

const POST = '{"kind":"presidium"} or {"kind":"department-head","departmentId":"..."}';

class ReviewResultResponse implements ReviewResult {
  @ApiProperty() revieweeId: string;
  @JsonRecordProperty(POST) post: ReviewedPost;
  @ApiProperty({ example: 7, description: 'the sheets aggregated' }) sheets: number;
  @ApiProperty({ example: '86.40', description: 'the daily evaluation as stated' }) daily: string;
  @ApiProperty({ example: '88.00' }) concentrated: string;
  @ApiProperty({ example: '87.20', description: 'weighted, rounded once by the stated rule' }) final: string;
  @ApiProperty() passed: boolean;
}

class PanellistResponse implements PanellistView {
  @ApiProperty() panellistId: string;
  @ApiProperty({ enum: ['delegate', 'student-affairs', 'youth-league-committee'] }) body: string;
}

class ProgressResponse {
  @ApiProperty() scored: number;
  @ApiProperty() recused: number;
}

class ShortfallResponse {
  @ApiProperty({ enum: ['min-size', 'delegate-majority', 'body-missing'] }) rule: string;
  @ApiProperty() detail: string;
}

class AppealResponse implements AppealView {
  @ApiProperty({ enum: ['filed', 'decided'] }) status: 'filed' | 'decided';
  @ApiProperty() reasons: string;
  @ApiProperty({ example: '2027-01-20' }) filedOn: string;
  @ApiProperty({ type: [PanellistResponse] }) panel: PanellistResponse[];
  @ApiProperty({ enum: ['upheld', 'changed'], nullable: true }) outcome: 'upheld' | 'changed' | null;
  @ApiProperty({
    type: ReviewResultResponse,
    nullable: true,
    description: 'the re-review’s result, beside the original',
  })
  revised: ReviewResultResponse | null;
  @ApiProperty({ type: String, nullable: true }) decidedOn: string | null;
}

class DecisionResponse {
  @ApiProperty({ enum: ['keep-with-improvement', 'remove'] }) decision: 'keep-with-improvement' | 'remove';
  @ApiProperty() final: string;
  @ApiProperty() reason: string;
  @ApiProperty() decidedOn: string;
}

class RevieweeResponse implements RevieweeView {
  @ApiProperty() revieweeId: string;
  @JsonRecordProperty(POST) post: ReviewedPost;
  @ApiProperty({ type: ProgressResponse, description: 'sheets given and recusals; never scores before publication' })
  progress: ProgressResponse;
  @ApiProperty({ type: ShortfallResponse, nullable: true }) shortfall: ShortfallResponse | null;
  @ApiProperty({ type: ReviewResultResponse, nullable: true, description: 'null until published together' })
  result: ReviewResultResponse | null;
  @ApiProperty({ type: AppealResponse, nullable: true }) appeal: AppealResponse | null;
  @ApiProperty({ description: 'below the pass mark and awaiting the union’s decision (Art. 20)' }) flagged: boolean;
  @ApiProperty({ type: DecisionResponse, nullable: true }) decision: DecisionResponse | null;
}

export class ReviewSummaryResponse implements ReviewSummaryView {
  @ApiProperty({ example: '2026-autumn' }) semester: string;
  @ApiProperty({ enum: ['open', 'published'] }) status: 'open' | 'published';
  @ApiProperty({ example: '2027-01-05' }) openedOn: string;
  @ApiProperty({ type: String, nullable: true }) publishedOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the last day to ask for a re-review' })
  appealBy: string | null;
  @ApiProperty({ example: '2019-rules' }) rubricVersion: string;
}

export class ReviewResponse extends ReviewSummaryResponse implements ReviewView {
  @ApiProperty() organisationId: string;
  @ApiProperty({ example: '2027-01-31' }) semesterEnds: string;
  @JsonRecordProperty('the review rules the period opened under (the union’s staffReview policy of that day)')
  rules: ReviewRules;
  @ApiProperty({ type: [PanellistResponse] }) panel: PanellistResponse[];
  @ApiProperty({ type: [RevieweeResponse] }) reviewees: RevieweeResponse[];
}

export class SheetResponse implements SheetView {
  @ApiProperty({ enum: ['review', 'appeal'] }) stage: 'review' | 'appeal';
  @ApiProperty() revieweeId: string;
  @ApiProperty() panellistId: string;
  @ApiProperty({ enum: ['scored', 'recused'] }) status: 'scored' | 'recused';
  @ApiProperty({ type: String, nullable: true, description: 'the conflict of interest declared' }) conflict:
    string | null;
  @JsonRecordProperty('{"daily": {...}, "concentrated": {...}}', { nullable: true }) sheet: ScoreSheet | null;
}

export class NominationResponse implements NominationView {
  @ApiProperty({ example: 1, description: 'equal results share a rank' }) rank: number;
  @ApiProperty() revieweeId: string;
  @JsonRecordProperty(POST) post: ReviewedPost;
  @ApiProperty({ example: '91.25' }) final: string;
}
