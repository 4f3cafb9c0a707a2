import type { DataSource } from 'typeorm';

export type YearCongress = Readonly<{
  congressId: string;
  number: number;
  extraordinary: boolean;
  reason: string | null;
}>;

/** The congresses each organisation convened in `year`. */
export async function congressesInYear(
  db: DataSource,
  organisationIds: readonly string[],
  year: number,
): Promise<Map<string, YearCongress[]>> {
  const rows: Array<{
    organisation_id: string;
    congress_id: string;
    number: number;
    extraordinary: boolean;
    extraordinary_reason: string | null;
  }> = await db.query(
    `SELECT organisation_id, congress_id, number, extraordinary, extraordinary_reason FROM congresses
        WHERE organisation_id = ANY($1) AND year = $2 ORDER BY convened_at, congress_id`,
    [organisationIds, year],
  );
  const byOrganisation = new Map<string, YearCongress[]>(organisationIds.map((id) => [id, []]));
  for (const r of rows)
    byOrganisation.get(r.organisation_id)?.push({
      congressId: r.congress_id,
      number: r.number,
      extraordinary: r.extraordinary,
      reason: r.extraordinary_reason,
    });
  return byOrganisation;
}

export type AnnualStatus = 'held' | 'due' | 'overdue';

/** Art. 8 (and Art. 17 for college unions): held when an ordinary congress met that year; a past year without one is overdue. */
export function annualStatus(congresses: readonly YearCongress[], year: number, currentYear: number): AnnualStatus {
  if (congresses.some((c) => !c.extraordinary)) return 'held';
  return year < currentYear ? 'overdue' : 'due';
}
