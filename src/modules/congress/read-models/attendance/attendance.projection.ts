import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
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

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
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
      await applyAttendance(event, revision, manager);
      return;
    }
    const moved: [unknown[], number] = await manager.query(
      `UPDATE sittings SET last_revision = $2 WHERE sitting_id = $1 AND last_revision < $2`,
      [event.data.sittingId, revision],
    );
    if (moved[1] !== 1) return;
    await applyChange(event, revision, manager);
  },
};

/**
 * A check-in or check-out, the events a sitting has most of, in one statement (issue 15): the sitting's row moves
 * to the event's revision and count, and only if it did (the event is new) the delegate's row changes.
 */
async function applyAttendance(
  event: Extract<SittingEvent, { type: 'DelegateCheckedIn' | 'DelegateCheckedOut' }>,
  revision: string,
  manager: EntityManager,
): Promise<void> {
  const d = event.data;
  const moved = `WITH moved AS (
      UPDATE sittings SET last_revision = $2, present = $4 WHERE sitting_id = $1 AND last_revision < $2 RETURNING sitting_id
    )`;
  const parameters = [d.sittingId, revision, d.delegateId, d.present, d.at];
  if (event.type === 'DelegateCheckedIn')
    await manager.query(
      `${moved}
       INSERT INTO sitting_attendance (sitting_id, delegate_id, present, checked_in_at)
       SELECT sitting_id, $3::text, true, $5::timestamptz FROM moved
       ON CONFLICT (sitting_id, delegate_id) DO UPDATE SET present = true, checked_in_at = EXCLUDED.checked_in_at,
         checked_out_at = NULL`,
      parameters,
    );
  else
    await manager.query(
      `${moved}
       UPDATE sitting_attendance a SET present = false, checked_out_at = $5 FROM moved
        WHERE a.sitting_id = moved.sitting_id AND a.delegate_id = $3`,
      parameters,
    );
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
