import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';

/** A role of a project and its number of places (Art. 13 项目化招募). */
export type VolunteerRole = Readonly<{ role: string; places: number }>;

/** Art. 13: an approved major activity opened its volunteer project, led by `leadId`, with roles and places. */
export type VolunteerProjectOpened = DomainEvent<
  'VolunteerProjectOpened',
  {
    projectId: string;
    organisationId: string;
    matterId: string;
    title: string;
    leadId: string;
    roles: VolunteerRole[];
    openedAt: string;
  }
>;

/** A student applied for a role; the lead accepts. */
export type VolunteerApplied = DomainEvent<
  'VolunteerApplied',
  { projectId: string; organisationId: string; studentId: string; role: string; motivation: string; appliedAt: string }
>;

/** The lead invited a student to a role; the student accepts. */
export type VolunteerInvited = DomainEvent<
  'VolunteerInvited',
  { projectId: string; organisationId: string; studentId: string; role: string; invitedAt: string }
>;

/** A student joined the project in a role: the lead accepted the application, or the student the invitation. */
export type VolunteerJoined = DomainEvent<
  'VolunteerJoined',
  {
    projectId: string;
    organisationId: string;
    studentId: string;
    role: string;
    via: 'application' | 'invitation';
    joinedAt: string;
  }
>;

/** The lead recorded a member's hours, in minutes, for a day's work. */
export type VolunteerHoursRecorded = DomainEvent<
  'VolunteerHoursRecorded',
  {
    projectId: string;
    organisationId: string;
    studentId: string;
    minutes: number;
    workedOn: string;
    note: string;
    recordedAt: string;
  }
>;

/**
 * Art. 13 任务结束即解散: the project closed and disbanded; every member released, each with the hours recorded
 * (what their certificate states); applications and invitations not taken up lapse.
 */
export type VolunteerProjectClosed = DomainEvent<
  'VolunteerProjectClosed',
  {
    projectId: string;
    organisationId: string;
    released: Array<{ studentId: string; role: string; minutes: number }>;
    lapsed: string[];
    closedAt: string;
  }
>;

export type VolunteerProjectEvent =
  | VolunteerProjectOpened
  | VolunteerApplied
  | VolunteerInvited
  | VolunteerJoined
  | VolunteerHoursRecorded
  | VolunteerProjectClosed;

export const VOLUNTEER_PROJECT_EVENT_TYPES = eventTypeList<VolunteerProjectEvent['type']>({
  VolunteerProjectOpened: true,
  VolunteerApplied: true,
  VolunteerInvited: true,
  VolunteerJoined: true,
  VolunteerHoursRecorded: true,
  VolunteerProjectClosed: true,
});
