import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { CongressEvent } from '../../domain/congress.events.js';

export const DELEGATE_ROSTER = 'congress.delegate-roster';

/** Every student put forward for a congress and where each stands in the pipeline. */
export const delegateRosterProjection: Projection = {
  name: DELEGATE_ROSTER,
  handles: [
    'DelegateRecommended',
    'DelegateElected',
    'DelegateNotElected',
    'DelegateQualified',
    'DelegateRejected',
    'DelegateWithdrawn',
  ],
  tables: ['congress_delegates'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as CongressEvent;
    const revision = recorded.revision.toString();
    if (event.type === 'DelegateRecommended') {
      const d = event.data;
      await manager.query(
        `INSERT INTO congress_delegates (congress_id, student_id, college_id, branch_id, status, officer, grade, clubs, replaces, record, reason, updated_at, last_revision)
         VALUES ($1, $2, $3, $4, 'recommended', $5, $6, $7, $8, NULL, NULL, $9, $10)
         ON CONFLICT (congress_id, student_id) DO UPDATE SET college_id = $3, branch_id = $4, status = 'recommended', officer = $5, grade = $6,
           clubs = $7, replaces = $8, record = NULL, reason = NULL, updated_at = $9, last_revision = $10
         WHERE congress_delegates.last_revision < $10`,
        [
          d.congressId,
          d.studentId,
          d.collegeId,
          d.branchId,
          d.officer,
          d.grade,
          JSON.stringify(d.clubs),
          d.replaces,
          d.recommendedAt,
          revision,
        ],
      );
      return;
    }
    const change = statusChange(event);
    if (!change) return;
    await manager.query(
      `UPDATE congress_delegates SET status = $3, record = COALESCE($4, record), reason = COALESCE($5, reason), updated_at = $6, last_revision = $7
        WHERE congress_id = $1 AND student_id = $2 AND last_revision < $7`,
      [
        change.congressId,
        change.studentId,
        change.status,
        change.record ? JSON.stringify(change.record) : null,
        change.reason ?? null,
        change.at,
        revision,
      ],
    );
  },
};

type StatusChange = {
  congressId: string;
  studentId: string;
  status: string;
  at: string;
  record?: unknown;
  reason?: string;
};

function statusChange(event: CongressEvent): StatusChange | undefined {
  const ids =
    'studentId' in event.data ? { congressId: event.data.congressId, studentId: event.data.studentId } : undefined;
  if (!ids) return undefined;
  switch (event.type) {
    case 'DelegateElected':
      return { ...ids, status: 'elected', at: event.data.electedAt, record: event.data.record };
    case 'DelegateNotElected':
      return { ...ids, status: 'not-elected', at: event.data.decidedAt, record: event.data.record };
    case 'DelegateQualified':
      return { ...ids, status: 'qualified', at: event.data.qualifiedAt };
    case 'DelegateRejected':
      return { ...ids, status: 'rejected', at: event.data.rejectedAt, reason: event.data.reason };
    case 'DelegateWithdrawn':
      return { ...ids, status: 'withdrawn', at: event.data.withdrawnAt, reason: event.data.reason };
    default:
      return undefined;
  }
}
