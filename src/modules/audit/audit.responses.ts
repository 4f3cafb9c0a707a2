import { ApiProperty } from '@nestjs/swagger';

export class LedgerHeadResponse {
  @ApiProperty({ example: 'charter-ledger-head' })
  format: string;
  @ApiProperty({ example: 1 })
  version: number;
  @ApiProperty({ example: 12, description: 'the newest sealed block' })
  blockNo: number;
  @ApiProperty({ example: '0b9c…', description: 'SHA-256 of the header below; what the signature covers' })
  blockHash: string;
  @ApiProperty({ description: "the block before's hash (64 zeros for block 0)" })
  prevBlockHash: string;
  @ApiProperty({ description: "RFC 6962 Merkle root of the block's events' leaves" })
  merkleRoot: string;
  @ApiProperty({ example: 1000 })
  eventCount: number;
  @ApiProperty({ example: 'pg:1042:0' })
  firstPosition: string;
  @ApiProperty({ example: 'pg:2210:3', description: 'the last event the ledger has sealed' })
  lastPosition: string;
  @ApiProperty({ description: 'Ed25519 signature of the block hash, base64' })
  signature: string;
  @ApiProperty({ format: 'date-time' })
  sealedAt: string;
  @ApiProperty({ description: 'the ledger public key, SPKI PEM' })
  publicKey: string;
}

export class ConsistencyBlockResponse {
  @ApiProperty()
  blockNo: number;
  @ApiProperty()
  blockHash: string;
}

export class ConsistencyHeadResponse extends ConsistencyBlockResponse {
  @ApiProperty()
  lastPosition: string;
  @ApiProperty({ format: 'date-time' })
  sealedAt: string;
}

export class ConsistencyProblemResponse {
  @ApiProperty({ required: false })
  blockNo?: number;
  @ApiProperty({ required: false, format: 'uuid', description: "a broken stream chain's event" })
  eventId?: string;
  @ApiProperty({ required: false })
  stream?: string;
  @ApiProperty({ required: false })
  revision?: string;
  @ApiProperty({
    example: 'rewritten',
    description:
      'head-altered, head-signature, key-changed, missing-block, rewritten (block N has another hash); a break ' +
      'of a stream chain: chain-altered, chain-inserted, chain-deleted, chain-unlinked; or of the ledger: ' +
      'root-mismatch, unlinked, hash-mismatch, bad-signature, missing-events',
  })
  problem: string;
  @ApiProperty()
  detail: string;
}

export class ConsistencyResponse {
  @ApiProperty({
    description: 'true when block N still has that hash, every block to the head verifies and every chain holds',
  })
  consistent: boolean;
  @ApiProperty({ type: ConsistencyBlockResponse })
  earlier: ConsistencyBlockResponse;
  @ApiProperty({ type: ConsistencyHeadResponse, nullable: true })
  current: ConsistencyHeadResponse | null;
  @ApiProperty({ description: 'events whose stream chains were recomputed (the whole log)' })
  events: number;
  @ApiProperty({ description: 'sealed blocks checked against the log' })
  sealedBlocks: number;
  @ApiProperty()
  sealedEvents: number;
  @ApiProperty({ type: [ConsistencyProblemResponse] })
  problems: ConsistencyProblemResponse[];
}
