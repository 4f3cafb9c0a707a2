import type { DataSource } from 'typeorm';
import { percentage } from '../../../../shared/domain/policy-value.js';

export type SittingReport = {
  sittingId: string;
  congressId: string;
  organisationId: string;
  title: string;
  status: string;
  rollSize: number;
  required: number;
  present: number;
  peakPresent: number;
  quorate: boolean;
  /** present / roll, one decimal */
  attendance: string;
  checkIns: number;
  checkOuts: number;
  quorumLost: number;
  openedAt: string;
  quorumReachedAt: string | null;
  businessOpenedAt: string | null;
  closedAt: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toReport(s: Record<string, unknown>): SittingReport {
  const roll = s.roll_size as number;
  const present = s.present as number;
  return {
    sittingId: s.sitting_id as string,
    congressId: s.congress_id as string,
    organisationId: s.organisation_id as string,
    title: s.title as string,
    status: s.status as string,
    rollSize: roll,
    required: s.required as number,
    present,
    peakPresent: s.peak_present as number,
    quorate: s.quorate as boolean,
    attendance: percentage(present, roll),
    checkIns: s.check_ins as number,
    checkOuts: s.check_outs as number,
    quorumLost: s.quorum_lost as number,
    openedAt: (s.opened_at as Date).toISOString(),
    quorumReachedAt: iso(s.quorum_reached_at as Date | null),
    businessOpenedAt: iso(s.business_opened_at as Date | null),
    closedAt: iso(s.closed_at as Date | null),
  };
}

export async function sittingReport(db: DataSource, sittingId: string): Promise<SittingReport | undefined> {
  const [s] = await db.query(`SELECT * FROM report_sitting WHERE sitting_id = $1`, [sittingId]);
  return s ? toReport(s) : undefined;
}

export async function congressSittings(db: DataSource, congressId: string): Promise<SittingReport[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT * FROM report_sitting WHERE congress_id = $1 ORDER BY opened_at, sitting_id`,
    [congressId],
  );
  return rows.map(toReport);
}
