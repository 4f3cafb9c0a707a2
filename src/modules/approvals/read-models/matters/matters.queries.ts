import type { DataSource } from 'typeorm';

export type MatterStatus = 'in-review' | 'returned' | 'approved' | 'refused' | 'held';
export type MatterDecisionView = Readonly<{
  step: number;
  body: string;
  decision: 'approved' | 'returned' | 'refused' | 'resubmitted' | 'escalated';
  by: string | null;
  decidedFor: string | null;
  reasons: string[];
  notes: string;
  at: string;
}>;
export type MatterView = Readonly<{
  matterId: string;
  organisationId: string;
  schoolUnionId: string;
  matterType: string;
  activity: boolean;
  title: string;
  summary: string;
  status: MatterStatus;
  step: number;
  chain: Array<Readonly<{ body: string; days: number }>>;
  /** the body the current step awaits, and the escalation body once it escalated; null unless in review */
  awaitingBody: string | null;
  escalatedTo: string | null;
  dueBy: string | null;
  policyRevision: string;
  documents: Array<Readonly<{ kind: string; title: string; reference: string }>>;
  decisions: MatterDecisionView[];
  submittedAt: string;
  approvedAt: string | null;
  heldOn: string | null;
}>;

type Row = Record<string, never>;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const view = (r: Row): MatterView => ({
  matterId: r.matter_id,
  organisationId: r.organisation_id,
  schoolUnionId: r.school_union_id,
  matterType: r.matter_type,
  activity: r.activity,
  title: r.title,
  summary: r.summary,
  status: r.status,
  step: r.step,
  chain: r.chain,
  awaitingBody: r.awaiting_body,
  escalatedTo: r.escalated_to,
  dueBy: r.due_by,
  policyRevision: r.policy_revision,
  documents: r.documents,
  decisions: r.decisions,
  submittedAt: iso(r.submitted_at)!,
  approvedAt: iso(r.approved_at),
  heldOn: r.held_on,
});

/** Art. 12: a union's matters, newest first, optionally of one status or type. */
export async function unionMatters(
  db: DataSource,
  organisationId: string,
  filter: { status?: string; matterType?: string } = {},
): Promise<MatterView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM approval_matters WHERE organisation_id = $1 AND ($2::text IS NULL OR status = $2)
       AND ($3::text IS NULL OR matter_type = $3) ORDER BY submitted_at DESC, matter_id`,
    [organisationId, filter.status ?? null, filter.matterType ?? null],
  );
  return rows.map(view);
}

export async function findMatter(db: DataSource, matterId: string): Promise<MatterView | null> {
  const rows: Row[] = await db.query(`SELECT * FROM approval_matters WHERE matter_id = $1`, [matterId]);
  return rows[0] ? view(rows[0]) : null;
}

/**
 * What awaits a body (Art. 12): matters in review whose current step is the body's, or escalated to it, earliest due
 * first. `union` and `school-union` are held to the union named (the union itself, or the school union above).
 */
export async function awaitingBody(db: DataSource, body: string, organisationId?: string): Promise<MatterView[]> {
  const column = body === 'school-union' ? 'school_union_id' : 'organisation_id';
  const rows: Row[] = await db.query(
    `SELECT * FROM approval_matters WHERE status = 'in-review' AND (awaiting_body = $1 OR escalated_to = $1)
       AND ($2::text IS NULL OR ${column} = $2) ORDER BY due_by, matter_id`,
    [body, organisationId ?? null],
  );
  return rows.map(view);
}

/** Steps past their deadline as of a Beijing date: due before it and still undecided, escalated or not. */
export async function overdueMatters(db: DataSource, asOf: string, organisationId?: string): Promise<MatterView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM approval_matters WHERE status = 'in-review' AND due_by < $1::date
       AND ($2::text IS NULL OR organisation_id = $2 OR school_union_id = $2) ORDER BY due_by, matter_id`,
    [asOf, organisationId ?? null],
  );
  return rows.map(view);
}
