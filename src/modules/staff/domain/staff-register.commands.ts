import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { ChairTerm, EligibilityCheck, Post } from './staff-register.events.js';

/** The union's caps from its charter policy (Art. 10, 14, 16, 17), read from its own stream. */
export type StaffCaps = Readonly<{ staffMax: number; presidiumSeats: number; departments: number }>;

/** The student as the registry tells it, with Art. 18 judged by the union's policy; null when not enrolled. */
export type CandidateFact = Readonly<{
  collegeId: string;
  eligible: boolean;
  checks: readonly EligibilityCheck[];
}> | null;

/** The union acting: its id and kind (a college union's staff are students of its college, Art. 17). */
export type UnionFact = Readonly<{ organisationId: string; kind: 'school-union' | 'college-union'; caps: StaffCaps }>;

export type CreateDepartment = DomainCommand<
  'CreateDepartment',
  { union: UnionFact; departmentId: string; name: string }
>;
export type RenameDepartment = DomainCommand<
  'RenameDepartment',
  { organisationId: string; departmentId: string; name: string }
>;
export type DissolveDepartment = DomainCommand<
  'DissolveDepartment',
  { organisationId: string; departmentId: string; reason: string }
>;
export type AppointStaff = DomainCommand<
  'AppointStaff',
  { union: UnionFact; studentId: string; post: Post; candidate: CandidateFact }
>;
export type RemoveStaff = DomainCommand<'RemoveStaff', { organisationId: string; studentId: string; reason: string }>;

/** The result of a presidium election as the results and nominations rooms tell it. */
export type ElectedPresidiumFact = Readonly<{
  approved: boolean;
  organisationId: string | null;
  office: string | null;
  elected: readonly string[];
}>;
export type SeatPresidium = DomainCommand<
  'SeatPresidium',
  { union: UnionFact; electionId: string; result: ElectedPresidiumFact }
>;
/** Art. 17 (1): the college union files the presidium its congress elected; each member's registry facts come along. */
export type FileCollegePresidium = DomainCommand<
  'FileCollegePresidium',
  {
    union: UnionFact;
    /** the school union the college union belongs to (its parent), from the organisation's stream */
    schoolUnionId: string | null;
    members: Readonly<Record<string, CandidateFact>>;
    electedOn: string;
    reference: string;
  }
>;
/** The school union acknowledges a college's filing; `schoolUnionId` is the acting union, `parentId` the college's. */
export type AcknowledgeCollegePresidium = DomainCommand<
  'AcknowledgeCollegePresidium',
  { organisationId: string; schoolUnionId: string; parentId: string | null }
>;
export type ScheduleChairRotation = DomainCommand<
  'ScheduleChairRotation',
  { organisationId: string; terms: readonly ChairTerm[] }
>;

export type StaffRegisterCommand =
  | CreateDepartment
  | RenameDepartment
  | DissolveDepartment
  | AppointStaff
  | RemoveStaff
  | SeatPresidium
  | FileCollegePresidium
  | AcknowledgeCollegePresidium
  | ScheduleChairRotation;
