import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

export const REVIEW_RESULTS = 'reports.review-results';

type Result = { revieweeId: string; final: string; passed: boolean };
/** The staff review module's event data, as far as this report reads it. */
type Data = {
  organisationId: string;
  semester: string;
  results: Result[];
  passMark: number;
  revieweeId: string;
  outcome: 'upheld' | 'changed';
  revised: Result;
  decision: string;
};

/**
 * The semester review's results as published, each replaced by its re-review's where an appeal changed it (the
 * original stays in the log), with the appeals and the union's post decisions (Art. 20).
 */
export const reviewResultsProjection: Projection = {
  name: REVIEW_RESULTS,
  handles: ['ReviewResultsPublished', 'ReviewAppealFiled', 'ReviewAppealDecided', 'PostDecided'],
  tables: ['report_review_result'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const d = recorded.data as Data;
    const key = [d.organisationId, d.semester, d.revieweeId];
    const where = `WHERE organisation_id = $1 AND semester = $2 AND reviewee_id = $3`;
    switch (recorded.type) {
      case 'ReviewResultsPublished':
        for (const r of d.results)
          await manager.query(
            `INSERT INTO report_review_result (organisation_id, semester, reviewee_id, pass_mark, final, passed, appealed)
             VALUES ($1, $2, $3, $4, $5, $6, false) ON CONFLICT DO NOTHING`,
            [d.organisationId, d.semester, r.revieweeId, d.passMark, r.final, r.passed],
          );
        return;
      case 'ReviewAppealFiled':
        await manager.query(`UPDATE report_review_result SET appealed = true ${where}`, key);
        return;
      case 'ReviewAppealDecided':
        await manager.query(`UPDATE report_review_result SET appeal_outcome = $4, final = $5, passed = $6 ${where}`, [
          ...key,
          d.outcome,
          d.revised.final,
          d.revised.passed,
        ]);
        return;
      case 'PostDecided':
        await manager.query(`UPDATE report_review_result SET decision = $4 ${where}`, [...key, d.decision]);
        return;
    }
  },
};
