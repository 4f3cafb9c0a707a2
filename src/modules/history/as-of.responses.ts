import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';

export class ExactAtResponse {
  @ApiProperty({ example: 'pg:1042:0', description: 'the last event included: the answer is exact at it' })
  position: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class StreamExactAtResponse extends ExactAtResponse {
  @ApiProperty({ example: '3', description: 'its revision in the stream' })
  revision: string;
}

export class StreamStateResponse {
  @ApiProperty({ example: 'organisation-school' })
  stream: string;
  @ApiProperty({ example: 'organisation', description: 'what the stream holds' })
  aggregate: string;
  @ApiProperty({ type: StreamExactAtResponse, nullable: true, description: 'null: no event yet at that moment' })
  exactAt: StreamExactAtResponse | null;
  @JsonRecordProperty("the aggregate's state as its commands decided on it then; sealed personal values as [sealed]")
  state: unknown;
}

export class AggregateStatesResponse {
  @ApiProperty({ type: [StreamStateResponse], description: "one per stream of the entity (an election's three)" })
  streams: StreamStateResponse[];
}

export class ReadModelInfoResponse {
  @ApiProperty({ example: 'congress.delegate-roster' })
  name: string;
  @ApiProperty({ type: [String], example: ['congress_delegates'] })
  tables: string[];
}

export class ReadModelTableResponse {
  @ApiProperty({ example: 'congress_delegates' })
  table: string;
  @ApiProperty({ description: 'rows matching, before limit and offset' })
  total: number;
  @JsonRecordProperty('the rows in primary-key order, as the read model held them then', { isArray: true })
  rows: Record<string, unknown>[];
}

export class ReadModelAsOfResponse {
  @ApiProperty({ example: 'congress.delegate-roster' })
  readModel: string;
  @ApiProperty({ type: ExactAtResponse, nullable: true, description: 'null: the log had no event yet' })
  exactAt: ExactAtResponse | null;
  @ApiProperty({ type: [ReadModelTableResponse] })
  tables: ReadModelTableResponse[];
}
