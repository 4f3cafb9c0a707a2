import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { VOLUNTEER_PROJECT_EVENT_TYPES, type VolunteerProjectEvent } from '../../domain/volunteer-project.events.js';

/** Art. 13: each project with its roles, and each student's standing in it (applied, invited, member, released). */
export const VOLUNTEER_PROJECTS_READ_MODEL = 'volunteers.projects';

const standing = (
  m: EntityManager,
  d: { projectId: string; studentId: string; role: string },
  status: string,
  at: string,
) =>
  m.query(
    `INSERT INTO volunteer_members (project_id, student_id, role, status, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (project_id, student_id) DO UPDATE SET role = $3, status = $4, updated_at = $5`,
    [d.projectId, d.studentId, d.role, status, at],
  );

export const volunteerProjectsProjection: Projection = {
  name: VOLUNTEER_PROJECTS_READ_MODEL,
  handles: VOLUNTEER_PROJECT_EVENT_TYPES,
  tables: ['volunteer_projects', 'volunteer_members'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('volunteer-project-')) return;
    const event = { type: recorded.type, data: recorded.data } as VolunteerProjectEvent;
    switch (event.type) {
      case 'VolunteerProjectOpened': {
        const d = event.data;
        await m.query(
          `INSERT INTO volunteer_projects (project_id, organisation_id, matter_id, title, lead_id, roles, status, opened_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'open', $7)`,
          [d.projectId, d.organisationId, d.matterId, d.title, d.leadId, JSON.stringify(d.roles), d.openedAt],
        );
        return;
      }
      case 'VolunteerApplied':
        await standing(m, event.data, 'applied', event.data.appliedAt);
        return;
      case 'VolunteerInvited':
        await standing(m, event.data, 'invited', event.data.invitedAt);
        return;
      case 'VolunteerJoined':
        await standing(m, event.data, 'member', event.data.joinedAt);
        return;
      case 'VolunteerHoursRecorded':
        await m.query(
          `UPDATE volunteer_members SET minutes = minutes + $3, updated_at = $4 WHERE project_id = $1 AND student_id = $2`,
          [event.data.projectId, event.data.studentId, event.data.minutes, event.data.recordedAt],
        );
        return;
      case 'VolunteerProjectClosed': {
        const d = event.data;
        await m.query(`UPDATE volunteer_projects SET status = 'closed', closed_at = $2 WHERE project_id = $1`, [
          d.projectId,
          d.closedAt,
        ]);
        await m.query(
          `UPDATE volunteer_members SET status = CASE WHEN status = 'member' THEN 'released' ELSE 'lapsed' END,
             updated_at = $2 WHERE project_id = $1`,
          [d.projectId, d.closedAt],
        );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`volunteer projects: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
