import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import { applyInRuns } from '../../../../shared/projections/apply-in-runs.js';
import { type BatchStatement, type Projection, runBatchStatement } from '../../../../shared/projections/projection.js';
import type { SittingEvent } from '../../domain/sitting.events.js';

export const ATTENDANCE = 'congress.attendance';

/** Who is present at each sitting, the live count against the quorum, and every quorum gained or lost. */
export const attendanceProjection: Projection = {
  name: ATTENDANCE,
  handles: [
    'SittingOpened',
    'DelegateCheckedIn',
    'DelegateCheckedOut',
    'QuorumReached',
    'QuorumLost',
    'BusinessOpened',
    'SittingQuorumNotReached',
    'SittingClosed',
  ],
  tables: ['sittings', 'sitting_attendance', 'sitting_quorum_log'],

  apply: applyOne,

  // A batch's runs of check-ins and check-outs, across sittings, go in one statement each (issue 15).
  applyBatch: (events, manager) =>
    applyInRuns(
      events,
      isAttendance,
      (run) => applyAttendanceRun(run, manager),
      (event) => applyOne(event, manager),
    ),

  // A batch of nothing but check-ins and check-outs (most of a sitting) is one statement with its checkpoint.
  batchStatement: (events) => (events.every(isAttendance) ? attendanceRunStatement(events) : undefined),
};

const isAttendance = (event: RecordedEvent): boolean =>
  event.type === 'DelegateCheckedIn' || event.type === 'DelegateCheckedOut';

async function applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as SittingEvent;
  const revision = recorded.revision.toString();
  if (event.type === 'SittingOpened') {
    const d = event.data;
    await manager.query(
      `INSERT INTO sittings (sitting_id, congress_id, title, status, roll_size, required, present, quorate, opened_at, last_revision)
         VALUES ($1, $2, $3, 'open', $4, $5, 0, false, $6, $7) ON CONFLICT (sitting_id) DO NOTHING`,
      [d.sittingId, d.congressId, d.title, d.roll.length, d.required, d.openedAt, revision],
    );
    return;
  }
  // Each event is applied once: the sitting row's revision says how far it got.
  if (event.type === 'DelegateCheckedIn' || event.type === 'DelegateCheckedOut') {
    await applyAttendanceRun([recorded], manager);
    return;
  }
  const moved: [unknown[], number] = await manager.query(
    `UPDATE sittings SET last_revision = $2 WHERE sitting_id = $1 AND last_revision < $2`,
    [event.data.sittingId, revision],
  );
  if (moved[1] !== 1) return;
  await applyChange(event, revision, manager);
}

type AttendanceData = { sittingId: string; delegateId: string; present: number; at: string };

/**
 * A run of check-ins and check-outs (the events a sitting has most of) in one statement, a single one included
 * (issue 15): only the events past each sitting's revision count (a replay changes nothing); the sitting takes its
 * last event's revision and count; a delegate's row ends as their last event leaves it, with the time of their
 * last check-in, and a check-out alone changes only a row that is already there.
 */
async function applyAttendanceRun(run: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  await runBatchStatement(manager, attendanceRunStatement(run));
}

function attendanceRunStatement(run: readonly RecordedEvent[]): BatchStatement {
  const data = run.map((event) => event.data as AttendanceData);
  return {
    ctes: [
      `input AS (
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::int[], $5::timestamptz[], $6::boolean[])
           AS i(sitting_id, revision, delegate_id, present, at, checked_in)
       )`,
      `fresh AS (
         SELECT i.* FROM input i JOIN sittings s ON s.sitting_id = i.sitting_id WHERE i.revision > s.last_revision
       )`,
      `moved AS (
         UPDATE sittings s SET last_revision = l.revision, present = l.present
           FROM (SELECT DISTINCT ON (sitting_id) sitting_id, revision, present FROM fresh ORDER BY sitting_id, revision DESC) l
          WHERE s.sitting_id = l.sitting_id
       )`,
      `delegates AS (
         SELECT sitting_id, delegate_id,
                (array_agg(checked_in ORDER BY revision DESC))[1] AS last_in,
                (array_agg(at ORDER BY revision DESC))[1] AS last_at,
                (array_agg(at ORDER BY revision DESC) FILTER (WHERE checked_in))[1] AS last_check_in_at
           FROM fresh GROUP BY sitting_id, delegate_id
       )`,
      `checked_in AS (
         INSERT INTO sitting_attendance (sitting_id, delegate_id, present, checked_in_at, checked_out_at)
         SELECT sitting_id, delegate_id, last_in, last_check_in_at, CASE WHEN last_in THEN NULL ELSE last_at END
           FROM delegates WHERE last_check_in_at IS NOT NULL
         ON CONFLICT (sitting_id, delegate_id) DO UPDATE SET present = EXCLUDED.present,
           checked_in_at = EXCLUDED.checked_in_at, checked_out_at = EXCLUDED.checked_out_at
       )`,
    ],
    final: `UPDATE sitting_attendance a SET present = false, checked_out_at = d.last_at
              FROM delegates d
             WHERE d.last_check_in_at IS NULL AND a.sitting_id = d.sitting_id AND a.delegate_id = d.delegate_id`,
    params: [
      data.map((d) => d.sittingId),
      run.map((event) => event.revision.toString()),
      data.map((d) => d.delegateId),
      data.map((d) => d.present),
      data.map((d) => d.at),
      run.map((event) => event.type === 'DelegateCheckedIn'),
    ],
  };
}

async function applyChange(
  event: Exclude<SittingEvent, { type: 'SittingOpened' | 'DelegateCheckedIn' | 'DelegateCheckedOut' }>,
  revision: string,
  manager: EntityManager,
): Promise<void> {
  const id = event.data.sittingId;
  switch (event.type) {
    case 'QuorumReached':
    case 'QuorumLost':
    case 'SittingQuorumNotReached':
    case 'BusinessOpened': {
      const c = event.data.count;
      await manager.query(
        `INSERT INTO sitting_quorum_log (sitting_id, revision, event, present, elected, required, at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [id, revision, event.type, c.present, c.elected, c.required, event.data.at],
      );
      if (event.type === 'QuorumReached')
        await manager.query(`UPDATE sittings SET quorate = true WHERE sitting_id = $1`, [id]);
      if (event.type === 'QuorumLost')
        await manager.query(`UPDATE sittings SET quorate = false WHERE sitting_id = $1`, [id]);
      if (event.type === 'BusinessOpened')
        await manager.query(
          `UPDATE sittings SET status = 'in-business', business_opened_at = $2 WHERE sitting_id = $1`,
          [id, event.data.at],
        );
      return;
    }
    case 'SittingClosed':
      await manager.query(`UPDATE sittings SET status = 'closed', closed_at = $2 WHERE sitting_id = $1`, [
        id,
        event.data.at,
      ]);
      return;
  }
}
