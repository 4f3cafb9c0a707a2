import type { DataSource } from 'typeorm';
import { ProposalBookNotFound } from '../../domain/proposal-book.errors.js';

export type AssignmentView = Readonly<{
  unitId: string;
  assignedAt: string;
  dueOn: string;
  status: string;
  /** past its due date without a published answer, as of the day asked */
  overdue: boolean;
  answer: unknown;
  publishedAt: string | null;
  daysToAnswer: number | null;
  late: boolean | null;
  reopened: boolean;
  answers: unknown[];
  ratings: unknown[];
  questions: unknown[];
}>;

export type ProposalView = Readonly<{
  congressId: string;
  proposalId: string;
  number: number | null;
  title: string;
  body: string;
  category: string;
  filerId: string;
  coSignerIds: string[];
  confirmedIds: string[];
  declinedIds: string[];
  suggestedUnitId: string | null;
  stage: string;
  mergedInto: string | null;
  mergedFrom: string[];
  screening: unknown;
  withdrawal: unknown;
  submittedAt: string;
  filedAt: string | null;
  updatedAt: string;
  assignments: AssignmentView[];
}>;

export type ProposalFilter = Readonly<{ stage?: string; unitId?: string; overdue?: boolean }>;

type Row = Record<string, never>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : (v as string | null));
/** date columns arrive as their 'YYYY-MM-DD' text (shared/database/data-source.ts) */
const date = (v: unknown) => String(v);
const OPEN = ['Assigned', 'Reopened'];

function assignment(r: Row, today: string): AssignmentView {
  const dueOn = date(r.due_on);
  return {
    unitId: r.unit_id,
    assignedAt: iso(r.assigned_at)!,
    dueOn,
    status: r.status,
    overdue: OPEN.includes(r.status) && dueOn < today,
    answer: r.answer,
    publishedAt: iso(r.published_at),
    daysToAnswer: r.days_to_answer,
    late: r.late,
    reopened: r.reopened,
    answers: r.answers,
    ratings: r.ratings,
    questions: r.questions,
  };
}

function proposal(r: Row, assignments: AssignmentView[]): ProposalView {
  return {
    congressId: r.congress_id,
    proposalId: r.proposal_id,
    number: r.number,
    title: r.title,
    body: r.body,
    category: r.category,
    filerId: r.filer_id,
    coSignerIds: r.co_signer_ids,
    confirmedIds: r.confirmed_ids,
    declinedIds: r.declined_ids,
    suggestedUnitId: r.suggested_unit_id,
    stage: r.stage,
    mergedInto: r.merged_into,
    mergedFrom: r.merged_from,
    screening: r.screening,
    withdrawal: r.withdrawal,
    submittedAt: iso(r.submitted_at)!,
    filedAt: iso(r.filed_at),
    updatedAt: iso(r.updated_at)!,
    assignments,
  };
}

async function withAssignments(db: DataSource, rows: Row[], today: string): Promise<ProposalView[]> {
  if (rows.length === 0) return [];
  const assignments: Row[] = await db.query(
    `SELECT * FROM proposal_assignments WHERE congress_id = $1 AND proposal_id = ANY($2) ORDER BY assigned_at, unit_id`,
    [rows[0]!.congress_id, rows.map((r) => r.proposal_id)],
  );
  return rows.map((r) =>
    proposal(
      r,
      assignments.filter((a) => a.proposal_id === r.proposal_id).map((a) => assignment(a, today)),
    ),
  );
}

/** The congress's proposals by number (those not yet filed last), filtered by stage, unit, or overdue answers. */
export async function listProposals(
  db: DataSource,
  congressId: string,
  filter: ProposalFilter,
  today: string,
): Promise<ProposalView[]> {
  const rows: Row[] = await db.query(
    `SELECT p.* FROM proposals p
      WHERE p.congress_id = $1
        AND ($2::text IS NULL OR p.stage = $2)
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM proposal_assignments a
              WHERE a.congress_id = p.congress_id AND a.proposal_id = p.proposal_id AND a.unit_id = $3))
        AND (NOT $4 OR EXISTS (SELECT 1 FROM proposal_assignments a
              WHERE a.congress_id = p.congress_id AND a.proposal_id = p.proposal_id
                AND a.status = ANY($5) AND a.due_on < $6::date))
      ORDER BY p.number NULLS LAST, p.submitted_at, p.proposal_id`,
    [congressId, filter.stage ?? null, filter.unitId ?? null, filter.overdue ?? false, OPEN, today],
  );
  return withAssignments(db, rows, today);
}

