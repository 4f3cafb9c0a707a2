import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CongressCommand, StudentFacts } from './congress.commands.js';
import { congressDecider } from './congress.decide.js';
import {
  AlreadyPutForward,
  BranchNotInCollege,
  CongressAlreadyConvened,
  CongressNotConvened,
  DelegateStepOutOfOrder,
  NoSeatAvailable,
  NotOwnCongress,
  NotOwnDelegate,
  ReasonRequired,
  ReplacementNotVacant,
  SeatTargetTooLow,
  StudentNotEnrolled,
  StudentNotInCollege,
  VoteRecordInconsistent,
  CongressAlreadyHeldThisYear,
  ExtraordinaryReasonRequired,
  ApprovalReasonRequired,
  ApprovalStepOutOfOrder,
  CollegeCongressNotApproved,
  NotTheCollegePartyOrg,
  NotTheSchoolUnion,
} from './congress.errors.js';
import type { CongressEvent, ElectionRecord } from './congress.events.js';
import { allocateSeats, type SeatAllocation } from './seat-allocation.js';

const given = givenDecider(congressDecider);

describe('Congress', () => {
  describe('before it is convened', () => {
    it('convenes with the seats allocated by college', () => given().when(convene(12)).then(convened(12)));
    it('refuses fewer seats than the colleges’ minimums', () =>
      given()
        .when(convene(9))
        .thenRejects(SeatTargetTooLow, /10 seats/));
    it('refuses a recommendation', () => given().when(recommend('s1')).thenRejects(CongressNotConvened));
  });

  describe('a college union’s congress (Art. 17: 召开前须经由学院党委批准、校学生会批复)', () => {
    const college = () => ({ organisationId: 'arts', unionKind: 'college-union' as const, enrolment: [arts] });
    const party = { partyOrgId: 'arts-party', collegeId: 'arts', schoolUnionId: 'school' };
    const approve = (reason = '党委会议同意', facts: typeof party | null = party) =>
      cmd({ type: 'ApproveCollegeCongress', data: { congressId, partyOrgId: 'arts-party', party: facts, reason } });
    const reply = (approved: boolean, reasons = '', organisationId = 'school') =>
      cmd({ type: 'ReplyToCollegeCongress', data: { congressId, organisationId, approved, reasons } });
    const partyApproved = (request = 1): CongressEvent => ({
      type: 'CollegeCongressPartyApproved',
      data: {
        congressId,
        organisationId: 'arts',
        schoolUnionId: 'school',
        partyOrgId: 'arts-party',
        request,
        reason: '党委会议同意',
        approvedAt: now,
      },
    });
    const schoolApproved = (request = 1): CongressEvent => ({
      type: 'CollegeCongressSchoolApproved',
      data: { congressId, organisationId: 'arts', schoolUnionId: 'school', request, reasons: null, approvedAt: now },
    });
    const schoolRefused = (request = 1): CongressEvent => ({
      type: 'CollegeCongressSchoolRefused',
      data: {
        congressId,
        organisationId: 'arts',
        schoolUnionId: 'school',
        request,
        reasons: '名额方案未覆盖全部年级',
        refusedAt: now,
      },
    });
    const collegeConvened = (): CongressEvent =>
      ({
        ...convened(12),
        data: {
          ...convened(12).data,
          organisationId: 'arts',
          allocation: allocateSeats([arts], 12, 5, policy.delegateShareMin) as SeatAllocation,
        },
      }) as CongressEvent;

    it('refuses to convene with neither step, naming Art. 17 and both steps missing', () =>
      given()
        .when(convene(12, college()))
        .thenRejects(CollegeCongressNotApproved, /Art\. 17.*missing: party-approval, school-reply/));
    it('refuses to convene after the party organisation approved but before the school union replied', () =>
      given(partyApproved())
        .when(convene(12, college()))
        .thenRejects(CollegeCongressNotApproved, /missing: school-reply$/));
    it('records the party organisation’s approval as request 1, with its basis', () =>
      given().when(approve()).then(partyApproved()));
    it('refuses an approval without its basis, or by a body that is not a college party organisation', () => {
      given().when(approve(' ')).thenRejects(ApprovalReasonRequired);
      given().when(approve('同意', null)).thenRejects(NotTheCollegePartyOrg);
    });
    it('takes the school union’s reply only after the party organisation’s approval, once, from its own school union', () => {
      given()
        .when(reply(true))
        .thenRejects(ApprovalStepOutOfOrder, /no request/);
      given(partyApproved())
        .when(reply(true, '', 'other-school'))
        .thenRejects(NotTheSchoolUnion);
      given(partyApproved(), schoolApproved())
        .when(reply(true))
        .thenRejects(ApprovalStepOutOfOrder, /answered/);
      given(partyApproved(), schoolApproved()).when(approve()).thenRejects(ApprovalStepOutOfOrder);
    });
    it('convenes the college’s congress on its own students once the reply approved the request', () =>
      given(partyApproved(), schoolApproved()).when(convene(12, college())).then(collegeConvened()));
    it('records a refusal with its reasons, and refuses one without', () => {
      given(partyApproved()).when(reply(false, ' 名额方案未覆盖全部年级 ')).then(schoolRefused());
      given(partyApproved()).when(reply(false, ' ')).thenRejects(ApprovalReasonRequired);
    });
    it('blocks convening after a refusal until a new request is approved by both', () => {
      given(partyApproved(), schoolRefused())
        .when(convene(12, college()))
        .thenRejects(CollegeCongressNotApproved, /missing: party-approval, school-reply/);
      given(partyApproved(), schoolRefused()).when(approve()).then(partyApproved(2));
      given(partyApproved(), schoolRefused(), partyApproved(2))
        .when(convene(12, college()))
        .thenRejects(CollegeCongressNotApproved);
      given(partyApproved(), schoolRefused(), partyApproved(2), schoolApproved(2))
        .when(convene(12, college()))
        .then(collegeConvened());
    });
    it('lets only the approved college convene the approved congress; the school union needs no approval', () => {
      given(partyApproved(), schoolApproved())
        .when(convene(12, { ...college(), organisationId: 'science' }))
        .thenRejects(NotOwnCongress);
      given().when(convene(12)).then(convened(12));
    });
    it('takes no approval step once the congress is convened', () =>
      given(convened(12)).when(approve()).thenRejects(CongressAlreadyConvened));
  });

  describe('a congress a year (Art. 8)', () => {
    const earlier = [{ congressId: 'congress-0', extraordinary: false }];
    it('refuses a second ordinary congress in the same year', () =>
      given()
        .when(convene(12, { heldThisYear: earlier }))
        .thenRejects(CongressAlreadyHeldThisYear, /congress-0 already met in 2026/));
    it('convenes an extraordinary one with its reason, and refuses one without', () => {
      given()
        .when(convene(12, { heldThisYear: earlier, extraordinary: true, extraordinaryReason: ' 补选主席团 ' }))
        .then({
          ...convened(12),
          data: { ...convened(12).data, extraordinary: true, extraordinaryReason: '补选主席团' },
        } as CongressEvent);
      given()
        .when(convene(12, { heldThisYear: earlier, extraordinary: true, extraordinaryReason: ' ' }))
        .thenRejects(ExtraordinaryReasonRequired);
    });
    it('counts only ordinary congresses: after an extraordinary one, the ordinary congress still meets', () =>
      given()
        .when(convene(12, { heldThisYear: [{ congressId: 'congress-x', extraordinary: true }] }))
        .then(convened(12)));
  });

  describe('once convened', () => {
    it('refuses to convene again', () => given(convened(12)).when(convene(12)).thenRejects(CongressAlreadyConvened));

    it('takes a recommendation from a class league branch of the student’s college', () =>
      given(convened(12)).when(recommend('s1')).then(recommended('s1')));

    it('refuses a student who is not enrolled', () =>
      given(convened(12))
        .when(recommend('s1', { enrolled: false }))
        .thenRejects(StudentNotEnrolled));

    it('refuses a student of another college', () =>
      given(convened(12))
        .when(recommend('s1', { collegeId: 'science' }))
        .thenRejects(StudentNotInCollege));

    it('refuses a branch of another college', () =>
      given(convened(12))
        .when(recommend('s1', {}, 'science'))
        .thenRejects(BranchNotInCollege));

    it('refuses a student already put forward', () =>
      given(convened(12), recommended('s1')).when(recommend('s1')).thenRejects(AlreadyPutForward));
  });

  describe('electing and checking credentials', () => {
    it('elects by a recorded majority vote', () =>
      given(convened(12), recommended('s1'))
        .when(elect('s1', true, vote(20, 5, 2)))
        .then(elected('s1', vote(20, 5, 2))));

    it('records a candidate the college did not elect', () =>
      given(convened(12), recommended('s1'))
        .when(elect('s1', false, vote(5, 20, 2)))
        .then(notElected('s1', vote(5, 20, 2))));

    it('refuses a vote record that contradicts the outcome (half is not a majority)', () =>
      given(convened(12), recommended('s1'))
        .when(elect('s1', true, vote(10, 10, 0)))
        .thenRejects(VoteRecordInconsistent));

    it('refuses to elect beyond the college’s seats', () => {
      const seats = allocation(12).colleges.find((c) => c.collegeId === 'arts')!.seats;
      const full = Array.from({ length: seats }, (_, i) => [recommended(`s${i}`), elected(`s${i}`, decision)]).flat();
      given(convened(12), ...full, recommended('extra'))
        .when(elect('extra', true, decision))
        .thenRejects(NoSeatAvailable);
    });

    it('qualifies an elected delegate and refuses to qualify one not yet elected', () => {
      given(convened(12), recommended('s1'), elected('s1', decision))
        .when(cmd({ type: 'QualifyDelegate', data: { congressId, organisationId: 'school', studentId: 's1' } }))
        .then({
          type: 'DelegateQualified',
          data: { congressId, studentId: 's1', collegeId: 'arts', qualifiedAt: now },
        });
      given(convened(12), recommended('s1'))
        .when(cmd({ type: 'QualifyDelegate', data: { congressId, organisationId: 'school', studentId: 's1' } }))
        .thenRejects(DelegateStepOutOfOrder);
    });

    it('refuses another college union electing this college’s delegate', () =>
      given(convened(12), recommended('s1'))
        .when(
          cmd({
            type: 'ElectDelegate',
            data: { congressId, collegeId: 'science', studentId: 's1', elected: true, record: decision },
          }),
        )
        .thenRejects(NotOwnDelegate));

    it('lets only the convening union check credentials', () =>
      given(convened(12), recommended('s1'), elected('s1', decision))
        .when(cmd({ type: 'QualifyDelegate', data: { congressId, organisationId: 'arts', studentId: 's1' } }))
        .thenRejects(NotOwnCongress));

    it('rejects credentials only with a reason', () =>
      given(convened(12), recommended('s1'), elected('s1', decision))
        .when(
          cmd({
            type: 'RejectDelegate',
            data: { congressId, organisationId: 'school', studentId: 's1', reason: '  ' },
          }),
        )
        .thenRejects(ReasonRequired));
  });

  describe('withdrawal and replacement', () => {
    const withdrawn = (): CongressEvent => ({
      type: 'DelegateWithdrawn',
      data: { congressId, studentId: 's1', collegeId: 'arts', reason: 'graduated early', withdrawnAt: now },
    });

    it('withdraws a delegate with the reason', () =>
      given(convened(12), recommended('s1'), elected('s1', decision))
        .when(
          cmd({
            type: 'WithdrawDelegate',
            data: { congressId, organisationId: 'arts', studentId: 's1', reason: 'graduated early' },
          }),
        )
        .then(withdrawn()));

    it('frees the seat for a replacement recommended in the same college', () =>
      given(convened(12), recommended('s1'), elected('s1', decision), withdrawn())
        .when(recommend('s2', {}, 'arts', 's1'))
        .then(recommended('s2', 's1')));

    it('refuses to replace a delegate who still holds the seat', () =>
      given(convened(12), recommended('s1'), elected('s1', decision))
        .when(recommend('s2', {}, 'arts', 's1'))
        .thenRejects(ReplacementNotVacant));
  });
});

