import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { testMetadata } from '../../../../test/support/events.js';
import {
  type GivenEvent,
  expectBatchesEqualOneByOne,
  givenPosition,
  givenProjection,
  projectionDatabase,
  recordEvents,
} from '../../../../test/support/given-projection.js';
import { risingBatches } from '../../../../test/support/sitting-walk.js';
import { LEDGER_GENESIS, blockHash, eventLeaf } from './ledger-block.js';
import { blockSignatureValid, loadLedgerKey } from './ledger-key.js';
import { ledgerProjection } from './ledger.projection.js';
import { merkleRoot } from './merkle.js';

const db = projectionDatabase();
const key = loadLedgerKey({});
const given = givenProjection(ledgerProjection(key, 3), db).given;

/** Seven events of two streams, each with its id and chain hash, so each leaf is known before the ledger runs. */
const streams = [
  'organisation-school',
  'organisation-school',
  'congress-c12',
  'organisation-school',
  'congress-c12',
  'congress-c12',
  'organisation-school',
];
const events: GivenEvent[] = streams.map((stream, i) => ({
  id: randomUUID(),
  stream,
  type: i % 2 ? 'SomethingNoReadModelReads' : 'OrganisationRenamed',
  data: { i },
  metadata: { hash: `${i}`.repeat(64).slice(0, 64) },
}));
const revisions = [0n, 1n, 0n, 2n, 1n, 2n, 3n];
const leaves = events.map((e, i) =>
  eventLeaf({
    stream: e.stream!,
    revision: revisions[i]!,
    id: e.id!,
    metadata: testMetadata({ hash: e.metadata!.hash! }),
  }),
);
const sealedAt = (i: number) => new Date(new Date('2026-03-01T08:00:00.000Z').getTime() + i);

const header = (blockNo: number, prevBlockHash: string, from: number) => ({
  blockNo,
  prevBlockHash,
  merkleRoot: merkleRoot(leaves.slice(from, from + 3)),
  eventCount: 3,
  firstPosition: givenPosition(from),
  lastPosition: givenPosition(from + 2),
});
const block0 = header(0, LEDGER_GENESIS, 0);
const block1 = header(1, blockHash(block0), 3);

const BLOCKS = `SELECT block_no, status, event_count, first_position, last_position, prev_block_hash, merkle_root, block_hash, sealed_at FROM audit_ledger_blocks ORDER BY block_no`;

describe('audit ledger projection', () => {
  it('keeps a leaf per event of every type, in the global order', () =>
    given(...events).then(
      `SELECT block_no, leaf_index, event_id, position, leaf_hash FROM audit_ledger_leaves ORDER BY position`,
      events.map((e, i) => ({
        block_no: Math.floor(i / 3),
        leaf_index: i % 3,
        event_id: e.id,
        position: givenPosition(i),
        leaf_hash: leaves[i],
      })),
    ));

  it('seals every three events into a block chained to the one before, and keeps the rest open', () =>
    given(...events).then(BLOCKS, [
      {
        block_no: 0,
        status: 'sealed',
        event_count: 3,
        first_position: givenPosition(0),
        last_position: givenPosition(2),
        prev_block_hash: LEDGER_GENESIS,
        merkle_root: block0.merkleRoot,
        block_hash: blockHash(block0),
        sealed_at: sealedAt(2),
      },
      {
        block_no: 1,
        status: 'sealed',
        event_count: 3,
        first_position: givenPosition(3),
        last_position: givenPosition(5),
        prev_block_hash: blockHash(block0),
        merkle_root: block1.merkleRoot,
        block_hash: blockHash(block1),
        sealed_at: sealedAt(5),
      },
      {
        block_no: 2,
        status: 'open',
        event_count: 1,
        first_position: givenPosition(6),
        last_position: givenPosition(6),
        prev_block_hash: blockHash(block1),
        merkle_root: null,
        block_hash: null,
        sealed_at: null,
      },
    ]));

  it('signs each sealed block hash with the ledger key', () =>
    given(...events).thenQuery(
      async (ds) => {
        const rows: Array<{ block_hash: string; signature: string }> = await ds.query(
          `SELECT block_hash, signature FROM audit_ledger_blocks WHERE status = 'sealed' ORDER BY block_no`,
        );
        return rows.map((r) => blockSignatureValid(key.publicKey, r.block_hash, r.signature));
      },
      [true, true],
    ));

  it('opens an empty block after one that is just full', () =>
    given(...events.slice(0, 3)).then(
      `SELECT block_no, status, event_count, first_position, last_position, prev_block_hash FROM audit_ledger_blocks WHERE status = 'open'`,
      [
        {
          block_no: 1,
          status: 'open',
          event_count: 0,
          first_position: null,
          last_position: null,
          prev_block_hash: blockHash(block0),
        },
      ],
    ));

  it('changes nothing when a batch it already holds is applied again, in part or whole', async () => {
    const projection = ledgerProjection(key, 3);
    const recorded = recordEvents(events);
    const dataSource = db.dataSource();
    const [once, again] = await dataSource.transaction(async (manager) => {
      await manager.query(`TRUNCATE ${projection.tables.map((t) => `"${t}"`).join(', ')}`);
      await projection.applyBatch!(recorded.slice(0, 5), manager);
      const snapshot = () =>
        Promise.all([
          manager.query(BLOCKS),
          manager.query(`SELECT * FROM audit_ledger_leaves ORDER BY block_no, leaf_index`),
        ]);
      const first = await snapshot();
      await projection.applyBatch!(recorded.slice(2, 5), manager);
      await projection.applyBatch!(recorded.slice(0, 5), manager);
      return [first, await snapshot()];
    });
    expect(again).toEqual(once);
    expect(once[1]).toHaveLength(5);
  });

  it('leaves the same blocks whether it is sent event by event, batch by batch, or batch by batch as one statement each', async () => {
    // 22 events, cut as a runner under rising load would get them: blocks sealed inside and across batches
    const many: GivenEvent[] = Array.from({ length: 22 }, (_, i) => ({
      stream: `organisation-${i % 4}`,
      type: 'OrganisationRenamed',
      data: { i },
      metadata: { hash: `${i % 10}`.repeat(64) },
    }));
    const sealed = await expectBatchesEqualOneByOne(
      ledgerProjection(key, 3),
      db,
      risingBatches(recordEvents(many)),
      `SELECT b.block_no, b.status, b.event_count, b.merkle_root, b.block_hash, b.signature, count(l.*)::int AS leaves
         FROM audit_ledger_blocks b LEFT JOIN audit_ledger_leaves l USING (block_no)
        GROUP BY b.block_no ORDER BY b.block_no`,
    );
    expect(sealed.map((b) => b.status)).toEqual([...Array<string>(7).fill('sealed'), 'open']);
  });
});