export async function findProposal(
  db: DataSource,
  congressId: string,
  proposalId: string,
  today: string,
): Promise<ProposalView | undefined> {
  const rows: Row[] = await db.query(`SELECT * FROM proposals WHERE congress_id = $1 AND proposal_id = $2`, [
    congressId,
    proposalId,
  ]);
  return (await withAssignments(db, rows, today))[0];
}

export type UnitAssignmentView = AssignmentView &
  Readonly<{ congressId: string; proposalId: string; number: number | null; title: string }>;

/** What a handling unit has to answer and has answered, soonest due first. */
export async function unitAssignments(db: DataSource, unitId: string, today: string): Promise<UnitAssignmentView[]> {
  const rows: Row[] = await db.query(
    `SELECT a.*, p.number, p.title FROM proposal_assignments a
       JOIN proposals p ON p.congress_id = a.congress_id AND p.proposal_id = a.proposal_id
      WHERE a.unit_id = $1 ORDER BY (a.status = 'Answered'), a.due_on, a.congress_id, p.number`,
    [unitId],
  );
  return rows.map((r) => ({
    ...assignment(r, today),
    congressId: r.congress_id,
    proposalId: r.proposal_id,
    number: r.number,
    title: r.title,
  }));
}

export type DelegateProposalRecord = Readonly<{
  delegateId: string;
  filed: Array<{ proposalId: string; number: number | null; title: string; stage: string }>;
  coSigned: Array<{ proposalId: string; number: number | null; title: string; stage: string }>;
  ratingsGiven: number;
  questionsAsked: number;
}>;

/** One delegate's record in the congress's proposals: filed, co-signed (confirmed), ratings given, questions asked. */
export async function delegateRecord(
  db: DataSource,
  congressId: string,
  delegateId: string,
): Promise<DelegateProposalRecord> {
  const pick = (r: Row) => ({ proposalId: r.proposal_id, number: r.number, title: r.title, stage: r.stage });
  const filed: Row[] = await db.query(
    `SELECT * FROM proposals WHERE congress_id = $1 AND filer_id = $2 ORDER BY number NULLS LAST, submitted_at`,
    [congressId, delegateId],
  );
  const coSigned: Row[] = await db.query(
    `SELECT * FROM proposals WHERE congress_id = $1 AND confirmed_ids ? $2 ORDER BY number NULLS LAST, submitted_at`,
    [congressId, delegateId],
  );
  const [counts]: Array<{ ratings: string; questions: string }> = await db.query(
    `SELECT
       (SELECT count(*) FROM proposal_assignments a, jsonb_array_elements(a.ratings) r
         WHERE a.congress_id = $1 AND r->>'raterId' = $2) AS ratings,
       (SELECT count(*) FROM proposal_assignments a, jsonb_array_elements(a.questions) q
         WHERE a.congress_id = $1 AND q->>'askedBy' = $2) AS questions`,
    [congressId, delegateId],
  );
  return {
    delegateId,
    filed: filed.map(pick),
    coSigned: coSigned.map(pick),
    ratingsGiven: Number(counts?.ratings ?? 0),
    questionsAsked: Number(counts?.questions ?? 0),
  };
}

/** A congress's proposals are read only once it has a proposal book (its window was opened); otherwise 404. */
export async function requireProposalBook(db: DataSource, congressId: string): Promise<void> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM proposal_windows WHERE congress_id = $1`, [congressId]);
  if (rows.length === 0) throw new ProposalBookNotFound(`Congress ${congressId} has not opened a proposal window`);
}
