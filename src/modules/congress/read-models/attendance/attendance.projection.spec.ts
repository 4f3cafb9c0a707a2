import { describe, expect, it } from '@jest/globals';
import {
  expectBatchesEqualOneByOne,
  givenProjection,
  projectionDatabase,
  recordEvents,
} from '../../../../../test/support/given-projection.js';
import { risingBatches, sittingWalk } from '../../../../../test/support/sitting-walk.js';
import { attendanceProjection } from './attendance.projection.js';
import { findSitting } from './attendance.queries.js';

const db = projectionDatabase();
const given = givenProjection(attendanceProjection, db).given;

const STREAM = 'sitting-s1';
const opened = {
  type: 'SittingOpened',
  stream: STREAM,
  data: {
    sittingId: 's1',
    congressId: 'c12',
    organisationId: 'school',
    title: '第十二次学生代表大会第一次全体会议',
    roll: ['d1', 'd2', 'd3', 'd4', 'd5'],
    quorum: { numerator: 2, denominator: 3 },
    required: 4,
    openedAt: '2026-05-10T08:00:00.000Z',
  },
};
const checkedIn = (delegateId: string, present: number, at: string) => ({
  type: 'DelegateCheckedIn',
  stream: STREAM,
  data: { sittingId: 's1', delegateId, present, at },
});
const checkedOut = (delegateId: string, present: number, at: string) => ({
  type: 'DelegateCheckedOut',
  stream: STREAM,
  data: { sittingId: 's1', delegateId, present, at },
});
const quorum = (type: string, present: number, at: string, stream = STREAM) => ({
  type,
  stream,
  data: { sittingId: 's1', count: { present, elected: 5, required: 4 }, at },
});

