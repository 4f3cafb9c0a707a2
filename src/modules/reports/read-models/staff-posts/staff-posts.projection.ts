import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';

export const STAFF_POSTS = 'reports.staff-posts';

type Post = { kind: 'presidium' } | { kind: 'department'; departmentId: string; role: 'head' | 'member' };
/** The staff register's event data, as far as this report reads it. */
type Data = {
  organisationId: string;
  departmentId: string;
  name: string;
  studentId: string;
  post: Post;
  appointedAt: string;
  memberIds: string[];
  leavingIds: string[];
  seatedAt: string;
  filedAt: string;
};

/** Who holds a post in each union now (presidium or department, head or member) and its live departments. */
export const staffPostsProjection: Projection = {
  name: STAFF_POSTS,
  handles: [
    'DepartmentCreated',
    'DepartmentRenamed',
    'DepartmentDissolved',
    'StaffAppointed',
    'StaffRemoved',
    'PresidiumSeated',
    'CollegePresidiumFiled',
  ],
  tables: ['report_staff_post', 'report_staff_department'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const d = recorded.data as Data;
    const org = d.organisationId;
    switch (recorded.type) {
      case 'DepartmentCreated':
        await manager.query(
          `INSERT INTO report_staff_department (organisation_id, department_id, name, dissolved) VALUES ($1, $2, $3, false)
           ON CONFLICT (organisation_id, department_id) DO UPDATE SET name = $3, dissolved = false`,
          [org, d.departmentId, d.name],
        );
        return;
      case 'DepartmentRenamed':
        await manager.query(
          `UPDATE report_staff_department SET name = $3 WHERE organisation_id = $1 AND department_id = $2`,
          [org, d.departmentId, d.name],
        );
        return;
      case 'DepartmentDissolved':
        await manager.query(
          `UPDATE report_staff_department SET dissolved = true WHERE organisation_id = $1 AND department_id = $2`,
          [org, d.departmentId],
        );
        return;
      case 'StaffAppointed': {
        const department = d.post.kind === 'department' ? d.post : null;
        await manager.query(
          `INSERT INTO report_staff_post (organisation_id, student_id, post_kind, department_id, role, since)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organisation_id, student_id) DO UPDATE SET post_kind = $3, department_id = $4, role = $5, since = $6`,
          [org, d.studentId, d.post.kind, department?.departmentId ?? null, department?.role ?? null, d.appointedAt],
        );
        return;
      }
      case 'StaffRemoved':
        await manager.query(`DELETE FROM report_staff_post WHERE organisation_id = $1 AND student_id = $2`, [
          org,
          d.studentId,
        ]);
        return;
      case 'PresidiumSeated':
      case 'CollegePresidiumFiled': {
        const at = recorded.type === 'PresidiumSeated' ? d.seatedAt : d.filedAt;
        await manager.query(
          `DELETE FROM report_staff_post WHERE organisation_id = $1 AND student_id = ANY($2::text[])`,
          [org, d.leavingIds],
        );
        for (const studentId of d.memberIds)
          await manager.query(
            `INSERT INTO report_staff_post (organisation_id, student_id, post_kind, department_id, role, since)
             VALUES ($1, $2, 'presidium', NULL, NULL, $3)
             ON CONFLICT (organisation_id, student_id) DO UPDATE SET post_kind = 'presidium', department_id = NULL, role = NULL, since = $3`,
            [org, studentId, at],
          );
        return;
      }
    }
  },
};
