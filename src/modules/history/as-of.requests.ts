import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { Position } from '../../shared/event-store/event-store.port.js';
import { RequestInvalid } from '../../shared/http/request-validation.js';
import type { AsOf } from '../../shared/projections/replay-as-of.js';
import { POSITION_PATTERN, POSITION_RULE } from './history.requests.js';

const COLUMN_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** A moment: a global position or a time (at most one); neither means now. */
export class AsOfQuery {
  @ApiPropertyOptional({ example: 'pg:1042:0', description: 'as of this global position, its event included' })
  @IsOptional()
  @IsString()
  @Matches(POSITION_PATTERN, POSITION_RULE)
  position?: string;

  @ApiPropertyOptional({
    example: '2026-11-27T09:00:00+08:00',
    description: 'as the log stood at this time (ISO 8601): every event recorded up to it',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}

export class AggregateAsOfQuery extends AsOfQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'as of this revision of the one stream' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  revision?: number;
}

export class ReadModelAsOfQuery extends AsOfQuery {
  @ApiPropertyOptional({ example: 'congress_delegates', description: "one of the read model's tables (default all)" })
  @IsOptional()
  @IsString()
  @Matches(COLUMN_PATTERN, { message: '$property must be a table name' })
  table?: string;

  @ApiPropertyOptional({ example: 'congress_id', description: 'only rows whose column equals `value`' })
  @IsOptional()
  @IsString()
  @Matches(COLUMN_PATTERN, { message: '$property must be a column name' })
  column?: string;

  @ApiPropertyOptional({ example: 'c2026', description: 'the value `column` must equal (compared as text)' })
  @IsOptional()
  @IsString()
  @Matches(/^[^\u0000]{0,200}$/, { message: '$property must be at most 200 characters, without NUL' })
  value?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'rows per table' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}

/** The moment a query names; a 400 naming the fields when it names more than one. */
export function momentOf(query: AsOfQuery & { revision?: number }): AsOf & { revision?: bigint } {
  const given = (['revision', 'position', 'at'] as const).filter((k) => query[k] !== undefined);
  if (given.length > 1) {
    throw new RequestInvalid(
      given.map((field) => ({
        field,
        rule: 'oneMoment',
        ownMessage: `name one moment: revision, position or at (${given.join(', ')} were given)`,
      })),
    );
  }
  if (query.revision !== undefined) return { head: true, revision: BigInt(query.revision) };
  if (query.position !== undefined) return { position: query.position as Position };
  if (query.at !== undefined) return { time: new Date(query.at) };
  return { head: true };
}
