import type { DataSource } from 'typeorm';
import { type DecisionRule, explain } from '../../domain/decision-rule.js';

export type MotionView = Readonly<{
  motionId: string;
  congressId: string;
  organisationId: string;
  kind: string;
  title: string;
  text: string;
  mode: string;
  rule: DecisionRule;
  policyChanges: unknown;
  status: string;
  sittingId: string | null;
  rollSize: number | null;
  /** a named vote's votes; empty for a secret vote, which is only counted */
  namedVotes: unknown[];
  tally: unknown;
  outcome: unknown;
  /** the result in the words of the rule, Chinese and English; null until decided */
  result: { zh: string; en: string } | null;
  failures: unknown[];
  putAt: string;
  decidedAt: string | null;
}>;

type Row = Record<string, never>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : (v as string | null));

function view(r: Row): MotionView {
  const rule = r.rule as DecisionRule;
  const outcome = r.outcome as { baseCount: number; required: number; base: DecisionRule['base'] } | null;
  const tally = r.tally as { for: number } | null;
  const decided = r.status === 'Adopted' || r.status === 'Rejected';
  return {
    motionId: r.motion_id,
    congressId: r.congress_id,
    organisationId: r.organisation_id,
    kind: r.kind,
    title: r.title,
    text: r.text,
    mode: r.mode,
    rule,
    policyChanges: r.policy_changes,
    status: r.status,
    sittingId: r.sitting_id,
    rollSize: r.roll_size,
    namedVotes: r.named_votes,
    tally: r.tally,
    outcome: r.outcome,
    result:
      decided && outcome && tally ? explain(rule, { adopted: r.status === 'Adopted', ...outcome }, tally.for) : null,
    failures: r.failures,
    putAt: iso(r.put_at)!,
    decidedAt: iso(r.decided_at),
  };
}

export async function listMotions(db: DataSource, congressId: string): Promise<MotionView[]> {
  const rows: Row[] = await db.query(`SELECT * FROM motions WHERE congress_id = $1 ORDER BY put_at, motion_id`, [
    congressId,
  ]);
  return rows.map(view);
}

export async function findMotion(db: DataSource, motionId: string): Promise<MotionView | undefined> {
  const [row]: Row[] = await db.query(`SELECT * FROM motions WHERE motion_id = $1`, [motionId]);
  return row ? view(row) : undefined;
}

export type CharterVersion = Readonly<{
  /** 1 for the first amendment the congress adopted; the seed charter is version 0 */
  version: number;
  motionId: string;
  congressId: string;
  title: string;
  text: string;
  policyChanges: unknown;
  adoptedAt: string;
}>;

/** Art. 23: the union's charter as amended, version by version: each adopted charter amendment, in order. */
export async function charterVersions(db: DataSource, organisationId: string): Promise<CharterVersion[]> {
  const rows: Row[] = await db.query(
    `SELECT * FROM motions WHERE organisation_id = $1 AND kind = 'charter-amendment' AND status = 'Adopted'
      ORDER BY decided_at, motion_id`,
    [organisationId],
  );
  return rows.map((r, i) => ({
    version: i + 1,
    motionId: r.motion_id,
    congressId: r.congress_id,
    title: r.title,
    text: r.text,
    policyChanges: r.policy_changes,
    adoptedAt: iso(r.decided_at)!,
  }));
}
