import { ApiProperty } from '@nestjs/swagger';
import type { MatterDecisionView, MatterStatus, MatterView } from './read-models/matters/matters.queries.js';
import { APPROVING_BODY_NAMES } from './approvals.requests.js';

class ChainStepResponse {
  @ApiProperty({ enum: APPROVING_BODY_NAMES }) body: string;
  @ApiProperty({ example: 5 }) days: number;
}

class MatterDocumentResponse {
  @ApiProperty({ example: 'plan' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() reference: string;
}

class MatterDecisionResponse implements MatterDecisionView {
  @ApiProperty({ example: 2 }) step: number;
  @ApiProperty({ enum: APPROVING_BODY_NAMES }) body: string;
  @ApiProperty({ enum: ['approved', 'returned', 'refused', 'resubmitted', 'escalated'] })
  decision: MatterDecisionView['decision'];
  @ApiProperty({ type: String, nullable: true, description: 'the person who decided (the actor)' }) by: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the organisation the decision was made for' })
  decidedFor: string | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ description: 'notes of an approval, the changes of a resubmission, the body of an escalation' })
  notes: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class MatterResponse implements MatterView {
  @ApiProperty({ example: 'welcome-gala-2026' }) matterId: string;
  @ApiProperty({ example: 'arts' }) organisationId: string;
  @ApiProperty({ example: 'school' }) schoolUnionId: string;
  @ApiProperty({ example: 'major-activity' }) matterType: string;
  @ApiProperty() activity: boolean;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: ['in-review', 'returned', 'approved', 'refused', 'held'] }) status: MatterStatus;
  @ApiProperty({ example: 1, description: 'the step in review, returned or refused (1-based)' }) step: number;
  @ApiProperty({ type: [ChainStepResponse], description: 'the chain as submitted (the policy of policyRevision)' })
  chain: ChainStepResponse[];
  @ApiProperty({ type: String, nullable: true }) awaitingBody: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the escalation body of an overdue step' })
  escalatedTo: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-23' }) dueBy: string | null;
  @ApiProperty({ example: '4', description: 'the revision of the union’s stream whose policy the matter is under' })
  policyRevision: string;
  @ApiProperty({ type: [MatterDocumentResponse] }) documents: MatterDocumentResponse[];
  @ApiProperty({ type: [MatterDecisionResponse] }) decisions: MatterDecisionResponse[];
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) approvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-30' }) heldOn: string | null;
}
