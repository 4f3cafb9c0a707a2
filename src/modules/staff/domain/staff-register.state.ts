import { assertNever } from '../../../shared/domain/decider.js';
import type { ChairTerm, Post, StaffRegisterEvent } from './staff-register.events.js';

export type Department = Readonly<{ departmentId: string; name: string; dissolved: boolean }>;

/** A union's staff register: its departments, who holds which post, and the chair's rotation. */
export type StaffRegister = Readonly<{
  departments: Readonly<Record<string, Department>>;
  staff: Readonly<Record<string, Post>>;
  rotation: readonly ChairTerm[];
  /** a college union's last presidium filing with the school union, and whether the school union acknowledged it */
  filing: Readonly<{ reference: string; schoolUnionId: string; acknowledged: boolean }> | null;
}>;

export const initialStaffRegister = (): StaffRegister => ({ departments: {}, staff: {}, rotation: [], filing: null });

const without = <T>(record: Readonly<Record<string, T>>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

/** The members take the presidium's posts (leaving any other post); those leaving the presidium hold none. */
function withPresidium(
  state: StaffRegister,
  { memberIds, leavingIds }: Readonly<{ memberIds: readonly string[]; leavingIds: readonly string[] }>,
): Record<string, Post> {
  const staff: Record<string, Post> = without(state.staff, [...leavingIds, ...memberIds]);
  for (const id of memberIds) staff[id] = { kind: 'presidium' };
  return staff;
}

export function evolveStaffRegister(state: StaffRegister, event: StaffRegisterEvent): StaffRegister {
  switch (event.type) {
    case 'DepartmentCreated': {
      const { departmentId, name } = event.data;
      return {
        ...state,
        departments: { ...state.departments, [departmentId]: { departmentId, name, dissolved: false } },
      };
    }
    case 'DepartmentRenamed': {
      const d = state.departments[event.data.departmentId];
      return d
        ? { ...state, departments: { ...state.departments, [d.departmentId]: { ...d, name: event.data.name } } }
        : state;
    }
    case 'DepartmentDissolved': {
      const d = state.departments[event.data.departmentId];
      return d
        ? { ...state, departments: { ...state.departments, [d.departmentId]: { ...d, dissolved: true } } }
        : state;
    }
    case 'StaffAppointed':
      return { ...state, staff: { ...state.staff, [event.data.studentId]: event.data.post } };
    case 'StaffRemoved':
      return { ...state, staff: without(state.staff, [event.data.studentId]) };
    case 'PresidiumSeated':
      return { ...state, staff: withPresidium(state, event.data) };
    case 'CollegePresidiumFiled': {
      const { reference, schoolUnionId } = event.data;
      return {
        ...state,
        staff: withPresidium(state, event.data),
        filing: { reference, schoolUnionId, acknowledged: false },
      };
    }
    case 'CollegePresidiumAcknowledged':
      return state.filing ? { ...state, filing: { ...state.filing, acknowledged: true } } : state;
    case 'ChairRotationScheduled':
      return { ...state, rotation: event.data.terms };
    default:
      return assertNever(event, 'staff register event');
  }
}

export const presidiumOf = (state: StaffRegister) =>
  Object.entries(state.staff)
    .filter(([, post]) => post.kind === 'presidium')
    .map(([id]) => id);
