import type { CreateDepartment, DissolveDepartment, RenameDepartment } from '../staff-register.commands.js';
import {
  DepartmentCapReached,
  DepartmentInvalid,
  DepartmentNotEmpty,
  DepartmentNotFound,
  RemovalReasonRequired,
} from '../staff-register.errors.js';
import type { DepartmentCreated, DepartmentDissolved, DepartmentRenamed } from '../staff-register.events.js';
import type { Department, StaffRegister } from '../staff-register.state.js';

const NAME_MAX = 50;

function name(value: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > NAME_MAX)
    throw new DepartmentInvalid(`A department's name is 1-${NAME_MAX} characters`, { field: 'name' });
  return trimmed;
}

export function liveDepartment(state: StaffRegister, departmentId: string): Department {
  const d = state.departments[departmentId];
  if (!d || d.dissolved) throw new DepartmentNotFound(`No department ${departmentId}`, { field: 'departmentId' });
  return d;
}

/** Art. 10, 16: a union has at most its policy's number of departments (the school union 6). */
export function createDepartment({ data, metadata }: CreateDepartment, state: StaffRegister): DepartmentCreated {
  if (state.departments[data.departmentId])
    throw new DepartmentInvalid(`Department ${data.departmentId} exists`, { field: 'departmentId' });
  const live = Object.values(state.departments).filter((d) => !d.dissolved).length;
  if (live >= data.union.caps.departments)
    throw new DepartmentCapReached(`The union has ${live} departments, its policy's maximum (Art. 10, 16)`, {
      details: { max: data.union.caps.departments },
    });
  const { organisationId } = data.union;
  return {
    type: 'DepartmentCreated',
    data: { organisationId, departmentId: data.departmentId, name: name(data.name), createdAt: metadata.now },
  };
}

export function renameDepartment({ data, metadata }: RenameDepartment, state: StaffRegister): DepartmentRenamed[] {
  const d = liveDepartment(state, data.departmentId);
  const renamed = name(data.name);
  if (renamed === d.name) return [];
  const { organisationId, departmentId } = data;
  return [
    { type: 'DepartmentRenamed', data: { organisationId, departmentId, name: renamed, renamedAt: metadata.now } },
  ];
}

/** A department is dissolved only once nobody holds a post in it. */
export function dissolveDepartment({ data, metadata }: DissolveDepartment, state: StaffRegister): DepartmentDissolved {
  liveDepartment(state, data.departmentId);
  const members = Object.values(state.staff).filter(
    (p) => p.kind === 'department' && p.departmentId === data.departmentId,
  );
  if (members.length > 0)
    throw new DepartmentNotEmpty(`${members.length} staff still hold posts in department ${data.departmentId}`);
  const reason = data.reason.trim();
  if (!reason) throw new RemovalReasonRequired('Dissolving a department states why', { field: 'reason' });
  const { organisationId, departmentId } = data;
  return { type: 'DepartmentDissolved', data: { organisationId, departmentId, reason, dissolvedAt: metadata.now } };
}
