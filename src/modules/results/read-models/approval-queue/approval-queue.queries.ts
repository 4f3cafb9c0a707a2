import type { DataSource } from 'typeorm';

export type QueueItem = Readonly<{
  itemId: string;
  electionId: string;
  kind: string;
  awaitingRole: string;
  scope: string | null;
  subject: string;
  since: string;
}>;

/** Pending decisions, oldest first; `awaiting` narrows to one role, `scope` to one college. */
export async function approvalQueue(
  db: DataSource,
  filter: { awaiting?: string; electionId?: string; scope?: string },
): Promise<QueueItem[]> {
  const rows: Array<{
    item_id: string;
    election_id: string;
    kind: string;
    awaiting_role: string;
    scope: string | null;
    subject: string;
    since: Date;
  }> = await db.query(
    `SELECT * FROM election_approval_queue
      WHERE ($1::text IS NULL OR awaiting_role = $1) AND ($2::text IS NULL OR election_id = $2) AND ($3::text IS NULL OR scope = $3)
      ORDER BY since, item_id`,
    [filter.awaiting ?? null, filter.electionId ?? null, filter.scope ?? null],
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    electionId: r.election_id,
    kind: r.kind,
    awaitingRole: r.awaiting_role,
    scope: r.scope,
    subject: r.subject,
    since: r.since.toISOString(),
  }));
}
