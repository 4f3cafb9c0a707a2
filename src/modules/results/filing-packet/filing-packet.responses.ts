import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../../shared/http/openapi/json-record.property.js';
import type { CandidateRecord, FilingPacket, RoundRecord } from './filing-packet.js';
import { PersonResponse, ROUND_KINDS } from '../../elections/index.js';

/** The filing packet's body, for the OpenAPI document; `implements` keeps it true to FilingPacket. */

export class CandidateRecordResponse implements CandidateRecord {
  @ApiProperty() studentId: string;
  @ApiProperty({ example: '方圆' }) name: string;
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @JsonRecordProperty('each step of the candidacy, in order: { step: the event type, ...its data }', { isArray: true })
  steps: Record<string, unknown>[];
}

export class RoundRecordResponse implements RoundRecord {
  @ApiProperty({ example: 1 }) roundNumber: number;
  @ApiProperty({ enum: ROUND_KINDS }) kind: string;
  @ApiProperty({ example: 4 }) seats: number;
  @ApiProperty({ type: [PersonResponse] }) candidates: PersonResponse[];
  @ApiProperty({ example: 140 }) electedDelegates: number;
  @ApiProperty({ example: 120 }) presentWithVote: number;
  @JsonRecordProperty('the quorum the round opened with') quorum: unknown;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty() issued: number;
  @ApiProperty() returned: number;
  @ApiProperty({ type: Number, nullable: true }) received: number | null;
  @ApiProperty({ type: Number, nullable: true }) validBallots: number | null;
  @ApiProperty({ type: Number, nullable: true }) invalidBallots: number | null;
  @JsonRecordProperty('the count; null until counted', { nullable: true }) tally: unknown;
  @JsonRecordProperty('what the round decided, in order', { isArray: true }) outcome: Record<string, unknown>[];
}

export class AuditHeadResponse {
  @ApiProperty({ example: '12' }) revision: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) hash: string;
}

@ApiExtraModels(AuditHeadResponse)
export class AuditResponse {
  @ApiProperty({ description: 'every hash chain of the election verified unbroken' }) ok: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(AuditHeadResponse) },
    description: 'per stream, its last revision and hash',
  })
  heads: Record<string, AuditHeadResponse>;
  @JsonRecordProperty('each break found in a chain', { isArray: true }) breaks: unknown[];
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
}

export class FilingPacketResponse implements FilingPacket {
  @ApiProperty() electionId: string;
  @ApiProperty({ enum: ['presidium', 'federation-delegates'] }) office: 'presidium' | 'federation-delegates';
  @ApiProperty({ type: String, nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true }) congressId: string | null;
  @ApiProperty({ type: Number, nullable: true }) seats: number | null;
  @ApiProperty({ type: [CandidateRecordResponse] }) candidates: CandidateRecordResponse[];
  @JsonRecordProperty('the confirmed list, in ballot order', { isArray: true, nullable: true }) confirmedList: unknown;
  @JsonRecordProperty('cleared candidates the party committee struck, with reasons', { isArray: true, nullable: true })
  excluded: unknown;
  @JsonRecordProperty('candidates who did not reach the list, and why', { isArray: true, nullable: true })
  leftOut: unknown;
  @JsonRecordProperty('appointed scrutineers', { isArray: true }) scrutineers: Record<string, unknown>[];
  @JsonRecordProperty('appointed tellers', { isArray: true }) tellers: Record<string, unknown>[];
  @JsonRecordProperty('each attempt to open a round without the quorum', { isArray: true }) quorumFailures: Record<
    string,
    unknown
  >[];
  @JsonRecordProperty('each resolution reducing the seats', { isArray: true }) seatReductions: Record<
    string,
    unknown
  >[];
  @ApiProperty({ type: [RoundRecordResponse] }) rounds: RoundRecordResponse[];
  @ApiProperty({ type: [PersonResponse], nullable: true, description: 'null until the election completes' })
  elected: unknown;
  @JsonRecordProperty('announcement, approval or return, resubmission, filing, in order', { isArray: true })
  resultChain: Record<string, unknown>[];
  @ApiProperty({ type: AuditResponse }) audit: AuditResponse;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
}
