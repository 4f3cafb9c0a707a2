import { ApiProperty } from '@nestjs/swagger';
import type { IssuedCredential } from './credential.command-handlers.js';
import type { BallotPaper } from './voting-round.js';
import { PersonResponse, ROUND_KINDS } from '../elections/index.js';

/** Response bodies of the voting routes, for the OpenAPI document. None can serve as a receipt of how one voted. */

export class BallotPaperResponse implements BallotPaper {
  @ApiProperty({ example: 'presidium-2026' }) electionId: string;
  @ApiProperty({ example: 1 }) roundNumber: number;
  @ApiProperty({ enum: ROUND_KINDS }) kind: BallotPaper['kind'];
  @ApiProperty({ example: 4 }) seats: number;
  @ApiProperty({ type: [PersonResponse], description: 'in 姓氏笔画 order' }) candidates: PersonResponse[];
  @ApiProperty({ description: 'false in a run-off: write-ins there are void' }) writeInsCount: boolean;
  @ApiProperty({ example: 4, description: 'more "for" marks than this (write-ins included) make the ballot invalid' })
  maxFor: number;
}

export class IssuedCredentialResponse implements IssuedCredential {
  @ApiProperty({ description: 'the one-time credential: shown once, never stored in the clear' }) credential: string;
  @ApiProperty({ type: BallotPaperResponse }) ballot: BallotPaperResponse;
  @ApiProperty({
    example: '/api/v1/ballot-box/presidium-2026/rounds/1/ballots',
    description: 'where to cast, without a token',
  })
  castPath: string;
  @ApiProperty({ type: String, nullable: true, example: 'pg:1042:0' }) position: string | null;
}

export class PaperBallotsEnteredResponse {
  @ApiProperty({ example: 117, description: 'ballots entered into the sealed box' }) entered: number;
}

export class BallotAcceptedResponse {
  @ApiProperty({ enum: [true], description: 'the ballot is in the box; nothing more, so the answer is no receipt' })
  accepted: true;
}
