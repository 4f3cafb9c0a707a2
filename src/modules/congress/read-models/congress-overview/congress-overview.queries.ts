import type { DataSource } from 'typeorm';

export type CollegeAllocationView = {
  collegeId: string;
  students: number;
  minimum: number;
  /** the exact share of seats, as a fraction and to three places */
  share: { numerator: number; denominator: number; decimal: string };
  /** kept for clients of the first API: the same as share.decimal */
  proportionalShare: string;
  basis: 'minimum' | 'share' | 'minimum-plus-share';
  round: number;
  proportional: number;
  remainderSeat: number;
  seats: number;
  /** why the college has its seats, in words, for the minutes */
  why: string;
};

export type CongressView = {
  congressId: string;
  organisationId: string;
  number: number;
  year: number;
  targetSeats: number;
  totalStudents: number;
  method: string;
  minimumSeats: number;
  proportionalSeats: number;
  quorum: { numerator: number; denominator: number };
  nonOfficerShareMin: { numerator: number; denominator: number };
  mainClubs: string[];
  convenedAt: string;
  /** the log position the enrolment was read at (null for congresses convened before it was recorded) */
  enrolmentReadAt: string | null;
  allocation: CollegeAllocationView[];
  /** how the seats were shared, in words, for the minutes */
  arithmetic: string[];
};

type CongressRow = {
  congress_id: string;
  organisation_id: string;
  number: number;
  year: number;
  target_seats: number;
  total_students: number;
  method: string;
  minimum_seats: number;
  proportional_seats: number;
  quorum: CongressView['quorum'];
  non_officer_share_min: CongressView['quorum'];
  main_clubs: string[];
  convened_at: Date;
  enrolment_read_at: string | null;
};
type AllocationRow = {
  college_id: string;
  students: number;
  minimum: number;
  share_numerator: string;
  share_denominator: string | null;
  basis: CollegeAllocationView['basis'];
  round: number;
  proportional: number;
  remainder_seat: number;
  seats: number;
};

export async function findCongress(db: DataSource, congressId: string): Promise<CongressView | undefined> {
  const [row]: CongressRow[] = await db.query(`SELECT * FROM congresses WHERE congress_id = $1`, [congressId]);
  if (!row) return undefined;
  const rows: AllocationRow[] = await db.query(
    `SELECT * FROM congress_allocation WHERE congress_id = $1 ORDER BY college_id`,
    [congressId],
  );
  const allocation = rows.map((c) => collegeView(c, row.total_students));
  return {
    congressId: row.congress_id,
    organisationId: row.organisation_id,
    number: row.number,
    year: row.year,
    targetSeats: row.target_seats,
    totalStudents: row.total_students,
    method: row.method,
    minimumSeats: row.minimum_seats,
    proportionalSeats: row.proportional_seats,
    quorum: row.quorum,
    nonOfficerShareMin: row.non_officer_share_min,
    mainClubs: row.main_clubs,
    convenedAt: row.convened_at.toISOString(),
    enrolmentReadAt: row.enrolment_read_at,
    allocation,
    arithmetic:
      row.method === 'largest-remainder-with-minimum'
        ? noticeArithmetic(row, allocation)
        : minimumFirstArithmetic(row, allocation),
  };
}

function collegeView(c: AllocationRow, totalStudents: number): CollegeAllocationView {
  const numerator = Number(c.share_numerator);
  const denominator = Number(c.share_denominator ?? totalStudents);
  const decimal = denominator ? (numerator / denominator).toFixed(3) : '0.000';
  const remainder = c.remainder_seat ? ' + 1（最大余数）' : '';
  const why =
    c.basis === 'minimum'
      ? `份额 ${decimal} 不足 ${c.minimum} 名，按 ${c.minimum} 名计`
      : c.basis === 'share'
        ? `按比例 ${decimal} → ${c.proportional}${remainder} = ${c.seats}`
        : `${c.minimum} 名保底 + 按比例 ${decimal} → ${c.proportional}${remainder} = ${c.seats}`;
  return {
    collegeId: c.college_id,
    students: c.students,
    minimum: c.minimum,
    share: { numerator, denominator, decimal },
    proportionalShare: decimal,
    basis: c.basis,
    round: c.round,
    proportional: c.proportional,
    remainderSeat: c.remainder_seat,
    seats: c.seats,
    why,
  };
}

/** The delegate notice's rule: rounds that set aside the colleges below the minimum, then the largest remainder. */
function noticeArithmetic(row: CongressRow, allocation: CollegeAllocationView[]): string[] {
  const rounds = Math.max(1, ...allocation.map((c) => c.round));
  const lines = [
    `${row.target_seats} seats in proportion to ${row.total_students} students; a college whose share is below ${allocation[0]?.minimum ?? 0} gets ${allocation[0]?.minimum ?? 0}`,
  ];
  for (let round = 1; round <= rounds; round++) {
    for (const c of allocation.filter((a) => a.round === round)) {
      lines.push(
        c.basis === 'minimum'
          ? `round ${round}: ${c.collegeId}: ${c.share.numerator} / ${c.share.denominator} = ${c.share.decimal} < ${c.minimum} → ${c.minimum}`
          : `round ${round}: ${c.collegeId}: ${c.share.numerator} / ${c.share.denominator} = ${c.share.decimal} → ${c.proportional}${c.remainderSeat ? ' + 1 (largest remainder)' : ''} = ${c.seats}`,
      );
    }
  }
  if (row.minimum_seats > 0)
    lines.push(`${row.minimum_seats} seats by the minimum, ${row.proportional_seats} by the largest remainder`);
  return lines;
}

function minimumFirstArithmetic(row: CongressRow, allocation: CollegeAllocationView[]): string[] {
  return [
    `${allocation.length} colleges × ${allocation[0]?.minimum ?? 0} seats minimum = ${row.minimum_seats}`,
    `${row.target_seats} − ${row.minimum_seats} = ${row.proportional_seats} seats shared in proportion to ${row.total_students} students`,
    ...allocation.map(
      (c) =>
        `${c.collegeId}: ${row.proportional_seats} × ${c.students} / ${row.total_students} = ${c.proportionalShare} → ${c.proportional}${c.remainderSeat ? ' + 1 (largest remainder)' : ''} + ${c.minimum} = ${c.seats}`,
    ),
  ];
}