const congressId = 'c1';
const now = '2026-10-01T08:00:00.000Z';
const actor = { id: 'staff', role: 'union-staff', organisationId: 'school' };
const policy = {
  quorum: { numerator: 2, denominator: 3 },
  delegateShareMin: { numerator: 1, denominator: 100 },
  delegateMinPerCollege: 5,
  nonOfficerShareMin: { numerator: 3, denominator: 5 },
};
const arts = { collegeId: 'arts', students: 300 };
const enrolment = [arts, { collegeId: 'science', students: 500 }];
const decision: ElectionRecord = { method: 'decision', reference: 'Arts union meeting 2026-3' };
const vote = (votesFor: number, votesAgainst: number, abstentions: number): ElectionRecord => ({
  method: 'vote',
  votesFor,
  votesAgainst,
  abstentions,
});
const allocation = (seats: number) => allocateSeats(enrolment, seats, 5, policy.delegateShareMin) as SeatAllocation;
const cmd = (c: Omit<CongressCommand, 'metadata'>): CongressCommand =>
  ({ ...c, metadata: { now, actor } }) as CongressCommand;

const convene = (
  targetSeats: number,
  annual: Partial<Extract<CongressCommand, { type: 'ConveneCongress' }>['data']> = {},
) =>
  cmd({
    type: 'ConveneCongress',
    data: {
      congressId,
      organisationId: 'school',
      number: 1,
      year: 2026,
      targetSeats,
      mainClubs: ['志愿者协会'],
      enrolment,
      enrolmentReadAt: 'pg:9:42',
      policy,
      extraordinary: false,
      extraordinaryReason: null,
      heldThisYear: [],
      unionKind: 'school-union',
      ...annual,
    },
  });

