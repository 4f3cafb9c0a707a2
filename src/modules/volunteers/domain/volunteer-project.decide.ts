import { beijingDate, isCalendarDate } from '../../../shared/domain/beijing-date.js';
import type { CommandMetadata, Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type { VolunteerProjectCommand } from './volunteer-project.commands.js';
import {
  ActivityNotApproved,
  AlreadyInProject,
  HoursInvalid,
  NoApplication,
  NoInvitation,
  NoSuchActivity,
  NotAVolunteer,
  NotTheLead,
  ProjectAlreadyOpened,
  ProjectClosed,
  ProjectNotFound,
  ProjectRolesInvalid,
  RoleFull,
  RoleUnknown,
} from './volunteer-project.errors.js';
import type { VolunteerProjectEvent } from './volunteer-project.events.js';
import {
  evolveVolunteerProject,
  initialVolunteerProject,
  type OpenProject,
  type VolunteerProject,
} from './volunteer-project.state.js';

const ROLE_KEY = /^[a-z][a-z0-9-]{0,39}$/;

function openProject(state: VolunteerProject, projectId: string): OpenProject {
  switch (state.status) {
    case 'Open':
      return state;
    case 'None':
      throw new ProjectNotFound(`No volunteer project ${projectId} was opened`);
    case 'Closed':
      throw new ProjectClosed(
        `Project ${projectId} closed on ${beijingDate(state.closedAt)} and is disbanded (Art. 13)`,
      );
    default:
      return assertNever(state, 'volunteer project');
  }
}

function byLead(project: OpenProject, metadata: CommandMetadata): void {
  if (metadata.actor.id !== project.leadId)
    throw new NotTheLead(`${project.projectId} is led by ${project.leadId}, not ${metadata.actor.id}`);
}

const taken = (project: OpenProject, studentId: string) =>
  studentId in project.members || studentId in project.applied || studentId in project.invited;

function placeIn(project: OpenProject, role: string): void {
  const rule = project.roles.find((r) => r.role === role);
  if (!rule)
    throw new RoleUnknown(
      `${role} is not a role of ${project.projectId} (${project.roles.map((r) => r.role).join(', ')})`,
      {
        field: 'role',
      },
    );
  const filled = Object.values(project.members).filter((m) => m.role === role).length;
  if (filled >= rule.places)
    throw new RoleFull(`${role} of ${project.projectId} has all its ${rule.places} places filled`, {
      details: { role, places: rule.places },
    });
}

function roleOf(project: OpenProject, role: string): string {
  if (!project.roles.some((r) => r.role === role))
    throw new RoleUnknown(`${role} is not a role of ${project.projectId}`, { field: 'role' });
  return role;
}

export function decideVolunteerProject(
  command: VolunteerProjectCommand,
  state: VolunteerProject,
): VolunteerProjectEvent | VolunteerProjectEvent[] {
  const { metadata } = command;
  switch (command.type) {
    case 'OpenVolunteerProject': {
      const d = command.data;
      if (state.status !== 'None') throw new ProjectAlreadyOpened(`Project ${d.projectId} is already opened`);
      if (!d.activity || d.activity.organisationId !== d.organisationId)
        throw new NoSuchActivity(`${d.matterId} is not an activity of ${d.organisationId}`, { field: 'matterId' });
      if (!d.activity.approved)
        throw new ActivityNotApproved(
          `Activity ${d.matterId} has not completed its prior approval: no volunteers are recruited before (Art. 12)`,
          { field: 'matterId', details: { article: 'Art. 12' } },
        );
      const roles = d.roles.map((r) => ({ role: r.role, places: r.places }));
      const title = d.title.trim();
      if (
        !title ||
        roles.length === 0 ||
        roles.length > 20 ||
        new Set(roles.map((r) => r.role)).size !== roles.length ||
        roles.some((r) => !ROLE_KEY.test(r.role) || !Number.isSafeInteger(r.places) || r.places < 1 || r.places > 500)
      )
        throw new ProjectRolesInvalid('A project has a title and 1-20 distinct roles of 1-500 places', {
          field: 'roles',
        });
      return {
        type: 'VolunteerProjectOpened',
        data: {
          projectId: d.projectId,
          organisationId: d.organisationId,
          matterId: d.matterId,
          title,
          leadId: d.leadId,
          roles,
          openedAt: metadata.now,
        },
      };
    }
    case 'ApplyToVolunteer': {
      const project = openProject(state, command.data.projectId);
      const studentId = metadata.actor.id;
      if (taken(project, studentId))
        throw new AlreadyInProject(
          `${studentId} has already applied to, been invited to or joined ${project.projectId}`,
        );
      return {
        type: 'VolunteerApplied',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          studentId,
          role: roleOf(project, command.data.role),
          motivation: command.data.motivation.trim(),
          appliedAt: metadata.now,
        },
      };
    }
    case 'InviteVolunteer': {
      const project = openProject(state, command.data.projectId);
      byLead(project, metadata);
      const { studentId } = command.data;
      if (taken(project, studentId))
        throw new AlreadyInProject(
          `${studentId} has already applied to, been invited to or joined ${project.projectId}`,
        );
      return {
        type: 'VolunteerInvited',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          studentId,
          role: roleOf(project, command.data.role),
          invitedAt: metadata.now,
        },
      };
    }
    case 'AcceptApplication': {
      const project = openProject(state, command.data.projectId);
      byLead(project, metadata);
      const { studentId } = command.data;
      const role = project.applied[studentId];
      if (role === undefined) throw new NoApplication(`${studentId} has no open application to ${project.projectId}`);
      placeIn(project, role);
      return {
        type: 'VolunteerJoined',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          studentId,
          role,
          via: 'application',
          joinedAt: metadata.now,
        },
      };
    }
    case 'AcceptInvitation': {
      const project = openProject(state, command.data.projectId);
      const studentId = metadata.actor.id;
      const role = project.invited[studentId];
      if (role === undefined) throw new NoInvitation(`${studentId} has no open invitation to ${project.projectId}`);
      placeIn(project, role);
      return {
        type: 'VolunteerJoined',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          studentId,
          role,
          via: 'invitation',
          joinedAt: metadata.now,
        },
      };
    }
    case 'RecordVolunteerHours': {
      const project = openProject(state, command.data.projectId);
      byLead(project, metadata);
      const { studentId, minutes, workedOn } = command.data;
      if (!project.members[studentId])
        throw new NotAVolunteer(`${studentId} is not a member of ${project.projectId}`, { field: 'studentId' });
      const today = beijingDate(metadata.now);
      if (
        !Number.isSafeInteger(minutes) ||
        minutes < 1 ||
        minutes > 24 * 60 ||
        !isCalendarDate(workedOn) ||
        workedOn > today
      )
        throw new HoursInvalid(`1 minute to 24 hours, on a day up to ${today}`, { field: 'minutes' });
      return {
        type: 'VolunteerHoursRecorded',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          studentId,
          minutes,
          workedOn,
          note: command.data.note.trim(),
          recordedAt: metadata.now,
        },
      };
    }
    case 'CloseVolunteerProject': {
      const project = openProject(state, command.data.projectId);
      byLead(project, metadata);
      return {
        type: 'VolunteerProjectClosed',
        data: {
          projectId: project.projectId,
          organisationId: project.organisationId,
          released: Object.entries(project.members)
            .map(([studentId, m]) => ({ studentId, role: m.role, minutes: m.minutes }))
            .sort((a, b) => a.studentId.localeCompare(b.studentId)),
          lapsed: [...Object.keys(project.applied), ...Object.keys(project.invited)].sort(),
          closedAt: metadata.now,
        },
      };
    }
    default:
      return assertNever(command, 'volunteer project command');
  }
}

export const volunteerProjectDecider: Decider<VolunteerProject, VolunteerProjectCommand, VolunteerProjectEvent> = {
  decide: decideVolunteerProject,
  evolve: evolveVolunteerProject,
  initialState: initialVolunteerProject,
};

export const volunteerProjectStream = (projectId: string) => `volunteer-project-${projectId}`;
