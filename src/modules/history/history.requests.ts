import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ID_PATTERN } from '../organisations/index.js';
import { HistoryNotFound } from './history.errors.js';

/** A global position as commands answer it ('pg:<tx>:<seq>' or 'kdb:<commit>:<prepare>'). */
export const POSITION_PATTERN = /^(pg|kdb):\d+:\d+$/;
export const POSITION_RULE = { message: '$property must be a position a page or a command answered (pg:<tx>:<seq>)' };
const TYPES_PATTERN = /^[A-Za-z]{1,80}(,[A-Za-z]{1,80}){0,49}$/;
export const ORGANISATION_RULE = {
  message: '$property must be an organisation id (lower-case letters, digits, _ or -)',
};
const TEXT_ID = /^[\w.:@-]{1,200}$/;

export class HistorySearchQuery {
  @ApiPropertyOptional({ example: 'pg:1042:0', description: 'continue after this position: the `next` of a page' })
  @IsOptional()
  @IsString()
  @Matches(POSITION_PATTERN, POSITION_RULE)
  from?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ example: 'PolicyChanged,OrganisationRenamed', description: 'event types, comma-separated' })
  @IsOptional()
  @IsString()
  @Matches(TYPES_PATTERN, { message: '$property must be event type names separated by commas' })
  type?: string;

  @ApiPropertyOptional({ example: 'staff-7', description: "the actor's id (the token's subject)" })
  @IsOptional()
  @IsString()
  @Matches(TEXT_ID, { message: '$property must be an actor id' })
  actor?: string;

  @ApiPropertyOptional({ example: 'school', description: 'events its actor acted for, or about it' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ORGANISATION_RULE)
  organisationId?: string;

  @ApiPropertyOptional({ example: '0b6f4a7e-3d5c-4f44-9a43-2f9d9a3c1e11' })
  @IsOptional()
  @IsString()
  @Matches(TEXT_ID, { message: '$property must be a correlation id' })
  correlationId?: string;

  @ApiPropertyOptional({ example: '2026-11-27T09:00:00+08:00', description: 'occurred at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ example: '2026-11-28T00:00:00+08:00', description: 'occurred before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;
}

export class StreamHistoryQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'the first revision to show' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  fromRevision?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class OrganisationHistoryQuery {
  @ApiPropertyOptional({ example: 'school', description: 'one organisation; every one in scope without it' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, ORGANISATION_RULE)
  organisationId?: string;
}

/** A path's stream name or entity id: what the log can hold; anything else names nothing (404). */
export const STREAM_NAME_PATTERN = /^[\w.:@-]{1,300}$/;

/** A name the log cannot hold names nothing: 404 rather than a query for it. */
export function checkedName(name: string, what: string): string {
  if (!STREAM_NAME_PATTERN.test(name)) throw new HistoryNotFound(`No ${what} is named ${name}`);
  return name;
}
