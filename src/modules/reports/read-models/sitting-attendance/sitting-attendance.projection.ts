import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import { applyInRuns } from '../../../../shared/projections/apply-in-runs.js';
import { type BatchStatement, type Projection, runBatchStatement } from '../../../../shared/projections/projection.js';

export const SITTING_ATTENDANCE = 'reports.sitting-attendance';

type Opened = {
  sittingId: string;
  congressId: string;
  organisationId: string;
  title: string;
  roll: string[];
  required: number;
  openedAt: string;
};
type Attendance = { sittingId: string; present: number; at: string };

/**
 * Attendance and quorum per sitting: present now, the most present at once, check-ins and check-outs, when the
 * quorum was first reached, how often it was lost, and when business opened and the sitting closed.
 */
export const sittingAttendanceProjection: Projection = {
  name: SITTING_ATTENDANCE,
  handles: [
    'SittingOpened',
    'DelegateCheckedIn',
    'DelegateCheckedOut',
    'QuorumReached',
    'QuorumLost',
    'BusinessOpened',
    'SittingClosed',
  ],
  tables: ['report_sitting'],

  apply: applyOne,

  // A batch's runs of check-ins and check-outs, across sittings, go in one statement each (issue 15).
  applyBatch: (events, manager) =>
    applyInRuns(
      events,
      isSittingAttendance,
      (run) => applyAttendanceRun(run, manager),
      (event) => applyOne(event, manager),
    ),

  // A batch of nothing but check-ins and check-outs (most of a sitting) is one statement with its checkpoint.
  batchStatement: (events) => (events.every(isSittingAttendance) ? attendanceRunStatement(events) : undefined),
};

const isSittingAttendance = (event: RecordedEvent): boolean =>
  event.stream.startsWith('sitting-') && (event.type === 'DelegateCheckedIn' || event.type === 'DelegateCheckedOut');

/**
 * A run of check-ins and check-outs in one statement, a single one included: each sitting's count is its last
 * event's, its peak the highest count a check-in reached, and both tallies grow by the run's events.
 */
async function applyAttendanceRun(run: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  await runBatchStatement(manager, attendanceRunStatement(run));
}

function attendanceRunStatement(run: readonly RecordedEvent[]): BatchStatement {
  const data = run.map((event) => event.data as Attendance);
  return {
    ctes: [],
    final: `UPDATE report_sitting r
        SET present = b.present, peak_present = GREATEST(r.peak_present, COALESCE(b.peak, 0)),
            check_ins = r.check_ins + b.check_ins, check_outs = r.check_outs + b.check_outs
       FROM (SELECT sitting_id, (array_agg(present ORDER BY ord DESC))[1] AS present,
                    max(present) FILTER (WHERE checked_in) AS peak,
                    count(*) FILTER (WHERE checked_in) AS check_ins, count(*) FILTER (WHERE NOT checked_in) AS check_outs
               FROM unnest($1::text[], $2::int[], $3::boolean[]) WITH ORDINALITY AS i(sitting_id, present, checked_in, ord)
              GROUP BY sitting_id) b
      WHERE r.sitting_id = b.sitting_id`,
    params: [
      data.map((d) => d.sittingId),
      data.map((d) => d.present),
      run.map((event) => event.type === 'DelegateCheckedIn'),
    ],
  };
}

async function applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
  // QuorumReached and QuorumLost are sitting events only; an election round's are named otherwise.
  if (!recorded.stream.startsWith('sitting-')) return;
  const d = recorded.data as Attendance;
  switch (recorded.type) {
    case 'SittingOpened': {
      const o = recorded.data as Opened;
      await manager.query(
        `INSERT INTO report_sitting (sitting_id, congress_id, organisation_id, title, status, roll_size, required, present,
             peak_present, quorate, check_ins, check_outs, quorum_lost, opened_at)
           VALUES ($1, $2, $3, $4, 'open', $5, $6, 0, 0, false, 0, 0, 0, $7) ON CONFLICT (sitting_id) DO NOTHING`,
        [o.sittingId, o.congressId, o.organisationId, o.title, o.roll.length, o.required, o.openedAt],
      );
      return;
    }
    case 'DelegateCheckedIn':
    case 'DelegateCheckedOut':
      await applyAttendanceRun([recorded], manager);
      return;
    case 'QuorumReached':
      await manager.query(
        `UPDATE report_sitting SET quorate = true, quorum_reached_at = COALESCE(quorum_reached_at, $2) WHERE sitting_id = $1`,
        [d.sittingId, d.at],
      );
      return;
    case 'QuorumLost':
      await manager.query(
        `UPDATE report_sitting SET quorate = false, quorum_lost = quorum_lost + 1 WHERE sitting_id = $1`,
        [d.sittingId],
      );
      return;
    case 'BusinessOpened':
      await manager.query(
        `UPDATE report_sitting SET status = 'in-business', business_opened_at = $2 WHERE sitting_id = $1`,
        [d.sittingId, d.at],
      );
      return;
    case 'SittingClosed':
      await manager.query(
        `UPDATE report_sitting SET status = 'closed', present = $2, closed_at = $3 WHERE sitting_id = $1`,
        [d.sittingId, d.present, d.at],
      );
      return;
  }
}
