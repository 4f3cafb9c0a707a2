import { describe, expect, it } from '@jest/globals';
import {
  expectBatchesEqualOneByOne,
  givenProjection,
  projectionDatabase,
  recordEvents,
} from '../../../../../test/support/given-projection.js';
import { risingBatches, sittingWalk } from '../../../../../test/support/sitting-walk.js';
import { sittingAttendanceProjection } from './sitting-attendance.projection.js';
import { congressSittings, sittingReport } from './sitting-attendance.queries.js';

const db = projectionDatabase();
const given = givenProjection(sittingAttendanceProjection, db).given;

const STREAM = 'sitting-s1';
const opened = {
  type: 'SittingOpened',
  stream: STREAM,
  data: {
    sittingId: 's1',
    congressId: 'c12',
    organisationId: 'school',
    title: '第十二次学生代表大会第一次全体会议',
    roll: ['d1', 'd2', 'd3', 'd4'],
    quorum: { numerator: 2, denominator: 3 },
    required: 3,
    openedAt: '2026-05-10T00:00:00.000Z',
  },
};
const at = (minute: number) => `2026-05-10T00:${String(minute).padStart(2, '0')}:00.000Z`;
const attendance = (type: string, delegateId: string, present: number, minute: number) => ({
  type,
  stream: STREAM,
  data: { sittingId: 's1', delegateId, present, at: at(minute) },
});
const quorum = (type: string, present: number, minute: number, stream = STREAM) => ({
  type,
  stream,
  data: { sittingId: 's1', count: { present, elected: 4, required: 3 }, at: at(minute) },
});

describe('sitting attendance report projection', () => {
  it('follows present, the peak, check-ins and -outs, the first quorum, its losses, business and the close', () =>
    given(
      opened,
      attendance('DelegateCheckedIn', 'd1', 1, 1),
      attendance('DelegateCheckedIn', 'd2', 2, 2),
      attendance('DelegateCheckedIn', 'd3', 3, 3),
      quorum('QuorumReached', 3, 3),
      attendance('DelegateCheckedIn', 'd4', 4, 4),
      quorum('BusinessOpened', 4, 5),
      attendance('DelegateCheckedOut', 'd4', 3, 20),
      attendance('DelegateCheckedOut', 'd3', 2, 21),
      quorum('QuorumLost', 2, 21),
      attendance('DelegateCheckedIn', 'd3', 3, 30),
      quorum('QuorumReached', 3, 30),
      { type: 'SittingClosed', stream: STREAM, data: { sittingId: 's1', present: 3, at: at(50) } },
    ).thenQuery((ds) => sittingReport(ds, 's1'), {
      sittingId: 's1',
      congressId: 'c12',
      organisationId: 'school',
      title: '第十二次学生代表大会第一次全体会议',
      status: 'closed',
      rollSize: 4,
      required: 3,
      present: 3,
      peakPresent: 4,
      quorate: true,
      attendance: '75.0',
      checkIns: 5,
      checkOuts: 2,
      quorumLost: 1,
      openedAt: '2026-05-10T00:00:00.000Z',
      quorumReachedAt: at(3),
      businessOpenedAt: at(5),
      closedAt: at(50),
    }));

  it('reads no quorum event of an election round, and lists a congress’s sittings in order', () =>
    given(
      opened,
      {
        ...opened,
        stream: 'sitting-s2',
        data: { ...opened.data, sittingId: 's2', openedAt: '2026-05-11T00:00:00.000Z' },
      },
      quorum('QuorumReached', 3, 4, 'election-e1'),
    ).thenQuery(
      async (ds) => (await congressSittings(ds, 'c12')).map((s) => [s.sittingId, s.quorate, s.quorumReachedAt]),
      [
        ['s1', false, null],
        ['s2', false, null],
      ],
    ));

  it('leaves, applied by batches, exactly the rows it leaves one event at a time', async () => {
    const rows = await expectBatchesEqualOneByOne(
      sittingAttendanceProjection,
      db,
      risingBatches(recordEvents(sittingWalk())),
      `SELECT * FROM report_sitting ORDER BY sitting_id`,
    );
    expect(rows.map((r) => r.status)).toEqual(['closed', 'closed']);
    // the walk reaches both sittings with check-ins, check-outs and lost quorums
    for (const r of rows)
      for (const n of [r.check_ins, r.check_outs, r.quorum_lost]) expect(Number(n)).toBeGreaterThan(0);
  });
});
