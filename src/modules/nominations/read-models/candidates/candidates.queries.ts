import type { DataSource } from 'typeorm';

export type CandidateView = Readonly<{
  studentId: string;
  name: string;
  collegeId: string;
  leagueOrgId: string;
  resume: string;
  stage: string;
  partyDecision: unknown;
  eligibility: unknown;
  interviews: unknown[];
  confirmation: unknown;
  recommendedAt: string;
}>;

type Row = {
  student_id: string;
  name: string;
  college_id: string;
  league_org_id: string;
  resume: string;
  stage: string;
  party_decision: unknown;
  eligibility: unknown;
  interviews: unknown[];
  confirmation: unknown;
  recommended_at: Date;
};

/** The election's candidacies, in the order they were recommended. */
export async function listCandidates(db: DataSource, electionId: string): Promise<CandidateView[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM election_candidates WHERE election_id = $1 ORDER BY recommended_at, student_id`,
    [electionId],
  );
  return rows.map((r) => ({
    studentId: r.student_id,
    name: r.name,
    collegeId: r.college_id,
    leagueOrgId: r.league_org_id,
    resume: r.resume,
    stage: r.stage,
    partyDecision: r.party_decision,
    eligibility: r.eligibility,
    interviews: r.interviews,
    confirmation: r.confirmation,
    recommendedAt: r.recommended_at.toISOString(),
  }));
}
