import { isCalendarDate } from '../../../../shared/domain/beijing-date.js';
import type { AcknowledgeCollegePresidium, FileCollegePresidium } from '../staff-register.commands.js';
import {
  CollegeFilingInvalid,
  NotOfThisCollege,
  NotTheSchoolUnion,
  PresidiumCapExceeded,
  StaffCapReached,
  StaffNotEligible,
} from '../staff-register.errors.js';
import type {
  CollegePresidiumAcknowledged,
  CollegePresidiumFiled,
  EligibilityCheck,
} from '../staff-register.events.js';
import { type StaffRegister, presidiumOf } from '../staff-register.state.js';

/**
 * Art. 17 (1): a college union's presidium is elected by its college congress and filed with the school union. Its
 * members are students of the college who meet Art. 18, at most the college's presidium seats (3), within its cap.
 */
export function fileCollegePresidium(
  { data, metadata }: FileCollegePresidium,
  state: StaffRegister,
): CollegePresidiumFiled {
  const { union, schoolUnionId, members, electedOn } = data;
  if (union.kind !== 'college-union' || !schoolUnionId)
    throw new CollegeFilingInvalid(`${union.organisationId} is not a college union under a school union`, {
      field: 'organisationId',
    });
  const memberIds = Object.keys(members).sort();
  if (memberIds.length === 0) throw new CollegeFilingInvalid('Name the members elected', { field: 'memberIds' });
  if (memberIds.length > union.caps.presidiumSeats)
    throw new PresidiumCapExceeded(`${memberIds.length} members for ${union.caps.presidiumSeats} seats (Art. 17)`, {
      field: 'memberIds',
    });
  if (!isCalendarDate(electedOn))
    throw new CollegeFilingInvalid('The election date is YYYY-MM-DD', { field: 'electedOn' });
  const reference = data.reference.trim();
  if (!reference)
    throw new CollegeFilingInvalid('The filing cites the congress’s minutes or resolution', { field: 'reference' });
  const checks: Record<string, readonly EligibilityCheck[]> = {};
  for (const id of memberIds) {
    const member = members[id];
    if (!member?.eligible)
      throw new StaffNotEligible(`${id} is not an enrolled student meeting Art. 18`, {
        field: 'memberIds',
        details: { studentId: id, failed: member?.checks.filter((c) => !c.passed) ?? [] },
      });
    if (member.collegeId !== union.organisationId)
      throw new NotOfThisCollege(`${id} is not a student of ${union.organisationId} (Art. 17)`, { field: 'memberIds' });
    checks[id] = member.checks;
  }
  const leavingIds = presidiumOf(state)
    .filter((id) => !memberIds.includes(id))
    .sort();
  const after = new Set([...Object.keys(state.staff).filter((id) => !leavingIds.includes(id)), ...memberIds]);
  if (after.size > union.caps.staffMax)
    throw new StaffCapReached(`Filing the presidium would make ${after.size} staff, above ${union.caps.staffMax}`);
  return {
    type: 'CollegePresidiumFiled',
    data: {
      organisationId: union.organisationId,
      schoolUnionId,
      memberIds,
      leavingIds,
      electedOn,
      reference,
      checks,
      filedAt: metadata.now,
    },
  };
}

export function acknowledgeCollegePresidium(
  { data, metadata }: AcknowledgeCollegePresidium,
  state: StaffRegister,
): CollegePresidiumAcknowledged[] {
  if (data.parentId !== data.schoolUnionId)
    throw new NotTheSchoolUnion(`${data.schoolUnionId} is not the school union of ${data.organisationId}`);
  if (!state.filing) throw new CollegeFilingInvalid(`${data.organisationId} has filed no presidium`);
  if (state.filing.acknowledged) return [];
  const { organisationId, schoolUnionId } = data;
  return [
    {
      type: 'CollegePresidiumAcknowledged',
      data: { organisationId, schoolUnionId, reference: state.filing.reference, acknowledgedAt: metadata.now },
    },
  ];
}
