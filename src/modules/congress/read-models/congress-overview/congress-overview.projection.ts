import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { CongressConvened } from '../../domain/congress.events.js';
import type { CollegeSeats } from '../../domain/seat-allocation.js';

/** A college's seats as stored: congresses convened before the notice's rule was read literally lack the last three. */
type StoredCollegeSeats = Omit<CollegeSeats, 'shareDenominator' | 'basis' | 'round'> &
  Partial<Pick<CollegeSeats, 'shareDenominator' | 'basis' | 'round'>>;

export const CONGRESS_OVERVIEW = 'congress.overview';

/** The congress and its seat allocation, with the arithmetic of every college's share. */
export const congressOverviewProjection: Projection = {
  name: CONGRESS_OVERVIEW,
  handles: ['CongressConvened'],
  tables: ['congresses', 'congress_allocation'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const d = (recorded as unknown as CongressConvened).data;
    const a = d.allocation;
    await manager.query(
      `INSERT INTO congresses (congress_id, organisation_id, number, year, target_seats, total_students, minimum_seats, proportional_seats,
                               method, quorum, non_officer_share_min, main_clubs, convened_at, enrolment_read_at,
                               extraordinary, extraordinary_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (congress_id) DO NOTHING`,
      [
        d.congressId,
        d.organisationId,
        d.number,
        d.year,
        d.targetSeats,
        a.totalStudents,
        a.minimumSeats,
        a.proportionalSeats,
        a.method,
        JSON.stringify(d.quorum),
        JSON.stringify(d.nonOfficerShareMin),
        JSON.stringify(d.mainClubs),
        d.convenedAt,
        d.enrolmentReadAt ?? null,
        d.extraordinary ?? false,
        d.extraordinaryReason ?? null,
      ],
    );
    for (const c of a.colleges as readonly StoredCollegeSeats[]) {
      await manager.query(
        `INSERT INTO congress_allocation (congress_id, college_id, students, minimum, share_numerator, share_denominator, basis, round,
                                          proportional, remainder_seat, seats)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
        // Congresses convened before the notice's rule was read literally: minimum first, shares over all students.
        [
          d.congressId,
          c.collegeId,
          c.students,
          c.minimum,
          c.shareNumerator,
          c.shareDenominator ?? a.totalStudents,
          c.basis ?? 'minimum-plus-share',
          c.round ?? 1,
          c.proportional,
          c.remainderSeat,
          c.seats,
        ],
      );
    }
  },
};
