import { ApiProperty } from '@nestjs/swagger';
import type { RoundTurnout } from './read-models/turnout/turnout.queries.js';

/** The turnout route's body, for the OpenAPI document. */

export class RoundTurnoutResponse implements RoundTurnout {
  @ApiProperty({ example: 1 }) roundNumber: number;
  @ApiProperty({ example: 120 }) onRoll: number;
  @ApiProperty({ example: 118 }) issued: number;
  @ApiProperty({ example: 117 }) returned: number;
  @ApiProperty({ type: [String], description: 'delegate ids, sorted' }) issuedTo: string[];
  @ApiProperty({ type: [String] }) returnedBy: string[];
  @ApiProperty({ type: [String] }) notReturned: string[];
}
