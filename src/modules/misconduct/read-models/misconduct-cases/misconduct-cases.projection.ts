import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { MISCONDUCT_CASE_EVENT_TYPES, type MisconductCaseEvent } from '../../domain/misconduct-case.events.js';

/** Art. 21: each case with its facts, findings, statement, decision and appeal (confidential: see the queries). */
export const MISCONDUCT_CASES_READ_MODEL = 'misconduct.cases';

export const misconductCasesProjection: Projection = {
  name: MISCONDUCT_CASES_READ_MODEL,
  handles: MISCONDUCT_CASE_EVENT_TYPES,
  tables: ['misconduct_cases'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('misconduct-')) return;
    const event = { type: recorded.type, data: recorded.data } as MisconductCaseEvent;
    switch (event.type) {
      case 'MisconductReported': {
        const d = event.data;
        await m.query(
          `INSERT INTO misconduct_cases (case_id, organisation_id, staff_id, post, facts, reporter_id, conflicted, status,
             reported_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'investigating', $8, $8)`,
          [
            d.caseId,
            d.organisationId,
            d.staffId,
            d.post,
            d.facts,
            d.reporterId,
            JSON.stringify(d.conflicted),
            d.reportedAt,
          ],
        );
        return;
      }
      case 'MisconductFindingsRecorded':
        await m.query(`UPDATE misconduct_cases SET findings = $2, updated_at = $3 WHERE case_id = $1`, [
          event.data.caseId,
          event.data.findings,
          event.data.recordedAt,
        ]);
        return;
      case 'MisconductStatementGiven':
        await m.query(`UPDATE misconduct_cases SET statement = $2, updated_at = $3 WHERE case_id = $1`, [
          event.data.caseId,
          event.data.statement,
          event.data.givenAt,
        ]);
        return;
      case 'MisconductDecided': {
        const d = event.data;
        await m.query(
          `UPDATE misconduct_cases SET status = $2, outcome = $3, reasons = $4, referred_to = $5, decided_at = $6,
             updated_at = $6 WHERE case_id = $1`,
          [
            d.caseId,
            d.outcome === 'no-case' ? 'closed' : 'decided',
            d.outcome,
            JSON.stringify(d.reasons),
            d.referredTo,
            d.decidedAt,
          ],
        );
        return;
      }
      case 'MisconductAppealed': {
        const d = event.data;
        const appeal = { grounds: d.grounds, appealedAt: d.appealedAt, upheld: null, reasons: [], decidedAt: null };
        await m.query(
          `UPDATE misconduct_cases SET status = 'appealed', appeal = $2, updated_at = $3 WHERE case_id = $1`,
          [d.caseId, JSON.stringify(appeal), d.appealedAt],
        );
        return;
      }
      case 'MisconductAppealDecided': {
        const d = event.data;
        const decision = { upheld: d.upheld, reasons: d.reasons, decidedAt: d.decidedAt };
        await m.query(
          `UPDATE misconduct_cases SET status = 'closed', appeal = appeal || $2::jsonb, updated_at = $3 WHERE case_id = $1`,
          [d.caseId, JSON.stringify(decision), d.decidedAt],
        );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`misconduct cases: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