describe('attendance projection', () => {
  it('opens a sitting with its roll size, nobody present and no quorum', () =>
    given(opened).then(
      `SELECT sitting_id, congress_id, status, roll_size, required, present, quorate, business_opened_at, closed_at, last_revision FROM sittings`,
      [
        {
          sitting_id: 's1',
          congress_id: 'c12',
          status: 'open',
          roll_size: 5,
          required: 4,
          present: 0,
          quorate: false,
          business_opened_at: null,
          closed_at: null,
          last_revision: '0',
        },
      ],
    ));

  it('minutes a stored QuorumNotReached of a sitting as SittingQuorumNotReached, then the quorum, the business and its loss', () =>
    given(
      opened,
      checkedIn('d1', 1, '2026-05-10T08:01:00.000Z'),
      checkedIn('d2', 2, '2026-05-10T08:02:00.000Z'),
      checkedIn('d3', 3, '2026-05-10T08:03:00.000Z'),
      quorum('QuorumNotReached', 3, '2026-05-10T08:05:00.000Z'),
      checkedIn('d4', 4, '2026-05-10T08:06:00.000Z'),
      quorum('QuorumReached', 4, '2026-05-10T08:06:00.000Z'),
      quorum('BusinessOpened', 4, '2026-05-10T08:10:00.000Z'),
      checkedOut('d2', 3, '2026-05-10T09:00:00.000Z'),
      quorum('QuorumLost', 3, '2026-05-10T09:00:00.000Z'),
    ).thenQuery((ds) => findSitting(ds, 's1'), {
      sittingId: 's1',
      congressId: 'c12',
      title: '第十二次学生代表大会第一次全体会议',
      status: 'in-business',
      elected: 5,
      required: 4,
      present: 3,
      quorate: false,
      openedAt: '2026-05-10T08:00:00.000Z',
      businessOpenedAt: '2026-05-10T08:10:00.000Z',
      closedAt: null,
      presentDelegates: ['d1', 'd3', 'd4'],
      quorumLog: [
        { event: 'SittingQuorumNotReached', present: 3, elected: 5, required: 4, at: '2026-05-10T08:05:00.000Z' },
        { event: 'QuorumReached', present: 4, elected: 5, required: 4, at: '2026-05-10T08:06:00.000Z' },
        { event: 'BusinessOpened', present: 4, elected: 5, required: 4, at: '2026-05-10T08:10:00.000Z' },
        { event: 'QuorumLost', present: 3, elected: 5, required: 4, at: '2026-05-10T09:00:00.000Z' },
      ],
    }));

  it('ignores a QuorumNotReached of an election round: only sitting streams are renamed', () =>
    given(opened, quorum('QuorumNotReached', 2, '2026-05-10T08:05:00.000Z', 'election-e1')).then(
      `SELECT count(*)::int AS minuted FROM sitting_quorum_log`,
      [{ minuted: 0 }],
    ));

  it('keeps check-in and check-out times, clears the check-out of a delegate who comes back, and closes the sitting', () =>
    given(
      opened,
      checkedIn('d1', 1, '2026-05-10T08:01:00.000Z'),
      checkedIn('d5', 2, '2026-05-10T08:02:00.000Z'),
      checkedOut('d1', 1, '2026-05-10T08:30:00.000Z'),
      checkedOut('d5', 0, '2026-05-10T08:40:00.000Z'),
      checkedIn('d5', 1, '2026-05-10T08:50:00.000Z'),
      { type: 'SittingClosed', stream: STREAM, data: { sittingId: 's1', present: 1, at: '2026-05-10T11:00:00.000Z' } },
    ).then(
      `SELECT a.delegate_id, a.present, a.checked_in_at, a.checked_out_at, s.status, s.present AS sitting_present, s.closed_at
         FROM sitting_attendance a JOIN sittings s USING (sitting_id) ORDER BY a.delegate_id`,
      [
        {
          delegate_id: 'd1',
          present: false,
          checked_in_at: new Date('2026-05-10T08:01:00.000Z'),
          checked_out_at: new Date('2026-05-10T08:30:00.000Z'),
          status: 'closed',
          sitting_present: 1,
          closed_at: new Date('2026-05-10T11:00:00.000Z'),
        },
        {
          delegate_id: 'd5',
          present: true,
          checked_in_at: new Date('2026-05-10T08:50:00.000Z'),
          checked_out_at: null,
          status: 'closed',
          sitting_present: 1,
          closed_at: new Date('2026-05-10T11:00:00.000Z'),
        },
      ],
    ));

  it('applies a check-in or check-out once: one delivered again, after a later one, changes nothing', async () => {
    const [open, checkIn, checkOut] = recordEvents([
      opened,
      checkedIn('d1', 1, '2026-05-10T08:01:00.000Z'),
      checkedOut('d1', 0, '2026-05-10T08:30:00.000Z'),
    ]);
    const dataSource = db.dataSource();
    const rows = await dataSource.transaction(async (manager) => {
      await manager.query(`TRUNCATE ${attendanceProjection.tables.map((t) => `"${t}"`).join(', ')}`);
      for (const event of [open!, checkIn!, checkOut!, checkIn!]) await attendanceProjection.apply(event, manager);
      return manager.query(
        `SELECT a.present, a.checked_out_at, s.present AS sitting_present, s.last_revision
           FROM sitting_attendance a JOIN sittings s USING (sitting_id)`,
      );
    });
    expect(rows).toEqual([
      {
        present: false,
        checked_out_at: new Date('2026-05-10T08:30:00.000Z'),
        sitting_present: 0,
        last_revision: '2',
      },
    ]);
  });

  it('leaves, applied by batches, exactly the rows it leaves one event at a time, replays included', async () => {
    const log = recordEvents(sittingWalk());
    // rising batch sizes, then the last twenty events delivered again after a restart
    const batches = [...risingBatches(log), log.slice(-20)];
    const rows = await expectBatchesEqualOneByOne(
      attendanceProjection,
      db,
      batches,
      `SELECT s.sitting_id, s.status, s.present AS sitting_present, s.quorate, s.last_revision,
              a.delegate_id, a.present, a.checked_in_at, a.checked_out_at
         FROM sittings s LEFT JOIN sitting_attendance a USING (sitting_id) ORDER BY s.sitting_id, a.delegate_id`,
    );
    // the walk reaches every kind of row: delegates present and gone, both sittings closed
    expect(new Set(rows.map((r) => r.present))).toEqual(new Set([true, false]));
    expect(rows.every((r) => r.status === 'closed')).toBe(true);
    expect(await db.dataSource().query(`SELECT count(*)::int AS n FROM sitting_quorum_log`)).not.toEqual([{ n: 0 }]);
  });
});
