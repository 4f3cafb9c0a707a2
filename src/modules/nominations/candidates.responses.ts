import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { CandidateView } from './read-models/candidates/candidates.queries.js';

/** Response bodies of the candidate routes, for the OpenAPI document; `implements` keeps them true to the views. */

export class CandidateResponse implements CandidateView {
  @ApiProperty() studentId: string;
  @ApiProperty({ example: '方圆' }) name: string;
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty() leagueOrgId: string;
  @ApiProperty() resume: string;
  @ApiProperty({ example: 'recommended', description: 'where the candidacy stands in the pipeline' }) stage: string;
  @JsonRecordProperty("the college party organisation's consent or refusal, with its reason", { nullable: true })
  partyDecision: unknown;
  @JsonRecordProperty('the Art. 18 check with each rule explained', { nullable: true }) eligibility: unknown;
  @JsonRecordProperty("each reviewer's interview sign-off or rejection", { isArray: true }) interviews: unknown[];
  @JsonRecordProperty("the party committee's confirmation or exclusion, with its reason", { nullable: true })
  confirmation: unknown;
  @ApiProperty({ format: 'date-time' }) recommendedAt: string;
}
