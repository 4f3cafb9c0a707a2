import { eventTypeList } from '../../../shared/domain/event-type-list.js';
import type { DomainEvent } from '../../../shared/domain/decider.js';
import type { Sealed, StudentRecord } from './student-record.js';

/** A student appears on the roll (or on it again after leaving): every enrolled student is a member (Art. 4). */
export type StudentEnrolled = DomainEvent<
  'StudentEnrolled',
  { studentId: string; studentNumber: Sealed; name: Sealed; importId: string; enrolledAt: string } & StudentRecord
>;

/** Only what changed; a changed name is sealed like the first one. */
export type StudentRecordChanges = Partial<StudentRecord> & { name?: Sealed };

export type StudentRecordUpdated = DomainEvent<
  'StudentRecordUpdated',
  { studentId: string; changes: StudentRecordChanges; importId: string; updatedAt: string }
>;

/** The student is no longer on the roll of their college, and so no longer a member. */
export type StudentLeft = DomainEvent<
  'StudentLeft',
  { studentId: string; collegeId: string; importId: string; leftAt: string }
>;

/** The student's key was destroyed: every sealed value in this stream is unreadable from now on. */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { studentId: string; erasedAt: string }>;

export type StudentEvent = StudentEnrolled | StudentRecordUpdated | StudentLeft | PersonalDataErased;

export const STUDENT_EVENT_TYPES = eventTypeList<StudentEvent['type']>({
  StudentEnrolled: true,
  StudentRecordUpdated: true,
  StudentLeft: true,
  PersonalDataErased: true,
});
