import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CandidateFact, StaffRegisterCommand, UnionFact } from './staff-register.commands.js';
import { staffRegisterDecider } from './staff-register.decide.js';
import {
  AlreadyStaff,
  DepartmentCapReached,
  DepartmentHeadTaken,
  DepartmentNotEmpty,
  ElectionResultNotApproved,
  NotOfThisCollege,
  NotTheSchoolUnion,
  PresidiumCapExceeded,
  PresidiumIsElected,
  RotationInvalid,
  StaffCapReached,
  StaffNotEligible,
} from './staff-register.errors.js';
import type { StaffRegisterEvent } from './staff-register.events.js';

const given = givenDecider(staffRegisterDecider);

describe('the staff register (Art. 10, 14, 16-18)', () => {
  it('creates departments up to the policy’s number (Art. 16: six)', () => {
    given().when(create('d-1')).then(created('d-1'));
    given(...SIX)
      .when(create('d-7'))
      .thenRejects(DepartmentCapReached, /6 departments/);
    given(...SIX, dissolved('d-6'))
      .when(create('d-7'))
      .then(created('d-7'));
  });

  it('appoints an eligible student, recording every Art. 18 rule, and refuses an ineligible one naming the rule', () => {
    given(created('d-1')).when(appoint('s-1')).then(appointed('s-1'));
    given(created('d-1'))
      .when(appoint('s-2', 'member', INELIGIBLE))
      .thenRejects(StaffNotEligible, /ranks in the top 45%/);
    given(created('d-1'))
      .when(appoint('s-2', 'member', null))
      .thenRejects(StaffNotEligible, /not an enrolled member/);
  });

  it('refuses the member beyond the staff cap (Art. 10: forty), a second post and a second head', () => {
    const full = Array.from({ length: 3 }, (_, i) => appointed(`s-${i}`));
    given(created('d-1'), ...full)
      .when(appoint('s-9', 'member', ELIGIBLE, { ...SCHOOL, caps: { ...CAPS, staffMax: 3 } }))
      .thenRejects(StaffCapReached);
    given(created('d-1'), appointed('s-1')).when(appoint('s-1')).thenRejects(AlreadyStaff);
    given(created('d-1'), appointed('s-1', 'head')).when(appoint('s-2', 'head')).thenRejects(DepartmentHeadTaken);
  });

  it('takes a college union’s staff from its college (Art. 17), and nobody into the presidium by hand (Art. 14)', () => {
    const college: UnionFact = { organisationId: 'arts', kind: 'college-union', caps: CAPS };
    given(created('d-1'))
      .when(appoint('s-1', 'member', ELIGIBLE, college))
      .thenRejects(NotOfThisCollege);
    given(created('d-1'))
      .when({
        ...appoint('s-1'),
        data: { ...appoint('s-1').data, post: { kind: 'presidium' } },
      } as StaffRegisterCommand)
      .thenRejects(PresidiumIsElected);
  });

  it('dissolves only an empty department', () =>
    given(created('d-1'), appointed('s-1'))
      .when({
        type: 'DissolveDepartment',
        data: { organisationId: 'school', departmentId: 'd-1', reason: '合并' },
        metadata,
      })
      .thenRejects(DepartmentNotEmpty));

  it('seats the approved presidium, the previous one leaving, within the seats', () => {
    const first: StaffRegisterEvent = {
      type: 'PresidiumSeated',
      data: { organisationId: 'school', electionId: 'e-1', memberIds: ['p-1', 'p-2'], leavingIds: [], seatedAt: now },
    };
    given()
      .when(seat('e-1', ['p-2', 'p-1']))
      .then(first);
    given(first)
      .when(seat('e-2', ['p-2', 'p-3']))
      .then({
        type: 'PresidiumSeated',
        data: {
          organisationId: 'school',
          electionId: 'e-2',
          memberIds: ['p-2', 'p-3'],
          leavingIds: ['p-1'],
          seatedAt: now,
        },
      });
    given()
      .when(seat('e-1', ['p-1'], false))
      .thenRejects(ElectionResultNotApproved);
    given()
      .when(seat('e-1', ['p-1', 'p-2', 'p-3', 'p-4', 'p-5']))
      .thenRejects(PresidiumCapExceeded);
  });

  it('files a college presidium with the school union: its own students meeting Art. 18, within its seats (Art. 17)', () => {
    const filing = (members: Record<string, CandidateFact>): StaffRegisterCommand => ({
      type: 'FileCollegePresidium',
      data: { union: ARTS, schoolUnionId: 'school', members, electedOn: '2026-10-20', reference: '院代表大会决议' },
      metadata,
    });
    const artsStudent: CandidateFact = { ...ELIGIBLE!, collegeId: 'arts' };
    given()
      .when(filing({ 'a-2': artsStudent, 'a-1': artsStudent }))
      .then({
        type: 'CollegePresidiumFiled',
        data: {
          organisationId: 'arts',
          schoolUnionId: 'school',
          memberIds: ['a-1', 'a-2'],
          leavingIds: [],
          electedOn: '2026-10-20',
          reference: '院代表大会决议',
          checks: { 'a-1': PASSED, 'a-2': PASSED },
          filedAt: now,
        },
      });
    given()
      .when(filing({ 'e-1': ELIGIBLE }))
      .thenRejects(NotOfThisCollege);
    given()
      .when(filing({ 'a-1': { ...INELIGIBLE!, collegeId: 'arts' } }))
      .thenRejects(StaffNotEligible);
    given()
      .when(filing({ 'a-1': artsStudent, 'a-2': artsStudent, 'a-3': artsStudent, 'a-4': artsStudent }))
      .thenRejects(PresidiumCapExceeded);
  });

  it('takes the acknowledgement only from the college’s own school union', () => {
    const filed: StaffRegisterEvent = {
      type: 'CollegePresidiumFiled',
      data: {
        organisationId: 'arts',
        schoolUnionId: 'school',
        memberIds: ['a-1'],
        leavingIds: [],
        electedOn: '2026-10-20',
        reference: 'r',
        checks: {},
        filedAt: now,
      },
    };
    const ack = (schoolUnionId: string): StaffRegisterCommand => ({
      type: 'AcknowledgeCollegePresidium',
      data: { organisationId: 'arts', schoolUnionId, parentId: 'school' },
      metadata,
    });
    given(filed)
      .when(ack('school'))
      .then({
        type: 'CollegePresidiumAcknowledged',
        data: { organisationId: 'arts', schoolUnionId: 'school', reference: 'r', acknowledgedAt: now },
      });
    given(filed).when(ack('other-school')).thenRejects(NotTheSchoolUnion);
  });

  it('schedules the chair’s rotation among the presidium, in terms that do not overlap', () => {
    const seated: StaffRegisterEvent = {
      type: 'PresidiumSeated',
      data: { organisationId: 'school', electionId: 'e-1', memberIds: ['p-1', 'p-2'], leavingIds: [], seatedAt: now },
    };
    const terms = [
      { from: '2026-09-01', to: '2026-10-31', chairId: 'p-1' },
      { from: '2026-11-01', to: '2026-12-31', chairId: 'p-2' },
    ];
    given(seated)
      .when(rotate(terms))
      .then({ type: 'ChairRotationScheduled', data: { organisationId: 'school', terms, scheduledAt: now } });
    given(seated)
      .when(rotate([{ ...terms[0]!, chairId: 's-1' }]))
      .thenRejects(RotationInvalid, /not a member of the presidium/);
    given(seated)
      .when(rotate([terms[0]!, { ...terms[1]!, from: '2026-10-15' }]))
      .thenRejects(RotationInvalid, /overlap/);
    // a date the calendar does not have: stored, it would stop the register's read model at that event
    given(seated)
      .when(rotate([terms[0]!, { ...terms[1]!, to: '2026-11-31' }]))
      .thenRejects(RotationInvalid, /from a date to a later or equal date/);
  });
});

