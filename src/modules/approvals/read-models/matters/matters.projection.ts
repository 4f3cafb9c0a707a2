import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { MATTER_EVENT_TYPES, type MatterEvent } from '../../domain/matter.events.js';

/** Art. 12: per matter, its chain, the step and body it awaits (and by when), and each decision with its reasons. */
export const MATTERS_READ_MODEL = 'approvals.matters';

type Decision = Readonly<{
  step: number;
  body: string;
  decision: 'approved' | 'returned' | 'refused' | 'resubmitted' | 'escalated';
  by: string | null;
  decidedFor: string | null;
  reasons: string[];
  notes: string;
  at: string;
}>;

const decided = (m: EntityManager, matterId: string, decision: Decision, set: string, params: unknown[]) =>
  m.query(
    `UPDATE approval_matters SET decisions = decisions || $2::jsonb, updated_at = $3${set ? `, ${set}` : ''}
      WHERE matter_id = $1`,
    [matterId, JSON.stringify([decision]), decision.at, ...params],
  );

export const mattersProjection: Projection = {
  name: MATTERS_READ_MODEL,
  handles: MATTER_EVENT_TYPES,
  tables: ['approval_matters'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('matter-')) return;
    const event = { type: recorded.type, data: recorded.data } as MatterEvent;
    const by = recorded.metadata.actorId ?? null;
    switch (event.type) {
      case 'MatterSubmitted': {
        const d = event.data;
        await m.query(
          `INSERT INTO approval_matters (matter_id, organisation_id, school_union_id, matter_type, activity, title, summary,
             status, step, chain, awaiting_body, due_by, policy_revision, documents, submitted_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'in-review', $8, $9, $10, $11, $12, $13, $14, $14)`,
          [
            d.matterId,
            d.organisationId,
            d.schoolUnionId,
            d.matterType,
            d.activity,
            d.title,
            d.summary,
            d.step,
            JSON.stringify(d.chain),
            d.body,
            d.dueBy,
            d.policyRevision,
            JSON.stringify(d.documents),
            d.submittedAt,
          ],
        );
        return;
      }
      case 'MatterStepApproved': {
        const d = event.data;
        const decision: Decision = {
          step: d.step,
          body: d.body,
          decision: 'approved',
          by,
          decidedFor: d.decidedFor,
          reasons: [],
          notes: d.notes,
          at: d.approvedAt,
        };
        await decided(
          m,
          d.matterId,
          decision,
          d.nextStep === null
            ? `awaiting_body = NULL, escalated_to = NULL, due_by = NULL`
            : `step = $4, awaiting_body = $5, escalated_to = NULL, due_by = $6`,
          d.nextStep === null ? [] : [d.nextStep, d.nextBody, d.dueBy],
        );
        return;
      }
      case 'MatterApproved':
        await m.query(
          `UPDATE approval_matters SET status = 'approved', approved_at = $2, updated_at = $2 WHERE matter_id = $1`,
          [event.data.matterId, event.data.approvedAt],
        );
        return;
      case 'MatterReturned':
      case 'MatterRefused': {
        const d = event.data;
        const returning = event.type === 'MatterReturned';
        const at = event.type === 'MatterReturned' ? event.data.returnedAt : event.data.refusedAt;
        const decision: Decision = {
          step: d.step,
          body: d.body,
          decision: returning ? 'returned' : 'refused',
          by,
          decidedFor: d.decidedFor,
          reasons: d.reasons,
          notes: '',
          at,
        };
        await decided(
          m,
          d.matterId,
          decision,
          `status = $4, awaiting_body = NULL, escalated_to = NULL, due_by = NULL`,
          [returning ? 'returned' : 'refused'],
        );
        return;
      }
      case 'MatterResubmitted': {
        const d = event.data;
        const decision: Decision = {
          step: d.step,
          body: d.body,
          decision: 'resubmitted',
          by,
          decidedFor: d.organisationId,
          reasons: [],
          notes: d.changes,
          at: d.resubmittedAt,
        };
        await decided(
          m,
          d.matterId,
          decision,
          `status = 'in-review', step = $4, awaiting_body = $5, due_by = $6, documents = $7`,
          [d.step, d.body, d.dueBy, JSON.stringify(d.documents)],
        );
        return;
      }
      case 'MatterStepEscalated': {
        const d = event.data;
        const decision: Decision = {
          step: d.step,
          body: d.body,
          decision: 'escalated',
          by,
          decidedFor: null,
          reasons: [`overdue since ${d.missedDueBy}`],
          notes: d.escalatedTo,
          at: d.escalatedAt,
        };
        await decided(m, d.matterId, decision, `escalated_to = $4, due_by = $5`, [d.escalatedTo, d.dueBy]);
        return;
      }
      case 'ActivityHeld':
        await m.query(
          `UPDATE approval_matters SET status = 'held', held_on = $2, updated_at = $3 WHERE matter_id = $1`,
          [event.data.matterId, event.data.heldOn, event.data.recordedAt],
        );
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`matters: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
