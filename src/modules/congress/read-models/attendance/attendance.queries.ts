import type { DataSource } from 'typeorm';

export type SittingView = {
  sittingId: string;
  congressId: string;
  title: string;
  status: string;
  elected: number;
  required: number;
  present: number;
  quorate: boolean;
  openedAt: string;
  businessOpenedAt: string | null;
  closedAt: string | null;
  presentDelegates: string[];
  quorumLog: Array<{ event: string; present: number; elected: number; required: number; at: string }>;
};

export async function findSitting(db: DataSource, sittingId: string): Promise<SittingView | undefined> {
  const [s] = await db.query(`SELECT * FROM sittings WHERE sitting_id = $1`, [sittingId]);
  if (!s) return undefined;
  const present: Array<{ delegate_id: string }> = await db.query(
    `SELECT delegate_id FROM sitting_attendance WHERE sitting_id = $1 AND present ORDER BY delegate_id`,
    [sittingId],
  );
  const log: Array<{ event: string; present: number; elected: number; required: number; at: Date }> = await db.query(
    `SELECT event, present, elected, required, at FROM sitting_quorum_log WHERE sitting_id = $1 ORDER BY revision`,
    [sittingId],
  );
  return {
    sittingId: s.sitting_id,
    congressId: s.congress_id,
    title: s.title,
    status: s.status,
    elected: s.roll_size,
    required: s.required,
    present: s.present,
    quorate: s.quorate,
    openedAt: s.opened_at.toISOString(),
    businessOpenedAt: s.business_opened_at?.toISOString() ?? null,
    closedAt: s.closed_at?.toISOString() ?? null,
    presentDelegates: present.map((p) => p.delegate_id),
    quorumLog: log.map((l) => ({ ...l, at: l.at.toISOString() })),
  };
}
