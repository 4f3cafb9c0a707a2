import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ORGANISATION_RULE, POSITION_PATTERN, POSITION_RULE } from '../history/index.js';
import { ID_PATTERN } from '../organisations/index.js';

export class BundleQuery {
  @ApiPropertyOptional({ example: 'pg:1042:0', description: 'events after this position (exclusive)' })
  @IsOptional()
  @IsString()
  @Matches(POSITION_PATTERN, POSITION_RULE)
  from?: string;

  @ApiPropertyOptional({ example: 'pg:2210:3', description: 'events up to this position (inclusive)' })
  @IsOptional()
  @IsString()
  @Matches(POSITION_PATTERN, POSITION_RULE)
  until?: string;

  @ApiPropertyOptional({ example: '2026-11-27T09:00:00+08:00', description: 'occurred at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ example: '2026-11-28T00:00:00+08:00', description: 'occurred before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  untilTime?: string;

  @ApiPropertyOptional({ example: 'school', description: "one organisation's own events (as the history shows them)" })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ORGANISATION_RULE)
  organisationId?: string;
}

export class ConsistencyQuery {
  @ApiProperty({ type: 'integer', minimum: 0, example: 12, description: "the earlier head's block number" })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  blockNo: number;

  @ApiProperty({ example: 'a3f1…', pattern: '^[0-9a-f]{64}$', description: "the earlier head's block hash" })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a block hash (64 lower-case hexadecimal digits)' })
  blockHash: string;

  @ApiPropertyOptional({ description: "the earlier head's signature (base64): checked with the ledger key too" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9+/]+={0,2}$/, { message: '$property must be a base64 signature' })
  signature?: string;
}
