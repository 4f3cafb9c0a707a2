import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { CommandResult } from '../../commands/command-context.js';

/** What a command answers: where its events landed, so a query can wait for them with X-Read-After. */
@ApiSchema({ name: 'CommandResult' })
export class CommandResultSchema implements CommandResult {
  @ApiProperty({ example: 'organisation-arts', description: 'the stream the events were appended to' })
  stream: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '3',
    description: 'the stream revision after the append; null when nothing was appended',
  })
  streamRevision: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'pg:1042:0',
    description: 'global position of the last event: send it back as X-Read-After',
  })
  position: string | null;

  @ApiProperty({
    type: [String],
    example: ['OrganisationRegistered'],
    description: 'the events appended (none when nothing changed)',
  })
  events: string[];
}
