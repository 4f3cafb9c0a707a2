import type { DataSource } from 'typeorm';

export type RoundTurnout = Readonly<{
  roundNumber: number;
  onRoll: number;
  issued: number;
  returned: number;
  /** delegate ids, sorted */
  issuedTo: string[];
  returnedBy: string[];
  notReturned: string[];
}>;

/** Per round: the roll, who was issued a ballot and who returned one. */
export async function electionTurnout(db: DataSource, electionId: string): Promise<RoundTurnout[]> {
  const rows: Array<{ round_number: number; delegate_id: string; issued: boolean; returned: boolean }> = await db.query(
    `SELECT round_number, delegate_id, issued, returned FROM election_turnout WHERE election_id = $1 ORDER BY round_number, delegate_id`,
    [electionId],
  );
  const rounds = [...new Set(rows.map((r) => r.round_number))];
  return rounds.map((roundNumber) => {
    const of = rows.filter((r) => r.round_number === roundNumber);
    const issuedTo = of.filter((r) => r.issued).map((r) => r.delegate_id);
    const returnedBy = of.filter((r) => r.returned).map((r) => r.delegate_id);
    const notReturned = of.filter((r) => r.issued && !r.returned).map((r) => r.delegate_id);
    return {
      roundNumber,
      onRoll: of.length,
      issued: issuedTo.length,
      returned: returnedBy.length,
      issuedTo,
      returnedBy,
      notReturned,
    };
  });
}
