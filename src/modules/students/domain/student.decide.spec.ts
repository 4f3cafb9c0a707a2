import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { EraseStudent, MarkStudentLeft, RecordStudent } from './student.commands.js';
import { studentDecider, studentStream } from './student.decide.js';
import { StudentErased, StudentNotFound, StudentNumberMismatch, StudentRecordInvalid } from './student.errors.js';
import type { PersonalDataErased, StudentEnrolled, StudentLeft, StudentRecordUpdated } from './student.events.js';
import { type Sealed, type StudentRecord, changedFields, recordViolations } from './student-record.js';

const given = givenDecider(studentDecider);

describe('Student', () => {
  describe('not yet on any roll', () => {
    it('is enrolled from its first roll row', () => given().when(record({})).then(enrolled({})));

    it('keeps clubs as a set: trimmed, without repeats, in code-point order', () =>
      given()
        .when(record({ clubs: [' 摄影社', '辩论队', '摄影社'] }))
        .then(enrolled({ clubs: ['摄影社', '辩论队'] })));

    it('refuses a record that breaks a rule, naming the field', () =>
      given()
        .when(record({ rankPercentile: 0 }))
        .thenRejects(StudentRecordInvalid, /rank percentile/));

    it('cannot leave', () =>
      given()
        .when(leave(['arts']))
        .thenRejects(StudentNotFound));

    it('cannot be erased', () => given().when(erase()).thenRejects(StudentNotFound));
  });

  describe('enrolled', () => {
    it('records nothing for the same row again (re-importing a roll changes nothing)', () =>
      given(enrolled({})).when(record({})).thenNothingHappens());

    it('records nothing when only the order of the clubs differs', () =>
      given(enrolled({ clubs: ['摄影社', '辩论队'] }))
        .when(record({ clubs: ['辩论队', '摄影社'] }))
        .thenNothingHappens());

    it('records only the fields that changed', () =>
      given(enrolled({}))
        .when(record({ rankPercentile: 25, officer: true }))
        .then(updated({ rankPercentile: 25, officer: true })));

    it('records a new name as its new sealed value', () =>
      given(enrolled({}))
        .when(record({}, { name: 'sealed:name-2' as Sealed }))
        .then(updated({ name: 'sealed:name-2' as Sealed })));

    it('moves the student to another college as a change of collegeId', () =>
      given(enrolled({}))
        .when(record({ collegeId: 'science' }))
        .then(updated({ collegeId: 'science' })));

    it('refuses a row with another student number', () =>
      given(enrolled({}))
        .when(record({}, { studentNumber: 'sealed:other' as Sealed }))
        .thenRejects(StudentNumberMismatch));

    it('leaves when absent from a roll that covers its college', () =>
      given(enrolled({}))
        .when(leave(['arts']))
        .then(left()));

    it('stays when absent from a roll of other colleges', () =>
      given(enrolled({}))
        .when(leave(['science']))
        .thenNothingHappens());

    it('can be erased', () => given(enrolled({})).when(erase()).then(erased()));
  });

  describe('after leaving', () => {
    it('is enrolled again when a roll lists it again', () =>
      given(enrolled({}), left()).when(record({})).then(enrolled({})));

    it('leaves only once', () =>
      given(enrolled({}), left())
        .when(leave(['arts']))
        .thenNothingHappens());

    it('can be erased', () => given(enrolled({}), left()).when(erase()).then(erased()));
  });

  describe('after erasure', () => {
    it('refuses a roll row: a returning student is enrolled under a new id', () =>
      given(enrolled({}), erased()).when(record({})).thenRejects(StudentErased));

    it('records erasure once', () => given(enrolled({}), erased()).when(erase()).thenNothingHappens());

    it('does not leave', () =>
      given(enrolled({}), erased())
        .when(leave(['arts']))
        .thenNothingHappens());
  });

  it('streams by the opaque id', () => expect(studentStream(studentId)).toBe(`student-${studentId}`));
});

describe('student record rules', () => {
  it('accepts a usable record', () => expect(recordViolations(baseRecord)).toEqual([]));

  it('names every field at fault', () =>
    expect(
      recordViolations({
        ...baseRecord,
        major: ' ',
        grade: 23,
        politicalStatus: 'member' as never,
        failedCourses: -1,
        officer: 'yes' as never,
      }).map((v) => [v.field, v.rule]),
    ).toEqual([
      ['major', 'required'],
      ['grade', 'grade-range'],
      ['politicalStatus', 'political-status-unknown'],
      ['failedCourses', 'failed-courses-range'],
      ['officer', 'officer-yes-no'],
    ]));

  it('finds the changed fields only', () =>
    expect(changedFields(baseRecord, { ...baseRecord, grade: 2024 })).toEqual({ grade: 2024 }));
});

const now = '2026-09-01T08:00:00.000Z';
const actor = { id: 'staff-1', role: 'union-staff', organisationId: 'school' };
const studentId = '0b8f7c1e-4a4e-4d55-9a57-6f1d2f1f0c11';
const importId = 'imp-1';
const sealedNumber = 'sealed:number' as Sealed;
const sealedName = 'sealed:name' as Sealed;
const baseRecord: StudentRecord = {
  collegeId: 'arts',
  major: '视觉传达设计',
  grade: 2023,
  classId: '视传2301',
  clubs: [],
  politicalStatus: 'CYL',
  rankPercentile: 12,
  failedCourses: 0,
  officer: false,
};

function record(
  changes: Partial<StudentRecord>,
  personal: Partial<{ studentNumber: Sealed; name: Sealed }> = {},
): RecordStudent {
  return {
    type: 'RecordStudent',
    data: {
      studentId,
      studentNumber: sealedNumber,
      name: sealedName,
      record: { ...baseRecord, ...changes },
      importId,
      ...personal,
    },
    metadata: { now, actor },
  };
}

function enrolled(changes: Partial<StudentRecord>): StudentEnrolled {
  return {
    type: 'StudentEnrolled',
    data: {
      studentId,
      studentNumber: sealedNumber,
      name: sealedName,
      ...baseRecord,
      ...changes,
      importId,
      enrolledAt: now,
    },
  };
}

function updated(changes: StudentRecordUpdated['data']['changes']): StudentRecordUpdated {
  return { type: 'StudentRecordUpdated', data: { studentId, changes, importId, updatedAt: now } };
}

function leave(scopeCollegeIds: string[]): MarkStudentLeft {
  return { type: 'MarkStudentLeft', data: { studentId, importId, scopeCollegeIds }, metadata: { now, actor } };
}

function left(): StudentLeft {
  return { type: 'StudentLeft', data: { studentId, collegeId: 'arts', importId, leftAt: now } };
}

function erase(): EraseStudent {
  return {
    type: 'EraseStudent',
    data: { studentId },
    metadata: { now, actor: { id: 'root', role: 'admin', organisationId: '*' } },
  };
}

function erased(): PersonalDataErased {
  return { type: 'PersonalDataErased', data: { studentId, erasedAt: now } };
}
