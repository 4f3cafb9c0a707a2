import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

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

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
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
        await manager.query(
          `UPDATE report_sitting SET present = $2, peak_present = GREATEST(peak_present, $2), check_ins = check_ins + 1
           WHERE sitting_id = $1`,
          [d.sittingId, d.present],
        );
        return;
      case 'DelegateCheckedOut':
        await manager.query(
          `UPDATE report_sitting SET present = $2, check_outs = check_outs + 1 WHERE sitting_id = $1`,
          [d.sittingId, d.present],
        );
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
  },
};
