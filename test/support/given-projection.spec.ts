import { beforeAll, describe, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../src/shared/event-store/event-store.port.js';
import { givenProjection, projectionDatabase, type ProjectionUnderTest } from './given-projection.js';

const db = projectionDatabase();

beforeAll(async () => {
  await db
    .dataSource()
    .query(
      `CREATE TABLE given_spec_seen (position text PRIMARY KEY, stream text, revision bigint, type text, via text, actor text)`,
    );
});

const record = (via: string) => (events: readonly RecordedEvent[], m: EntityManager) =>
  Promise.all(
    events.map((e) =>
      m.query(`INSERT INTO given_spec_seen VALUES ($1, $2, $3, $4, $5, $6)`, [
        e.position,
        e.stream,
        e.revision.toString(),
        e.type,
        via,
        e.metadata.actorId,
      ]),
    ),
  ).then(() => undefined);

const oneByOne: ProjectionUnderTest = {
  handles: ['A', 'SittingQuorumNotReached'],
  tables: ['given_spec_seen'],
  apply: (e, m) => record('apply')([e], m),
};
const batched: ProjectionUnderTest = { ...oneByOne, applyBatch: record('applyBatch') };
const SEEN = `SELECT position, stream, revision, type, via, actor FROM given_spec_seen ORDER BY position`;

describe('givenProjection', () => {
  it('hands the projection only the types it handles, renamed as the app reads them, with revisions per stream', () =>
    givenProjection(oneByOne, db)
      .given(
        { type: 'A', stream: 'x-1', data: {} },
        { type: 'B', stream: 'x-1', data: {} },
        { type: 'A', stream: 'y-1', data: {} },
        { type: 'QuorumNotReached', stream: 'sitting-s1', data: {} },
        { type: 'QuorumNotReached', stream: 'election-e1', data: {} },
        { type: 'A', stream: 'x-1', data: {}, metadata: { actorId: 'someone-else' } },
      )
      .then(SEEN, [
        { position: 'pg:1000:0', stream: 'x-1', revision: '0', type: 'A', via: 'apply', actor: 'tester' },
        { position: 'pg:1002:0', stream: 'y-1', revision: '0', type: 'A', via: 'apply', actor: 'tester' },
        {
          position: 'pg:1003:0',
          stream: 'sitting-s1',
          revision: '0',
          type: 'SittingQuorumNotReached',
          via: 'apply',
          actor: 'tester',
        },
        { position: 'pg:1005:0', stream: 'x-1', revision: '2', type: 'A', via: 'apply', actor: 'someone-else' },
      ]));

  it('empties the tables first and goes through applyBatch when there is one', () =>
    givenProjection(batched, db)
      .given({ type: 'A', data: {} })
      .then(SEEN, [
        { position: 'pg:1000:0', stream: 'spec-stream', revision: '0', type: 'A', via: 'applyBatch', actor: 'tester' },
      ]));
});
