import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

export const CONGRESS_SEATS = 'reports.congress-seats';

type Ratio = { numerator: number; denominator: number };
/** The fields of the congress module's events this report reads (its published event data). */
type Convened = {
  congressId: string;
  organisationId: string;
  number: number;
  year: number;
  targetSeats: number;
  allocation: {
    totalStudents: number;
    colleges: Array<{ collegeId: string; students: number; minimum: number; seats: number }>;
  };
  quorum: Ratio;
  nonOfficerShareMin: Ratio;
  extraordinary?: boolean;
  convenedAt: string;
};
type Recommended = { congressId: string; studentId: string; collegeId: string; officer: boolean; grade: string };
type Step = { congressId: string; studentId: string };

const STATUS_OF: Record<string, string> = {
  DelegateElected: 'elected',
  DelegateNotElected: 'not-elected',
  DelegateQualified: 'qualified',
  DelegateRejected: 'rejected',
  DelegateWithdrawn: 'withdrawn',
};

/**
 * Seats against quota per college and the delegates' composition (officers, grades) against the charter's shares:
 * one row per congress, per college of its allocation, per student put forward with where the student stands.
 */
export const congressSeatsProjection: Projection = {
  name: CONGRESS_SEATS,
  handles: ['CongressConvened', 'DelegateRecommended', ...Object.keys(STATUS_OF)],
  tables: ['report_congress', 'report_congress_college', 'report_congress_delegate'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    if (recorded.type === 'CongressConvened') {
      const d = recorded.data as Convened;
      await manager.query(
        `INSERT INTO report_congress (congress_id, organisation_id, number, year, target_seats, total_students, quorum_num,
           quorum_den, non_officer_num, non_officer_den, extraordinary, convened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (congress_id) DO NOTHING`,
        [
          d.congressId,
          d.organisationId,
          d.number,
          d.year,
          d.targetSeats,
          d.allocation.totalStudents,
          d.quorum.numerator,
          d.quorum.denominator,
          d.nonOfficerShareMin.numerator,
          d.nonOfficerShareMin.denominator,
          d.extraordinary ?? false,
          d.convenedAt,
        ],
      );
      for (const c of d.allocation.colleges)
        await manager.query(
          `INSERT INTO report_congress_college (congress_id, college_id, students, minimum, quota) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [d.congressId, c.collegeId, c.students, c.minimum, c.seats],
        );
      return;
    }
    if (recorded.type === 'DelegateRecommended') {
      const d = recorded.data as Recommended;
      // A student put forward again (after a withdrawal or rejection) starts over as recommended.
      await manager.query(
        `INSERT INTO report_congress_delegate (congress_id, student_id, college_id, officer, grade, status)
         VALUES ($1, $2, $3, $4, $5, 'recommended')
         ON CONFLICT (congress_id, student_id) DO UPDATE SET college_id = $3, officer = $4, grade = $5, status = 'recommended'`,
        [d.congressId, d.studentId, d.collegeId, d.officer, d.grade],
      );
      return;
    }
    const d = recorded.data as Step;
    await manager.query(`UPDATE report_congress_delegate SET status = $3 WHERE congress_id = $1 AND student_id = $2`, [
      d.congressId,
      d.studentId,
      STATUS_OF[recorded.type],
    ]);
  },
};
