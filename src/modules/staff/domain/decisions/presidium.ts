import { isCalendarDate } from '../../../../shared/domain/beijing-date.js';
import type { ScheduleChairRotation, SeatPresidium } from '../staff-register.commands.js';
import {
  ElectionResultNotApproved,
  PresidiumCapExceeded,
  RotationInvalid,
  StaffCapReached,
} from '../staff-register.errors.js';
import type { ChairRotationScheduled, PresidiumSeated } from '../staff-register.events.js';
import { type StaffRegister, presidiumOf } from '../staff-register.state.js';

/**
 * Art. 14: the presidium the congress elected becomes the union's, once the party committee approved the result;
 * the previous presidium leaves. The seats and the staff cap hold after the change.
 */
export function seatPresidium({ data, metadata }: SeatPresidium, state: StaffRegister): PresidiumSeated {
  const { union, electionId, result } = data;
  if (!result.approved || result.organisationId !== union.organisationId || result.office !== 'presidium')
    throw new ElectionResultNotApproved(
      `Election ${electionId} is not an approved presidium election of ${union.organisationId}`,
      { field: 'electionId' },
    );
  if (result.elected.length > union.caps.presidiumSeats)
    throw new PresidiumCapExceeded(`${result.elected.length} elected for ${union.caps.presidiumSeats} seats (Art. 14)`);
  const memberIds = [...result.elected].sort();
  const leavingIds = presidiumOf(state)
    .filter((id) => !memberIds.includes(id))
    .sort();
  const after = new Set([...Object.keys(state.staff).filter((id) => !leavingIds.includes(id)), ...memberIds]);
  if (after.size > union.caps.staffMax)
    throw new StaffCapReached(`Seating the presidium would make ${after.size} staff, above ${union.caps.staffMax}`);
  return {
    type: 'PresidiumSeated',
    data: { organisationId: union.organisationId, electionId, memberIds, leavingIds, seatedAt: metadata.now },
  };
}

/** Art. 14: the executive chair rotates among the presidium: consecutive, non-overlapping terms of its members. */
export function scheduleChairRotation(
  { data, metadata }: ScheduleChairRotation,
  state: StaffRegister,
): ChairRotationScheduled {
  const presidium = presidiumOf(state);
  const terms = [...data.terms].sort((a, b) => a.from.localeCompare(b.from));
  if (terms.length === 0) throw new RotationInvalid('A rotation has at least one term', { field: 'terms' });
  terms.forEach((t, i) => {
    const field = `terms[${i}]`;
    // a date the calendar has: the register stores terms as dates, and 2026-11-31 would stop it
    if (!isCalendarDate(t.from) || !isCalendarDate(t.to) || t.from > t.to)
      throw new RotationInvalid('A term runs from a date to a later or equal date (YYYY-MM-DD)', { field });
    if (!presidium.includes(t.chairId))
      throw new RotationInvalid(`${t.chairId} is not a member of the presidium`, { field: `${field}.chairId` });
    const previous = terms[i - 1];
    if (previous && previous.to >= t.from) throw new RotationInvalid('Terms do not overlap', { field });
  });
  return {
    type: 'ChairRotationScheduled',
    data: { organisationId: data.organisationId, terms, scheduledAt: metadata.now },
  };
}
