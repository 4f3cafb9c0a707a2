import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

export const COLLEGE_ASSESSMENTS = 'reports.college-assessments';

/** The college assessment module's event data, as far as this report reads it. */
type Data = {
  organisationId: string;
  schoolUnionId: string;
  semester: string;
  reportedOn: string;
  late: boolean;
  round: number;
  outcome: 'pass' | 'fail';
  rectifyBy: string | null;
};

/**
 * Art. 17 (5): each college union's semester: its work report (late or not), the assessments so far and the last
 * outcome, the rectification deadline of a fail and whether the rectification was reported. Whether a deadline has
 * passed is the query's to say (it depends on today), so a rebuild gives the same rows whenever it runs.
 */
export const collegeAssessmentsProjection: Projection = {
  name: COLLEGE_ASSESSMENTS,
  handles: ['CollegeWorkReported', 'CollegeUnionAssessed', 'CollegeRectificationReported'],
  tables: ['report_college_assessment'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const d = recorded.data as Data;
    const key = [d.organisationId, d.semester];
    switch (recorded.type) {
      case 'CollegeWorkReported':
        await manager.query(
          `INSERT INTO report_college_assessment (organisation_id, school_union_id, semester, reported_on, report_late, rounds,
             rectification_reported, rectifications_late)
           VALUES ($1, $3, $2, $4, $5, 0, false, 0) ON CONFLICT DO NOTHING`,
          [...key, d.schoolUnionId, d.reportedOn, d.late],
        );
        return;
      case 'CollegeUnionAssessed':
        await manager.query(
          `UPDATE report_college_assessment SET rounds = GREATEST(rounds, $3), last_outcome = $4, rectify_by = $5,
             rectification_reported = false
           WHERE organisation_id = $1 AND semester = $2`,
          [...key, d.round, d.outcome, d.rectifyBy],
        );
        return;
      case 'CollegeRectificationReported':
        await manager.query(
          `UPDATE report_college_assessment SET rectification_reported = true,
             rectifications_late = rectifications_late + $3
           WHERE organisation_id = $1 AND semester = $2`,
          [...key, d.late ? 1 : 0],
        );
        return;
    }
  },
};
