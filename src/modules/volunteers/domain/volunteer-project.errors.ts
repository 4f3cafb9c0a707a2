import { DomainError } from '../../../shared/domain/domain-error.js';

/** Art. 12, 13: a volunteer project opens for a major activity whose prior approval completed. */
export class ActivityNotApproved extends DomainError {
  readonly code = 'VOLUNTEERS.ACTIVITY_NOT_APPROVED';
  readonly kind = 'conflict' as const;
}
/** Art. 13: volunteers are recruited for an activity (a matter of an activity type) of the union opening the project. */
export class NoSuchActivity extends DomainError {
  readonly code = 'VOLUNTEERS.NO_SUCH_ACTIVITY';
  readonly kind = 'not-found' as const;
}
export class ProjectAlreadyOpened extends DomainError {
  readonly code = 'VOLUNTEERS.PROJECT_ALREADY_OPENED';
  readonly kind = 'conflict' as const;
}
export class ProjectNotFound extends DomainError {
  readonly code = 'VOLUNTEERS.PROJECT_NOT_FOUND';
  readonly kind = 'not-found' as const;
}
/** Art. 13 任务结束即解散: a closed project is disbanded and takes nothing more. */
export class ProjectClosed extends DomainError {
  readonly code = 'VOLUNTEERS.PROJECT_CLOSED';
  readonly kind = 'conflict' as const;
}
/** The project's lead invites, accepts, records hours and closes it. */
export class NotTheLead extends DomainError {
  readonly code = 'VOLUNTEERS.NOT_THE_LEAD';
  readonly kind = 'forbidden' as const;
}
/** A project names 1-20 distinct roles, each with 1-500 places, and a title. */
export class ProjectRolesInvalid extends DomainError {
  readonly code = 'VOLUNTEERS.ROLES_INVALID';
  readonly kind = 'invalid' as const;
}
export class RoleUnknown extends DomainError {
  readonly code = 'VOLUNTEERS.ROLE_UNKNOWN';
  readonly kind = 'invalid' as const;
}
/** A role takes as many volunteers as it has places. */
export class RoleFull extends DomainError {
  readonly code = 'VOLUNTEERS.ROLE_FULL';
  readonly kind = 'conflict' as const;
}
/** A student applies, is invited or joins once. */
export class AlreadyInProject extends DomainError {
  readonly code = 'VOLUNTEERS.ALREADY_IN_PROJECT';
  readonly kind = 'conflict' as const;
}
export class NoApplication extends DomainError {
  readonly code = 'VOLUNTEERS.NO_APPLICATION';
  readonly kind = 'conflict' as const;
}
export class NoInvitation extends DomainError {
  readonly code = 'VOLUNTEERS.NO_INVITATION';
  readonly kind = 'conflict' as const;
}
/** Hours are recorded for the project's members, 1 minute to 24 hours a day, on a day up to today. */
export class NotAVolunteer extends DomainError {
  readonly code = 'VOLUNTEERS.NOT_A_VOLUNTEER';
  readonly kind = 'conflict' as const;
}
export class HoursInvalid extends DomainError {
  readonly code = 'VOLUNTEERS.HOURS_INVALID';
  readonly kind = 'invalid' as const;
}
