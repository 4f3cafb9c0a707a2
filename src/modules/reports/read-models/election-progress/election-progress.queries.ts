import type { DataSource } from 'typeorm';
import { percentage } from '../../../../shared/domain/policy-value.js';

export type RoundReport = {
  roundNumber: number;
  kind: string;
  rollSize: number;
  issued: number;
  returned: number;
  received: number;
  valid: number;
  invalid: number;
  /** returned / roll, one decimal */
  turnout: string;
  outcome: string;
  standings: Array<{ personId: string; name: string; votes: number }>;
  openedAt: string;
  closedAt: string | null;
};

export type ApprovalStep = {
  step: 'completed' | 'announced' | 'approved' | 'filed';
  at: string | null;
  /** whole days since the step before (null until both happened) */
  days: number | null;
};

export type ElectionReport = {
  electionId: string;
  organisationId: string;
  organisationName: string;
  congressId: string;
  seats: number;
  candidates: number;
  status: string;
  elected: Array<{ personId: string; name: string }>;
  setUpAt: string;
  returns: number;
  filingReference: string | null;
  rounds: RoundReport[];
  approvalChain: ApprovalStep[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const DAY = 86_400_000;

function chain(e: Record<string, Date | null>): ApprovalStep[] {
  const steps: Array<[ApprovalStep['step'], Date | null]> = [
    ['completed', e.completed_at ?? null],
    ['announced', e.announced_at ?? null],
    ['approved', e.approved_at ?? null],
    ['filed', e.filed_at ?? null],
  ];
  let before: Date | null = e.set_up_at ?? null;
  return steps.map(([step, at]) => {
    const days = at && before ? Math.floor((at.getTime() - before.getTime()) / DAY) : null;
    before = at;
    return { step, at: iso(at), days };
  });
}

export type ElectionListRow = Pick<ElectionReport, 'electionId' | 'congressId' | 'seats' | 'status'>;

export async function congressElections(db: DataSource, congressId: string): Promise<ElectionListRow[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT election_id, congress_id, seats, status FROM report_election WHERE congress_id = $1 ORDER BY set_up_at, election_id`,
    [congressId],
  );
  return rows.map((r) => ({
    electionId: r.election_id as string,
    congressId: r.congress_id as string,
    seats: r.seats as number,
    status: r.status as string,
  }));
}

export async function electionReport(db: DataSource, electionId: string): Promise<ElectionReport | undefined> {
  const [e] = await db.query(
    `SELECT e.*, COALESCE(o.name, e.organisation_id) AS organisation_name FROM report_election e
       LEFT JOIN organisation_directory o ON o.organisation_id = e.organisation_id WHERE e.election_id = $1`,
    [electionId],
  );
  if (!e) return undefined;
  const rounds: Array<Record<string, unknown>> = await db.query(
    `SELECT * FROM report_election_round WHERE election_id = $1 ORDER BY round_number`,
    [electionId],
  );
  return {
    electionId: e.election_id,
    organisationId: e.organisation_id,
    organisationName: e.organisation_name,
    congressId: e.congress_id,
    seats: e.seats,
    candidates: e.candidates,
    status: e.status,
    elected: e.elected,
    setUpAt: e.set_up_at.toISOString(),
    returns: e.returns,
    filingReference: e.filing_reference,
    rounds: rounds.map((r) => ({
      roundNumber: r.round_number as number,
      kind: r.kind as string,
      rollSize: r.roll_size as number,
      issued: r.issued as number,
      returned: r.returned as number,
      received: r.received as number,
      valid: r.valid as number,
      invalid: r.invalid as number,
      turnout: percentage(r.returned as number, r.roll_size as number),
      outcome: r.outcome as string,
      standings: r.standings as RoundReport['standings'],
      openedAt: (r.opened_at as Date).toISOString(),
      closedAt: iso(r.closed_at as Date | null),
    })),
    approvalChain: chain(e),
  };
}