const convened = (targetSeats: number): CongressEvent => ({
  type: 'CongressConvened',
  data: {
    congressId,
    organisationId: 'school',
    number: 1,
    year: 2026,
    targetSeats,
    allocation: allocation(targetSeats),
    enrolmentReadAt: 'pg:9:42',
    quorum: policy.quorum,
    nonOfficerShareMin: policy.nonOfficerShareMin,
    mainClubs: ['志愿者协会'],
    extraordinary: false,
    extraordinaryReason: null,
    convenedAt: now,
  },
});

function recommend(studentId: string, facts: Partial<StudentFacts> = {}, branchCollegeId = 'arts', replaces?: string) {
  const student: StudentFacts = {
    studentId,
    enrolled: true,
    collegeId: 'arts',
    officer: false,
    grade: '2024',
    clubs: ['志愿者协会'],
    ...facts,
  };
  return cmd({
    type: 'RecommendDelegate',
    data: {
      congressId,
      collegeId: 'arts',
      branchId: 'arts-2401',
      branchCollegeId,
      student,
      ...(replaces ? { replaces } : {}),
    },
  });
}

const recommended = (studentId: string, replaces: string | null = null): CongressEvent => ({
  type: 'DelegateRecommended',
  data: {
    congressId,
    studentId,
    collegeId: 'arts',
    branchId: 'arts-2401',
    officer: false,
    grade: '2024',
    clubs: ['志愿者协会'],
    replaces,
    recommendedAt: now,
  },
});

const elect = (studentId: string, isElected: boolean, record: ElectionRecord) =>
  cmd({ type: 'ElectDelegate', data: { congressId, collegeId: 'arts', studentId, elected: isElected, record } });
const elected = (studentId: string, record: ElectionRecord): CongressEvent => ({
  type: 'DelegateElected',
  data: { congressId, studentId, collegeId: 'arts', record, electedAt: now },
});
const notElected = (studentId: string, record: ElectionRecord): CongressEvent => ({
  type: 'DelegateNotElected',
  data: { congressId, studentId, collegeId: 'arts', record, decidedAt: now },
});
