import { assertNever } from '../../../shared/domain/decider.js';
import type { VolunteerProjectEvent, VolunteerRole } from './volunteer-project.events.js';

export type Member = Readonly<{ role: string; minutes: number }>;

/** A volunteer project (Art. 13): not opened, open (recruiting and working), or closed and disbanded. */
export type VolunteerProject =
  | Readonly<{ status: 'None' }>
  | Readonly<{
      status: 'Open';
      projectId: string;
      organisationId: string;
      leadId: string;
      roles: readonly VolunteerRole[];
      applied: Readonly<Record<string, string>>;
      invited: Readonly<Record<string, string>>;
      members: Readonly<Record<string, Member>>;
    }>
  | Readonly<{ status: 'Closed'; projectId: string; organisationId: string; closedAt: string }>;

export type OpenProject = Extract<VolunteerProject, { status: 'Open' }>;

export const initialVolunteerProject = (): VolunteerProject => ({ status: 'None' });

const without = (record: Readonly<Record<string, string>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

function open(state: VolunteerProject): OpenProject {
  if (state.status !== 'Open') throw new Error('a volunteer event on a project that is not open');
  return state;
}

export function evolveVolunteerProject(state: VolunteerProject, event: VolunteerProjectEvent): VolunteerProject {
  switch (event.type) {
    case 'VolunteerProjectOpened': {
      const d = event.data;
      return {
        status: 'Open',
        projectId: d.projectId,
        organisationId: d.organisationId,
        leadId: d.leadId,
        roles: d.roles,
        applied: {},
        invited: {},
        members: {},
      };
    }
    case 'VolunteerApplied': {
      const s = open(state);
      return { ...s, applied: { ...s.applied, [event.data.studentId]: event.data.role } };
    }
    case 'VolunteerInvited': {
      const s = open(state);
      return { ...s, invited: { ...s.invited, [event.data.studentId]: event.data.role } };
    }
    case 'VolunteerJoined': {
      const s = open(state);
      const { studentId, role } = event.data;
      return {
        ...s,
        applied: without(s.applied, studentId),
        invited: without(s.invited, studentId),
        members: { ...s.members, [studentId]: { role, minutes: 0 } },
      };
    }
    case 'VolunteerHoursRecorded': {
      const s = open(state);
      const { studentId, minutes } = event.data;
      const member = s.members[studentId];
      if (!member) return s;
      return { ...s, members: { ...s.members, [studentId]: { ...member, minutes: member.minutes + minutes } } };
    }
    case 'VolunteerProjectClosed': {
      const s = open(state);
      return {
        status: 'Closed',
        projectId: s.projectId,
        organisationId: s.organisationId,
        closedAt: event.data.closedAt,
      };
    }
    default:
      return assertNever(event, 'volunteer project event');
  }
}
