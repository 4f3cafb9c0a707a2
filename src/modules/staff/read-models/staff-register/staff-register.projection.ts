import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { STAFF_REGISTER_EVENT_TYPES, type StaffRegisterEvent } from '../../domain/staff-register.events.js';

/** Each union's departments, staff with their posts and Art. 18 checks, and the chair's rotation. */
export const STAFF_REGISTER_READ_MODEL = 'staff.register';

/** The presidium's members take its posts (from their former ones); the members leaving lose theirs. */
async function seatPresidium(
  m: EntityManager,
  d: Readonly<{ organisationId: string; memberIds: readonly string[]; leavingIds: readonly string[] }>,
  since: string,
  checksOf: (studentId: string) => readonly unknown[],
  electionId: string | null,
): Promise<void> {
  await m.query(`DELETE FROM staff_members WHERE organisation_id = $1 AND student_id = ANY($2)`, [
    d.organisationId,
    [...d.leavingIds, ...d.memberIds],
  ]);
  for (const id of d.memberIds)
    await m.query(
      `INSERT INTO staff_members (organisation_id, student_id, post, checks, since, election_id)
       VALUES ($1, $2, 'presidium', $3, $4, $5)`,
      [d.organisationId, id, JSON.stringify(checksOf(id)), since, electionId],
    );
}

export const staffRegisterProjection: Projection = {
  name: STAFF_REGISTER_READ_MODEL,
  handles: STAFF_REGISTER_EVENT_TYPES,
  tables: ['staff_departments', 'staff_members', 'staff_chair_terms', 'staff_college_filings'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('staff-')) return;
    const event = { type: recorded.type, data: recorded.data } as StaffRegisterEvent;
    switch (event.type) {
      case 'DepartmentCreated': {
        const d = event.data;
        await m.query(
          `INSERT INTO staff_departments (organisation_id, department_id, name, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [d.organisationId, d.departmentId, d.name, d.createdAt],
        );
        return;
      }
      case 'DepartmentRenamed':
        await m.query(`UPDATE staff_departments SET name = $3 WHERE organisation_id = $1 AND department_id = $2`, [
          event.data.organisationId,
          event.data.departmentId,
          event.data.name,
        ]);
        return;
      case 'DepartmentDissolved':
        await m.query(
          `UPDATE staff_departments SET dissolved = true WHERE organisation_id = $1 AND department_id = $2`,
          [event.data.organisationId, event.data.departmentId],
        );
        return;
      case 'StaffAppointed': {
        const d = event.data;
        const department = d.post.kind === 'department' ? d.post : null;
        await m.query(
          `INSERT INTO staff_members (organisation_id, student_id, post, department_id, role, checks, since)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [
            d.organisationId,
            d.studentId,
            d.post.kind,
            department?.departmentId ?? null,
            department?.role ?? null,
            JSON.stringify(d.checks),
            d.appointedAt,
          ],
        );
        return;
      }
      case 'StaffRemoved':
        await m.query(`DELETE FROM staff_members WHERE organisation_id = $1 AND student_id = $2`, [
          event.data.organisationId,
          event.data.studentId,
        ]);
        return;
      case 'PresidiumSeated': {
        const d = event.data;
        return seatPresidium(m, d, d.seatedAt, () => [], d.electionId);
      }
      case 'CollegePresidiumFiled': {
        const d = event.data;
        await seatPresidium(m, d, d.filedAt, (id) => d.checks[id] ?? [], null);
        await m.query(
          `INSERT INTO staff_college_filings (organisation_id, school_union_id, member_ids, elected_on, reference, filed_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organisation_id) DO UPDATE SET school_union_id = $2, member_ids = $3, elected_on = $4, reference = $5,
             filed_at = $6, acknowledged_at = NULL`,
          [d.organisationId, d.schoolUnionId, JSON.stringify(d.memberIds), d.electedOn, d.reference, d.filedAt],
        );
        return;
      }
      case 'CollegePresidiumAcknowledged':
        await m.query(`UPDATE staff_college_filings SET acknowledged_at = $2 WHERE organisation_id = $1`, [
          event.data.organisationId,
          event.data.acknowledgedAt,
        ]);
        return;
      case 'ChairRotationScheduled': {
        const d = event.data;
        await m.query(`DELETE FROM staff_chair_terms WHERE organisation_id = $1`, [d.organisationId]);
        for (const t of d.terms)
          await m.query(
            `INSERT INTO staff_chair_terms (organisation_id, starts_on, ends_on, chair_id) VALUES ($1, $2, $3, $4)`,
            [d.organisationId, t.from, t.to, t.chairId],
          );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`staff register: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
