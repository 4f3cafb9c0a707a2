import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { DecisionRule } from './domain/decision-rule.js';
import type { CharterVersion, MotionView } from './read-models/motion-record/motion-record.queries.js';

class MotionResultResponse {
  @ApiProperty({ example: '通过：赞成 97 票，出席代表 130，须达到三分之二（至少 87 票，第二十三条）' }) zh: string;
  @ApiProperty({ example: 'adopted: 97 for of 130 present, at least two thirds required (87 votes, 第二十三条)' })
  en: string;
}

export class CharterVersionResponse implements CharterVersion {
  @ApiProperty({ example: 1, description: 'the seed charter is version 0' }) version: number;
  @ApiProperty() motionId: string;
  @ApiProperty() congressId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'the adopted text' }) text: string;
  @JsonRecordProperty('the charter numbers it changed', { nullable: true }) policyChanges: unknown;
  @ApiProperty({ format: 'date-time' }) adoptedAt: string;
}

/** Response body of the motion routes, for the OpenAPI document; `implements` keeps it true to the view. */
export class MotionResponse implements MotionView {
  @ApiProperty() motionId: string;
  @ApiProperty() congressId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ enum: ['charter-amendment', 'work-report', 'major-matter'] }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['roll-call', 'secret'] }) mode: string;
  @JsonRecordProperty('the rule that decides it: base, ratio, strict, article') rule: DecisionRule;
  @JsonRecordProperty('a charter amendment’s changes to the charter numbers', { nullable: true })
  policyChanges: unknown;
  @ApiProperty({ enum: ['Put', 'Voting', 'Adopted', 'Rejected'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) sittingId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'delegates present when the vote opened' }) rollSize:
    number | null;
  @JsonRecordProperty('a named vote’s votes (delegateId, choice); empty for a secret vote', { isArray: true })
  namedVotes: unknown[];
  @JsonRecordProperty('for, against, abstain, invalid, notVoting', { nullable: true }) tally: unknown;
  @JsonRecordProperty('present, electedDelegates, base, baseCount, required', { nullable: true }) outcome: unknown;
  @ApiProperty({ type: MotionResultResponse, nullable: true }) result: MotionResultResponse | null;
  @JsonRecordProperty('votes that failed: a sitting short of its quorum, a voided count', { isArray: true })
  failures: unknown[];
  @ApiProperty({ format: 'date-time' }) putAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}
