import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { VolunteerRole } from './volunteer-project.events.js';

/** The activity a project opens for, from its matter's stream (approvals facts); null when it is no activity. */
export type ActivityFact = Readonly<{ matterId: string; organisationId: string; approved: boolean }> | null;

export type OpenVolunteerProject = DomainCommand<
  'OpenVolunteerProject',
  {
    projectId: string;
    organisationId: string;
    matterId: string;
    activity: ActivityFact;
    title: string;
    leadId: string;
    roles: readonly VolunteerRole[];
  }
>;
/** The student is the actor (a member of the union). */
export type ApplyToVolunteer = DomainCommand<
  'ApplyToVolunteer',
  { projectId: string; role: string; motivation: string }
>;
export type InviteVolunteer = DomainCommand<'InviteVolunteer', { projectId: string; studentId: string; role: string }>;
/** The lead accepts a student's application. */
export type AcceptApplication = DomainCommand<'AcceptApplication', { projectId: string; studentId: string }>;
/** The invited student (the actor) accepts. */
export type AcceptInvitation = DomainCommand<'AcceptInvitation', { projectId: string }>;
export type RecordVolunteerHours = DomainCommand<
  'RecordVolunteerHours',
  { projectId: string; studentId: string; minutes: number; workedOn: string; note: string }
>;
export type CloseVolunteerProject = DomainCommand<'CloseVolunteerProject', { projectId: string }>;

export type VolunteerProjectCommand =
  | OpenVolunteerProject
  | ApplyToVolunteer
  | InviteVolunteer
  | AcceptApplication
  | AcceptInvitation
  | RecordVolunteerHours
  | CloseVolunteerProject;
