import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';

/** A post in the union: a member of the presidium (elected, Art. 14), or a department's head or member (Art. 16). */
export type Post =
  Readonly<{ kind: 'presidium' }> | Readonly<{ kind: 'department'; departmentId: string; role: 'head' | 'member' }>;

/** One Art. 18 rule as the registry judged it when the appointment was made. */
export type EligibilityCheck = Readonly<{ rule: string; passed: boolean; detail: string; article: string }>;

export type DepartmentCreated = DomainEvent<
  'DepartmentCreated',
  { organisationId: string; departmentId: string; name: string; createdAt: string }
>;
export type DepartmentRenamed = DomainEvent<
  'DepartmentRenamed',
  { organisationId: string; departmentId: string; name: string; renamedAt: string }
>;
export type DepartmentDissolved = DomainEvent<
  'DepartmentDissolved',
  { organisationId: string; departmentId: string; reason: string; dissolvedAt: string }
>;

/** Art. 18: appointed with the registry's facts judged by the union's policy, every rule recorded. */
export type StaffAppointed = DomainEvent<
  'StaffAppointed',
  { organisationId: string; studentId: string; post: Post; checks: readonly EligibilityCheck[]; appointedAt: string }
>;
export type StaffRemoved = DomainEvent<
  'StaffRemoved',
  { organisationId: string; studentId: string; reason: string; removedAt: string }
>;

/**
 * Art. 14: the presidium the congress elected, and the party committee approved, becomes the union's presidium by
 * this event; the members of the previous presidium leave it.
 */
export type PresidiumSeated = DomainEvent<
  'PresidiumSeated',
  {
    organisationId: string;
    electionId: string;
    memberIds: readonly string[];
    /** previous presidium members who are not re-elected: they leave their posts */
    leavingIds: readonly string[];
    seatedAt: string;
  }
>;

/**
 * Art. 17 (1): a college union's presidium, elected by its college congress, is filed with the school union. The
 * members take the presidium's posts; the previous presidium leaves; every member's Art. 18 rules are recorded.
 */
export type CollegePresidiumFiled = DomainEvent<
  'CollegePresidiumFiled',
  {
    organisationId: string;
    schoolUnionId: string;
    memberIds: readonly string[];
    leavingIds: readonly string[];
    electedOn: string;
    reference: string;
    checks: Readonly<Record<string, readonly EligibilityCheck[]>>;
    filedAt: string;
  }
>;
/** The school union records that it received the college's filing. */
export type CollegePresidiumAcknowledged = DomainEvent<
  'CollegePresidiumAcknowledged',
  { organisationId: string; schoolUnionId: string; reference: string; acknowledgedAt: string }
>;

/** Art. 14: the executive chair rotates among the presidium, by a schedule the presidium sets. */
export type ChairTerm = Readonly<{ from: string; to: string; chairId: string }>;
export type ChairRotationScheduled = DomainEvent<
  'ChairRotationScheduled',
  { organisationId: string; terms: readonly ChairTerm[]; scheduledAt: string }
>;

export type StaffRegisterEvent =
  | DepartmentCreated
  | DepartmentRenamed
  | DepartmentDissolved
  | StaffAppointed
  | StaffRemoved
  | PresidiumSeated
  | CollegePresidiumFiled
  | CollegePresidiumAcknowledged
  | ChairRotationScheduled;

export const STAFF_REGISTER_EVENT_TYPES = eventTypeList<StaffRegisterEvent['type']>({
  DepartmentCreated: true,
  DepartmentRenamed: true,
  DepartmentDissolved: true,
  StaffAppointed: true,
  StaffRemoved: true,
  PresidiumSeated: true,
  CollegePresidiumFiled: true,
  CollegePresidiumAcknowledged: true,
  ChairRotationScheduled: true,
});
