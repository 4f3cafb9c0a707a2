import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { STAFF_REVIEW_EVENT_TYPES, type StaffReviewEvent } from '../../domain/staff-review.events.js';

/** Art. 19-20: per union and semester, the review, its reviewees' results, the panels and every sheet and recusal. */
export const STAFF_REVIEWS_READ_MODEL = 'staff-review.reviews';

export const staffReviewsProjection: Projection = {
  name: STAFF_REVIEWS_READ_MODEL,
  handles: STAFF_REVIEW_EVENT_TYPES,
  tables: [
    'staff_reviews',
    'staff_review_reviewees',
    'staff_review_panellists',
    'staff_review_sheets',
    'staff_review_shortfalls',
  ],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('staff-review-')) return;
    const event = { type: recorded.type, data: recorded.data } as StaffReviewEvent;
    const key = [event.data.organisationId, event.data.semester];
    switch (event.type) {
      case 'ReviewPeriodOpened': {
        const d = event.data;
        await m.query(
          `INSERT INTO staff_reviews (organisation_id, semester, status, semester_ends, rules, opened_on, updated_at)
           VALUES ($1, $2, 'open', $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [...key, d.semesterEnds, JSON.stringify(d.rules), d.openedOn, d.openedAt],
        );
        for (const r of d.reviewees)
          await m.query(
            `INSERT INTO staff_review_reviewees (organisation_id, semester, reviewee_id, post) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING`,
            [...key, r.studentId, JSON.stringify(r.post)],
          );
        return;
      }
      case 'PanellistsAppointed': {
        const d = event.data;
        const hears = d.revieweeId ?? '';
        for (const member of d.members)
          await m.query(
            `INSERT INTO staff_review_panellists (organisation_id, semester, stage, hears, panellist_id, body, appointed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
            [...key, d.stage, hears, member.panellistId, member.body, d.appointedAt],
          );
        // an appointment is checked whole for every reviewee it hears: no shortfall of that panel is left
        await m.query(
          `DELETE FROM staff_review_shortfalls WHERE organisation_id = $1 AND semester = $2 AND stage = $3
             AND ($4 = '' OR reviewee_id = $4)`,
          [...key, d.stage, hears],
        );
        return;
      }
      case 'PanellistRecused': {
        const d = event.data;
        await m.query(
          `INSERT INTO staff_review_sheets (organisation_id, semester, stage, reviewee_id, panellist_id, status, conflict, at)
           VALUES ($1, $2, $3, $4, $5, 'recused', $6, $7) ON CONFLICT DO NOTHING`,
          [...key, d.stage, d.revieweeId, d.panellistId, d.conflict, d.recusedAt],
        );
        return;
      }
      case 'ReviewPanelShort': {
        const d = event.data;
        await m.query(
          `INSERT INTO staff_review_shortfalls (organisation_id, semester, stage, reviewee_id, rule, detail)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organisation_id, semester, stage, reviewee_id) DO UPDATE SET rule = $5, detail = $6`,
          [...key, d.stage, d.revieweeId, d.rule, d.detail],
        );
        return;
      }
      case 'ReviewScoreSubmitted': {
        const d = event.data;
        await m.query(
          `INSERT INTO staff_review_sheets (organisation_id, semester, stage, reviewee_id, panellist_id, status, sheet, at)
           VALUES ($1, $2, $3, $4, $5, 'scored', $6, $7) ON CONFLICT DO NOTHING`,
          [...key, d.stage, d.revieweeId, d.panellistId, JSON.stringify(d.sheet), d.submittedAt],
        );
        return;
      }
      case 'ReviewResultsPublished': {
        const d = event.data;
        await m.query(
          `UPDATE staff_reviews SET status = 'published', published_on = $3, appeal_by = $4, updated_at = $5
           WHERE organisation_id = $1 AND semester = $2`,
          [...key, d.publishedOn, d.appealBy, d.publishedAt],
        );
        for (const r of d.results)
          await m.query(
            `UPDATE staff_review_reviewees SET result = $4 WHERE organisation_id = $1 AND semester = $2 AND reviewee_id = $3`,
            [...key, r.revieweeId, JSON.stringify(r)],
          );
        return;
      }
      case 'ReviewAppealFiled': {
        const d = event.data;
        const appeal = {
          status: 'filed',
          reasons: d.reasons,
          filedOn: d.filedOn,
          outcome: null,
          revised: null,
          decidedOn: null,
        };
        await m.query(
          `UPDATE staff_review_reviewees SET appeal = $4 WHERE organisation_id = $1 AND semester = $2 AND reviewee_id = $3`,
          [...key, d.revieweeId, JSON.stringify(appeal)],
        );
        return;
      }
      case 'ReviewAppealDecided': {
        const d = event.data;
        const decided = { status: 'decided', outcome: d.outcome, revised: d.revised, decidedOn: d.decidedOn };
        await m.query(
          `UPDATE staff_review_reviewees SET appeal = coalesce(appeal, '{}'::jsonb) || $4::jsonb
           WHERE organisation_id = $1 AND semester = $2 AND reviewee_id = $3`,
          [...key, d.revieweeId, JSON.stringify(decided)],
        );
        return;
      }
      case 'PostDecided': {
        const d = event.data;
        const decision = { decision: d.decision, final: d.final, reason: d.reason, decidedOn: d.decidedOn };
        await m.query(
          `UPDATE staff_review_reviewees SET decision = $4 WHERE organisation_id = $1 AND semester = $2 AND reviewee_id = $3`,
          [...key, d.revieweeId, JSON.stringify(decision)],
        );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`staff reviews: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