const now = '2026-09-01T01:00:00.000Z';
const metadata = { now, actor: { id: 'staff-1', role: 'union-staff', organisationId: 'school' } };
const CAPS = { staffMax: 40, presidiumSeats: 4, departments: 6 };
const SCHOOL: UnionFact = { organisationId: 'school', kind: 'school-union', caps: CAPS };
const ARTS: UnionFact = {
  organisationId: 'arts',
  kind: 'college-union',
  caps: { staffMax: 30, presidiumSeats: 3, departments: 6 },
};
const PASSED = [{ rule: 'political-status', passed: true, detail: 'is a CYL member', article: 'Art. 18' }];
const ELIGIBLE: CandidateFact = { collegeId: 'engineering', eligible: true, checks: PASSED };
const INELIGIBLE: CandidateFact = {
  collegeId: 'engineering',
  eligible: false,
  checks: [
    ...PASSED,
    { rule: 'academic-rank', passed: false, detail: 'ranks in the top 45% of the major', article: 'Art. 18' },
  ],
};

const create = (departmentId: string): StaffRegisterCommand => ({
  type: 'CreateDepartment',
  data: { union: SCHOOL, departmentId, name: `部门 ${departmentId}` },
  metadata,
});
const created = (departmentId: string): StaffRegisterEvent => ({
  type: 'DepartmentCreated',
  data: { organisationId: 'school', departmentId, name: `部门 ${departmentId}`, createdAt: now },
});
const dissolved = (departmentId: string): StaffRegisterEvent => ({
  type: 'DepartmentDissolved',
  data: { organisationId: 'school', departmentId, reason: '合并', dissolvedAt: now },
});
const SIX = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5', 'd-6'].map(created);
const appoint = (
  studentId: string,
  role: 'head' | 'member' = 'member',
  candidate: CandidateFact = ELIGIBLE,
  union: UnionFact = SCHOOL,
): StaffRegisterCommand => ({
  type: 'AppointStaff',
  data: { union, studentId, post: { kind: 'department', departmentId: 'd-1', role }, candidate },
  metadata,
});
const appointed = (studentId: string, role: 'head' | 'member' = 'member'): StaffRegisterEvent => ({
  type: 'StaffAppointed',
  data: {
    organisationId: 'school',
    studentId,
    post: { kind: 'department', departmentId: 'd-1', role },
    checks: PASSED,
    appointedAt: now,
  },
});
const seat = (electionId: string, elected: string[], approved = true): StaffRegisterCommand => ({
  type: 'SeatPresidium',
  data: { union: SCHOOL, electionId, result: { approved, organisationId: 'school', office: 'presidium', elected } },
  metadata,
});
const rotate = (terms: Array<{ from: string; to: string; chairId: string }>): StaffRegisterCommand => ({
  type: 'ScheduleChairRotation',
  data: { organisationId: 'school', terms },
  metadata,
});
