import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { QueueItem } from './read-models/approval-queue/approval-queue.queries.js';
import type { ElectionView, RoundView } from './read-models/election-record/election-record.queries.js';
import { PersonResponse, ROUND_KINDS } from '../elections/index.js';

/** Response bodies of the election record routes, for the OpenAPI document; `implements` keeps them true to the views. */

export class RoundResponse implements RoundView {
  @ApiProperty({ example: 1 }) roundNumber: number;
  @ApiProperty({ enum: ROUND_KINDS }) kind: string;
  @ApiProperty({ example: 4 }) seats: number;
  @ApiProperty({ type: [PersonResponse], description: 'on the ballot, in 姓氏笔画 order' })
  candidates: PersonResponse[];
  @ApiProperty({ example: 140 }) electedDelegates: number;
  @ApiProperty({ example: 120, description: 'delegates present, who make up the roll' }) presentWithVote: number;
  @ApiProperty({ enum: ['voting', 'counting', 'counted', 'void'] }) status: string;
  @ApiProperty({ example: 118 }) issued: number;
  @ApiProperty({ example: 117 }) returned: number;
  @ApiProperty({ type: Number, nullable: true, description: 'ballots found in the box when counted' }) received:
    number | null;
  @ApiProperty({ type: Number, nullable: true }) validBallots: number | null;
  @ApiProperty({ type: Number, nullable: true }) invalidBallots: number | null;
  @JsonRecordProperty(
    'the count: valid and invalid ballots, and for, against and abstain per candidate; null until counted',
    { nullable: true },
  )
  tally: unknown;
  @JsonRecordProperty(
    'what the round decided, step by step ({ type, ... }: CandidatesElected with its rule and arithmetic, a tie, a void round)',
    { isArray: true },
  )
  outcome: unknown[];
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
}

export class ElectionResponse implements ElectionView {
  @ApiProperty({ example: 'presidium-2026' }) electionId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ enum: ['awaiting-round', 'voting', 'completed'] }) status: string;
  @ApiProperty({ example: 4 }) seats: number;
  @ApiProperty({ type: [PersonResponse], description: 'the confirmed list, in 姓氏笔画 order' })
  candidates: PersonResponse[];
  @ApiProperty({ type: [PersonResponse] }) scrutineers: PersonResponse[];
  @ApiProperty({ type: [PersonResponse] }) tellers: PersonResponse[];
  @ApiProperty({ type: [PersonResponse] }) elected: PersonResponse[];
  @JsonRecordProperty('each attempt to open a round without the quorum', { isArray: true }) quorumFailures: unknown;
  @JsonRecordProperty('each resolution reducing the seats', { isArray: true }) seatReductions: unknown;
  @ApiProperty({ enum: ['not-announced', 'awaiting-approval', 'approved', 'returned', 'filed'] }) resultStatus: string;
  @JsonRecordProperty('announcement, approval or return, resubmission, filing: { type, ... } in order', {
    isArray: true,
  })
  resultChain: unknown;
  @ApiProperty({ type: [RoundResponse] }) rounds: RoundResponse[];
}

export class QueueItemResponse implements QueueItem {
  @ApiProperty() itemId: string;
  @ApiProperty() electionId: string;
  @ApiProperty({
    example: 'party-consent',
    description:
      'what awaits: party-consent, eligibility-and-interview, candidate-list-confirmation, announcement, an approval or a filing',
  })
  kind: string;
  @ApiProperty({ example: 'college-party-org' }) awaitingRole: string;
  @ApiProperty({ type: String, nullable: true, description: 'the college, for college bodies' }) scope: string | null;
  @ApiProperty({ description: 'the candidate or election it is about' }) subject: string;
  @ApiProperty({ format: 'date-time' }) since: string;
}
