import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { BallotContent } from './ballot-box/ballot-box-keys.js';

export class OfficerRequest {
  @ApiProperty({ description: 'the person (a student id, or a staff member’s id)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  personId: string;
  @ApiProperty({ example: '周明' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}

export class OpenRoundRequest {
  @ApiProperty({ example: 'plenary-1', description: 'the sitting of the congress whose present delegates vote' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  sittingId: string;
}

export class ReasonRequest {
  @ApiProperty({ description: 'the congress resolution' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class DelegateRequest {
  @ApiProperty({ description: 'the delegate (student id)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  delegateId: string;
}

export class WriteInDto {
  @ApiProperty({ example: '方圆' }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiPropertyOptional({ description: 'the person picked from the registry: write-ins are resolved by this id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  personId?: string;
}

export class BallotDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['for', 'against', 'abstain'] },
    example: { 'candidate-id': 'for' },
    description: 'per candidate (its personId): for, against or abstain; unmarked counts as abstain',
  })
  @IsObject()
  marks: Record<string, 'for' | 'against' | 'abstain'>;
  @ApiPropertyOptional({ type: [WriteInDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WriteInDto)
  writeIns?: WriteInDto[];
}

export class PaperBallotsRequest {
  @ApiProperty({ description: 'the appointed scrutineer under whom the teller enters these ballots' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  scrutineerId: string;
  @ApiProperty({ type: [BallotDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => BallotDto)
  ballots: BallotDto[];
}

export class CastBallotRequest extends BallotDto {
  @ApiProperty({ description: 'the one-time credential the delegate collected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(600)
  credential: string;
}

/** The ballot as plain data: exactly the marks and the write-ins (a DTO instance would carry its class). */
export function ballotContent(b: BallotDto): BallotContent {
  const marks = Object.fromEntries(Object.entries(b.marks ?? {}).map(([k, v]) => [k, v]));
  const writeIns = (b.writeIns ?? []).map((w) =>
    w.personId ? { name: w.name, personId: w.personId } : { name: w.name },
  );
  return { marks, writeIns };
}
