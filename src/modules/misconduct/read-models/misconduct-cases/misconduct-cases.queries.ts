import type { DataSource } from 'typeorm';

/** Who asks: the person and the role they act in (the guard's actor). */
export type CaseReader = Readonly<{ id: string; role: string }>;

export type MisconductAppealView = Readonly<{
  grounds: string;
  appealedAt: string;
  upheld: boolean | null;
  reasons: string[];
  decidedAt: string | null;
}>;
export type MisconductCaseView = Readonly<{
  caseId: string;
  organisationId: string;
  staffId: string;
  post: string;
  facts: string;
  /** null for the reported person: the reporter is not disclosed to them */
  reporterId: string | null;
  conflicted: string[];
  status: 'investigating' | 'decided' | 'appealed' | 'closed';
  findings: string | null;
  statement: string | null;
  outcome: string | null;
  reasons: string[];
  referredTo: string | null;
  appeal: MisconductAppealView | null;
  reportedAt: string;
  decidedAt: string | null;
}>;

/** Those who read every case: supervisors and auditors (read-only, Art. 21 supervision) and the administrator. */
const OVERSIGHT = ['supervisor', 'auditor', 'admin'];

/**
 * Art. 21, confidential: the rows a reader may see. Oversight reads every case; a Youth League committee member
 * every case that does not name them as conflicted; anyone else only the cases they are a party to (reporter or
 * reported). Everyone else's lists are empty and their lookups find nothing.
 */
const VISIBLE = `($2 = ANY($3::text[])
    OR ($2 = 'youth-league-committee' AND NOT conflicted ? $1 AND staff_id <> $1)
    OR reporter_id = $1 OR staff_id = $1)`;

type Row = Record<string, never>;
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function view(r: Row, reader: CaseReader): MisconductCaseView {
  // the reported person reads their case, but not who reported it or whom the reporter kept out
  const shielded = r.staff_id === reader.id && !OVERSIGHT.includes(reader.role);
  return {
    caseId: r.case_id,
    organisationId: r.organisation_id,
    staffId: r.staff_id,
    post: r.post,
    facts: r.facts,
    reporterId: shielded ? null : r.reporter_id,
    conflicted: shielded ? [] : r.conflicted,
    status: r.status,
    findings: r.findings,
    statement: r.statement,
    outcome: r.outcome,
    reasons: r.reasons,
    referredTo: r.referred_to,
    appeal: r.appeal,
    reportedAt: iso(r.reported_at)!,
    decidedAt: iso(r.decided_at),
  };
}

export async function visibleCases(db: DataSource, reader: CaseReader): Promise<MisconductCaseView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM misconduct_cases WHERE ${VISIBLE} ORDER BY reported_at DESC, case_id`,
    [reader.id, reader.role, OVERSIGHT],
  );
  return rows.map((r) => view(r, reader));
}

/** One case, or null when there is none or the reader may not see it (the two are not told apart). */
export async function visibleCase(
  db: DataSource,
  caseId: string,
  reader: CaseReader,
): Promise<MisconductCaseView | null> {
  const rows: Row[] = await db.query(`SELECT * FROM misconduct_cases WHERE case_id = $4 AND ${VISIBLE}`, [
    reader.id,
    reader.role,
    OVERSIGHT,
    caseId,
  ]);
  return rows[0] ? view(rows[0], reader) : null;
}
