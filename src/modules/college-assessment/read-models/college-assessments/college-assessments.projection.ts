import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { COLLEGE_ASSESSMENT_EVENT_TYPES, type CollegeAssessmentEvent } from '../../domain/college-assessment.events.js';

/** Art. 17 (5): per college union and semester, its reports, each assessment round and the rectification. */
export const COLLEGE_ASSESSMENTS_READ_MODEL = 'college-assessment.assessments';

const STATUS = { pass: 'passed', fail: 'failed' } as const;

export const collegeAssessmentsProjection: Projection = {
  name: COLLEGE_ASSESSMENTS_READ_MODEL,
  handles: COLLEGE_ASSESSMENT_EVENT_TYPES,
  tables: ['college_assessments'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('college-assessment-')) return;
    const event = { type: recorded.type, data: recorded.data } as CollegeAssessmentEvent;
    switch (event.type) {
      case 'CollegeWorkReported': {
        const d = event.data;
        const report = JSON.stringify([{ form: d.form, summary: d.summary, reportedOn: d.reportedOn, late: d.late }]);
        await m.query(
          `INSERT INTO college_assessments (college_id, semester, school_union_id, semester_starts, semester_ends, status,
             first_reported_on, reports, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'reported', $6, $7, $8)
           ON CONFLICT (college_id, semester) DO UPDATE SET reports = college_assessments.reports || $7::jsonb, updated_at = $8`,
          [
            d.organisationId,
            d.semester,
            d.schoolUnionId,
            d.semesterStarts,
            d.semesterEnds,
            d.reportedOn,
            report,
            d.reportedAt,
          ],
        );
        return;
      }
      case 'CollegeUnionAssessed': {
        const d = event.data;
        const round = JSON.stringify([
          {
            round: d.round,
            outcome: d.outcome,
            findings: d.findings,
            rectifyBy: d.rectifyBy,
            assessedOn: d.assessedOn,
            rectification: null,
          },
        ]);
        // A new failure sets the deadline the overdue query watches; a pass keeps the last one and its answer.
        await m.query(
          `UPDATE college_assessments SET status = $3, rounds = rounds || $4::jsonb, updated_at = $6,
             rectify_by = CASE WHEN $5::date IS NULL THEN rectify_by ELSE $5::date END,
             rectified_on = CASE WHEN $5::date IS NULL THEN rectified_on ELSE NULL END
           WHERE college_id = $1 AND semester = $2`,
          [d.organisationId, d.semester, STATUS[d.outcome], round, d.rectifyBy, d.assessedAt],
        );
        return;
      }
      case 'CollegeRectificationReported': {
        const d = event.data;
        const rectification = JSON.stringify({ summary: d.summary, reportedOn: d.reportedOn, late: d.late });
        await m.query(
          `UPDATE college_assessments SET status = 'rectified', rectified_on = $3, updated_at = $6,
             rounds = (SELECT jsonb_agg(CASE WHEN (r->>'round')::int = $4 THEN jsonb_set(r, '{rectification}', $5::jsonb) ELSE r END
                                        ORDER BY (r->>'round')::int)
                         FROM jsonb_array_elements(rounds) r)
           WHERE college_id = $1 AND semester = $2`,
          [d.organisationId, d.semester, d.reportedOn, d.round, rectification, d.reportedAt],
        );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`college assessments: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
