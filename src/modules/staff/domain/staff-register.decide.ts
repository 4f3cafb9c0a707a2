import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { appointStaff, removeStaff } from './decisions/appointments.js';
import { acknowledgeCollegePresidium, fileCollegePresidium } from './decisions/college-presidium.js';
import { createDepartment, dissolveDepartment, renameDepartment } from './decisions/departments.js';
import { scheduleChairRotation, seatPresidium } from './decisions/presidium.js';
import type { StaffRegisterCommand } from './staff-register.commands.js';
import type { StaffRegisterEvent } from './staff-register.events.js';
import { type StaffRegister, evolveStaffRegister, initialStaffRegister } from './staff-register.state.js';

/** A union's staff register (Art. 10, 14, 16-18): one stream per union, so its caps are decided over the whole. */
export function decideStaffRegister(
  command: StaffRegisterCommand,
  state: StaffRegister,
): StaffRegisterEvent | StaffRegisterEvent[] {
  switch (command.type) {
    case 'CreateDepartment':
      return createDepartment(command, state);
    case 'RenameDepartment':
      return renameDepartment(command, state);
    case 'DissolveDepartment':
      return dissolveDepartment(command, state);
    case 'AppointStaff':
      return appointStaff(command, state);
    case 'RemoveStaff':
      return removeStaff(command, state);
    case 'SeatPresidium':
      return seatPresidium(command, state);
    case 'FileCollegePresidium':
      return fileCollegePresidium(command, state);
    case 'AcknowledgeCollegePresidium':
      return acknowledgeCollegePresidium(command, state);
    case 'ScheduleChairRotation':
      return scheduleChairRotation(command, state);
    default:
      return assertNever(command, 'staff register command');
  }
}

export const staffRegisterDecider: Decider<StaffRegister, StaffRegisterCommand, StaffRegisterEvent> = {
  decide: decideStaffRegister,
  evolve: evolveStaffRegister,
  initialState: initialStaffRegister,
};

export const staffRegisterStream = (organisationId: string) => `staff-${organisationId}`;
