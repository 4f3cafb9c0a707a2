import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN, PolicyChangesDto } from '../organisations/index.js';
import { MOTION_KINDS, type MotionKind } from './domain/decision-rule.js';
import { CHOICES, type Choice, type VotingMode } from './domain/motion.events.js';

const ID_RULE = { message: '$property must be 1-64 lower-case letters, digits, _ or -' };

export class PutMotionRequest {
  @ApiProperty({ example: 'amend-art-8' }) @IsString() @Matches(ID_PATTERN, ID_RULE) motionId: string;
  @ApiProperty({ example: 'congress-1' }) @IsString() @Matches(ID_PATTERN, ID_RULE) congressId: string;
  @ApiProperty({ enum: MOTION_KINDS }) @IsIn(MOTION_KINDS) kind: MotionKind;
  @ApiProperty({ example: '关于修改《学生会章程》第八条的议案' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;
  @ApiProperty({ description: 'the text voted on' }) @IsString() @IsNotEmpty() @MaxLength(100_000) text: string;
  @ApiProperty({ enum: ['roll-call', 'secret'] }) @IsIn(['roll-call', 'secret']) mode: VotingMode;
  @ApiPropertyOptional({ type: PolicyChangesDto, description: 'a charter amendment’s changes to the charter numbers' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyChangesDto)
  policyChanges?: PolicyChangesDto;
}

export class OpenMotionVoteRequest {
  @ApiProperty({ example: 'congress-1-plenary-1' }) @IsString() @Matches(ID_PATTERN, ID_RULE) sittingId: string;
}

export class RollCallVoteRequest {
  @ApiProperty({ enum: CHOICES }) @IsIn(CHOICES) choice: Choice;
}

export class MotionTallyRequest {
  @ApiProperty({ example: 130, description: 'ballots found in the box' }) @IsInt() @Min(0) returned: number;
  @ApiProperty({ example: 97 }) @IsInt() @Min(0) for: number;
  @ApiProperty({ example: 20 }) @IsInt() @Min(0) against: number;
  @ApiProperty({ example: 10 }) @IsInt() @Min(0) abstain: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) invalid: number;
  @ApiProperty({ description: 'the scrutineer under whose eye the count was made' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  scrutineerId: string;
}
