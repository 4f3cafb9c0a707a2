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
  | ScheduleChairRotation;
