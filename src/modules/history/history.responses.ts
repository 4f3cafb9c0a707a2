import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';

export class HistoryActorResponse {
  @ApiProperty({ example: 'staff-7', description: "the token's subject" })
  id: string;
  @ApiProperty({ example: 'union-staff' })
  role: string;
  @ApiProperty({ example: 'school', description: "the organisation the actor acted for ('*' for every one)" })
  organisationId: string;
  @ApiProperty({ example: '校学生会' })
  organisationName: string;
}

export class HistoryEntryResponse {
  @ApiProperty({ example: 'pg:1042:0', description: 'global position in the log' })
  position: string;
  @ApiProperty({ example: 'organisation-school' })
  stream: string;
  @ApiProperty({ example: '3', description: '0-based revision in its stream' })
  revision: string;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty({ example: 'PolicyChanged', description: 'the type as stored' })
  type: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'the name a renamed stored type is read under' })
  readAs: string | null;
  @ApiProperty({ type: 'string', nullable: true, format: 'date-time', description: 'when the command decided' })
  occurredAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'when the store recorded it' })
  recordedAt: string;
  @ApiProperty({ type: HistoryActorResponse })
  actor: HistoryActorResponse;
  @ApiProperty({ type: 'string', nullable: true })
  commandId: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  correlationId: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  causationId: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the command's stated reason, where it gave one" })
  reason: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the previous event's hash in the stream's chain" })
  prevHash: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'SHA-256 of the chain up to this event' })
  hash: string | null;
  @ApiProperty({
    type: 'string',
    enum: ['sealed', 'erased'],
    nullable: true,
    description: 'sealed: personal values are present and stay sealed; erased: the student is erased',
  })
  personalData: 'sealed' | 'erased' | null;
  @JsonRecordProperty('the event data as stored, personal values sealed')
  data: Record<string, unknown>;
  @ApiProperty({
    example: 'staff-7 (校学生会, union-staff) 修改了「校学生会」的章程参数：将法定人数从 2/3 改为 3/4；理由：…',
  })
  description: string;
}

export class HistoryPageResponse {
  @ApiProperty({ type: [HistoryEntryResponse] })
  items: HistoryEntryResponse[];
  @ApiProperty({ type: 'string', nullable: true, example: 'pg:1042:0', description: 'send as `from` to continue' })
  next: string | null;
  @ApiProperty({ description: 'false when the page reached the end of the log as it stood' })
  more: boolean;
}

export class StreamHistoryResponse {
  @ApiProperty({ type: [String], example: ['organisation-school'] })
  streams: string[];
  @ApiProperty({ type: [HistoryEntryResponse] })
  items: HistoryEntryResponse[];
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'for one stream: the revision to send as fromRevision to continue; null at its end',
  })
  nextRevision: string | null;
}

/** A charter number's value: a count, a ratio { numerator, denominator }, a method's name or a list of statuses. */
const CharterValueProperty = (description: string, nullable = false) =>
  ApiProperty({
    oneOf: [
      { type: 'integer' },
      { type: 'string' },
      { type: 'array', items: { type: 'string' } },
      {
        type: 'object',
        properties: { numerator: { type: 'integer' }, denominator: { type: 'integer' } },
        required: ['numerator', 'denominator'],
      },
    ],
    nullable,
    description,
  });

export class CharterNumberChangeResponse {
  @ApiProperty({ example: 'quorum' })
  field: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'Art. 8' })
  article: string | null;
  @ApiProperty({ example: '法定人数' })
  name: string;
  @CharterValueProperty('the value before; null when not known', true)
  from: unknown;
  @CharterValueProperty('the value after')
  to: unknown;
}

export class PolicyChangeResponse {
  @ApiProperty({ example: 'school' })
  organisationId: string;
  @ApiProperty({ example: '校学生会' })
  organisationName: string;
  @ApiProperty({ type: [CharterNumberChangeResponse] })
  changes: CharterNumberChangeResponse[];
  @ApiProperty({ example: '第二次代表大会决议' })
  reason: string;
  @ApiProperty({ type: HistoryEntryResponse, description: 'the PolicyChanged event itself' })
  event: HistoryEntryResponse;
}

export class RollImportCountsResponse {
  @ApiProperty() enrolled: number;
  @ApiProperty() updated: number;
  @ApiProperty() left: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() rejectedRows: number;
}

export class RollImportResponse {
  @ApiProperty({ format: 'uuid' })
  importId: string;
  @ApiProperty({ description: 'SHA-256 of the file, never its content' })
  fileSha256: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  fileType: string;
  @ApiProperty()
  rows: number;
  @ApiProperty({ type: [String] })
  scopeCollegeIds: string[];
  @ApiProperty()
  onlyValidRows: boolean;
  @ApiProperty({ type: RollImportCountsResponse })
  counts: RollImportCountsResponse;
  @ApiProperty({ type: HistoryEntryResponse, description: 'the StudentRollImported event itself' })
  event: HistoryEntryResponse;
}
