import { ApiProperty } from '@nestjs/swagger';

/** HTTP shapes the three rooms share: an election's id in a route and a person in an answer. */

/** An election's id as routes take it. */
export const ELECTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The kinds of round (voting's RoundKind), as the OpenAPI document lists them. */
export const ROUND_KINDS = ['first', 'runoff', 'further'];

export class PersonResponse {
  @ApiProperty({ example: 'stu-2023010101', description: 'a student id, or a staff member’s id' }) personId: string;
  @ApiProperty({ example: '周明' }) name: string;
}
