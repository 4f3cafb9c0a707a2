import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';

export class VerificationRequesterResponse {
  @ApiProperty({ example: 'auditor-1' })
  id: string;
  @ApiProperty({ example: 'auditor' })
  role: string;
}

export class VerificationProgressResponse {
  @ApiProperty({ description: 'events whose hash chain has been recomputed' })
  eventsChecked: number;
  @ApiProperty({ description: 'sealed ledger blocks checked against the events' })
  blocksChecked: number;
  @ApiProperty({ type: 'string', nullable: true, example: 'pg:1042:0', description: "the log's head when it began" })
  headPosition: string | null;
}

export class VerificationResponse {
  @ApiProperty({ format: 'uuid' })
  verificationId: string;
  @ApiProperty({
    enum: ['running', 'passed', 'failed', 'stopped'],
    description: 'passed: every chain and block holds; failed: the report names each break; stopped: cut short',
  })
  status: string;
  @ApiProperty({ enum: ['chains', 'ledger', 'done'] })
  phase: string;
  @ApiProperty({ type: VerificationRequesterResponse })
  requestedBy: VerificationRequesterResponse;
  @ApiProperty({ format: 'date-time' })
  startedAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  finishedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'how long it took, in milliseconds' })
  durationMs: number | null;
  @ApiProperty({ type: VerificationProgressResponse })
  progress: VerificationProgressResponse;
  @JsonRecordProperty(
    'once finished, what `npm run cli -- audit verify --json` prints: ok, chains (streams, events, breaks, heads), ledger (blocks, breaks), the public key',
    { nullable: true },
  )
  report: Record<string, unknown> | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'why a stopped verification stopped' })
  error: string | null;
}
