import type { AppointStaff, RemoveStaff } from '../staff-register.commands.js';
import {
  AlreadyStaff,
  DepartmentHeadTaken,
  NotOfThisCollege,
  NotStaff,
  PresidiumIsElected,
  RemovalReasonRequired,
  StaffCapReached,
  StaffNotEligible,
} from '../staff-register.errors.js';
import type { StaffAppointed, StaffRemoved } from '../staff-register.events.js';
import type { StaffRegister } from '../staff-register.state.js';
import { liveDepartment } from './departments.js';

/**
 * Art. 16-18: a department post goes to an enrolled student who meets Art. 18 under the union's policy (every rule
 * recorded, a refusal lists those failed), of the college for a college union (Art. 17), within the staff cap.
 */
export function appointStaff({ data, metadata }: AppointStaff, state: StaffRegister): StaffAppointed {
  const { union, studentId, post, candidate } = data;
  if (post.kind === 'presidium')
    throw new PresidiumIsElected('The presidium is elected by the congress (Art. 14); seat it from the election', {
      field: 'post',
    });
  if (state.staff[studentId]) throw new AlreadyStaff(`${studentId} already holds a post`, { field: 'studentId' });
  const department = liveDepartment(state, post.departmentId);
  if (!candidate)
    throw new StaffNotEligible(`${studentId} is not an enrolled member (Art. 4-6, 18)`, { field: 'studentId' });
  if (union.kind === 'college-union' && candidate.collegeId !== union.organisationId)
    throw new NotOfThisCollege(`${studentId} is not a student of ${union.organisationId} (Art. 17)`, {
      field: 'studentId',
    });
  if (!candidate.eligible) {
    const failed = candidate.checks.filter((c) => !c.passed);
    throw new StaffNotEligible(`${studentId} does not meet Art. 18: ${failed.map((c) => c.detail).join('; ')}`, {
      field: 'studentId',
      details: { failed },
    });
  }
  const count = Object.keys(state.staff).length;
  if (count >= union.caps.staffMax)
    throw new StaffCapReached(`The union has ${count} staff, its policy's maximum (Art. 10, 17)`, {
      details: { max: union.caps.staffMax },
    });
  if (
    post.role === 'head' &&
    Object.values(state.staff).some(
      (p) => p.kind === 'department' && p.departmentId === department.departmentId && p.role === 'head',
    )
  )
    throw new DepartmentHeadTaken(`Department ${department.departmentId} has a head`, { field: 'post' });
  return {
    type: 'StaffAppointed',
    data: {
      organisationId: union.organisationId,
      studentId,
      post,
      checks: candidate.checks,
      appointedAt: metadata.now,
    },
  };
}

export function removeStaff({ data, metadata }: RemoveStaff, state: StaffRegister): StaffRemoved {
  if (!state.staff[data.studentId]) throw new NotStaff(`${data.studentId} holds no post`, { field: 'studentId' });
  const reason = data.reason.trim();
  if (!reason) throw new RemovalReasonRequired('A removal states its reason', { field: 'reason' });
  const { organisationId, studentId } = data;
  return { type: 'StaffRemoved', data: { organisationId, studentId, reason, removedAt: metadata.now } };
}
