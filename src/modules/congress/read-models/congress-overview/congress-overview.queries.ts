import type { DataSource } from 'typeorm';

export type CollegeAllocationView = {
  collegeId: string; students: number; minimum: number; proportionalShare: string; proportional: number; remainderSeat: number; seats: number;
};

export type CongressView = {
  congressId: string; organisationId: string; number: number; year: number; targetSeats: number; totalStudents: number;
  method: string; minimumSeats: number; proportionalSeats: number; quorum: { numerator: number; denominator: number };
  nonOfficerShareMin: { numerator: number; denominator: number }; mainClubs: string[]; convenedAt: string;
  allocation: CollegeAllocationView[];
  /** how the seats were shared, in words, for the minutes */
  arithmetic: string[];
};

type CongressRow = {
  congress_id: string; organisation_id: string; number: number; year: number; target_seats: number; total_students: number; method: string;
  minimum_seats: number; proportional_seats: number; quorum: CongressView['quorum']; non_officer_share_min: CongressView['quorum'];
  main_clubs: string[]; convened_at: Date;
};
type AllocationRow = { college_id: string; students: number; minimum: number; share_numerator: string; proportional: number; remainder_seat: number; seats: number };

export async function findCongress(db: DataSource, congressId: string): Promise<CongressView | undefined> {
  const [row]: CongressRow[] = await db.query(`SELECT * FROM congresses WHERE congress_id = $1`, [congressId]);
  if (!row) return undefined;
  const colleges: AllocationRow[] = await db.query(`SELECT * FROM congress_allocation WHERE congress_id = $1 ORDER BY college_id`, [congressId]);
  const allocation = colleges.map((c) => ({
    collegeId: c.college_id, students: c.students, minimum: c.minimum, proportional: c.proportional, remainderSeat: c.remainder_seat, seats: c.seats,
    proportionalShare: row.total_students ? (Number(c.share_numerator) / row.total_students).toFixed(3) : '0.000',
  }));
  return {
    congressId: row.congress_id, organisationId: row.organisation_id, number: row.number, year: row.year, targetSeats: row.target_seats,
    totalStudents: row.total_students, method: row.method, minimumSeats: row.minimum_seats, proportionalSeats: row.proportional_seats,
    quorum: row.quorum, nonOfficerShareMin: row.non_officer_share_min, mainClubs: row.main_clubs, convenedAt: row.convened_at.toISOString(),
    allocation,
    arithmetic: [
      `${allocation.length} colleges × ${allocation[0]?.minimum ?? 0} seats minimum = ${row.minimum_seats}`,
      `${row.target_seats} − ${row.minimum_seats} = ${row.proportional_seats} seats shared in proportion to ${row.total_students} students`,
      ...allocation.map((c) => `${c.collegeId}: ${row.proportional_seats} × ${c.students} / ${row.total_students} = ${c.proportionalShare} → ${c.proportional}${c.remainderSeat ? ' + 1 (largest remainder)' : ''} + ${c.minimum} = ${c.seats}`),
    ],
  };
}
