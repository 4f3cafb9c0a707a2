import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { approveCollegeCongress, conveningApprovalRule, replyToCollegeCongress } from './college-congress-approval.js';
import type {
  CongressCommand,
  ConveneCongress,
  ElectDelegate,
  QualifyDelegate,
  RecommendDelegate,
  RejectDelegate,
  WithdrawDelegate,
} from './congress.commands.js';
import {
  AlreadyPutForward,
  BranchNotInCollege,
  CollegeHasNoSeats,
  CongressAlreadyConvened,
  CongressAlreadyHeldThisYear,
  ExtraordinaryReasonRequired,
  CongressNotConvened,
  DelegateNotFound,
  DelegateStepOutOfOrder,
  NoCollegesToAllocate,
  NoSeatAvailable,
  NotOwnCongress,
  NotOwnDelegate,
  ReasonRequired,
  ReplacementNotVacant,
  SeatTargetTooLow,
  StudentNotEnrolled,
  StudentNotInCollege,
  VoteRecordInconsistent,
} from './congress.errors.js';
import type {
  CongressConvened,
  CongressEvent,
  DelegateElected,
  DelegateNotElected,
  DelegateRecommended,
  ElectionRecord,
} from './congress.events.js';
import {
  ACTIVE_STATUSES,
  type Congress,
  type DelegateEntry,
  type DelegateStatus,
  SEATED_STATUSES,
  evolveCongress,
  initialCongress,
} from './congress.state.js';
import { allocateSeats } from './seat-allocation.js';

type Convened = Extract<Congress, { status: 'Convened' }>;

/**
 * Art. 8: the congress meets once a year. A second ordinary congress in the year is refused; an extraordinary one
 * carries its reason. Returns the reason (null for an ordinary congress).
 */
function annualRule({
  year,
  extraordinary,
  extraordinaryReason,
  heldThisYear,
  congressId,
}: ConveneCongress['data']): string | null {
  if (extraordinary) {
    const reason = extraordinaryReason?.trim() ?? '';
    if (!reason)
      throw new ExtraordinaryReasonRequired('An extraordinary congress states its reason', {
        field: 'extraordinaryReason',
      });
    return reason;
  }
  const ordinary = heldThisYear.find((c) => !c.extraordinary && c.congressId !== congressId);
  if (ordinary)
    throw new CongressAlreadyHeldThisYear(
      `Congress ${ordinary.congressId} already met in ${year}: a second one that year is an extraordinary congress`,
      { field: 'year', details: { heldBy: ordinary.congressId } },
    );
  return null;
}

export function conveneCongress(command: ConveneCongress, state: Congress): CongressConvened {
  const { data, metadata } = command;
  if (state.status === 'Convened') throw new CongressAlreadyConvened(`Congress ${data.congressId} is already convened`);
  conveningApprovalRule(command, state.approval);
  const extraordinaryReason = annualRule(data);
  const policy = data.policy;
  const allocation = allocateSeats(
    data.enrolment,
    data.targetSeats,
    policy.delegateMinPerCollege,
    policy.delegateShareMin,
    policy.seatAllocation,
  );
  if ('rule' in allocation) {
    if (allocation.rule === 'no-colleges')
      throw new NoCollegesToAllocate('No college union with enrolled students to allocate seats to');
    const why =
      allocation.rule === 'below-minimum-total'
        ? `every college needs ${data.policy.delegateMinPerCollege} seats`
        : 'delegates must be at least the policy share of students';
    throw new SeatTargetTooLow(`At least ${allocation.needed} seats are needed: ${why}`, {
      field: 'targetSeats',
      details: { needed: allocation.needed },
    });
  }
  return {
    type: 'CongressConvened',
    data: {
      congressId: data.congressId,
      organisationId: data.organisationId,
      number: data.number,
      year: data.year,
      targetSeats: data.targetSeats,
      allocation,
      enrolmentReadAt: data.enrolmentReadAt,
      quorum: data.policy.quorum,
      nonOfficerShareMin: data.policy.nonOfficerShareMin,
      mainClubs: [...data.mainClubs],
      extraordinary: data.extraordinary,
      extraordinaryReason,
      convenedAt: metadata.now,
    },
  };
}

/** Delegate notice: class league branches recommend enrolled students of their own college. */
export function recommendDelegate({ data, metadata }: RecommendDelegate, state: Congress): DelegateRecommended {
  const congress = convened(state, data.congressId);
  const student = data.student;
  if (!student || !student.enrolled)
    throw new StudentNotEnrolled(`Student ${student?.studentId ?? ''} is not enrolled`, { field: 'studentId' });
  if (data.branchCollegeId !== data.collegeId)
    throw new BranchNotInCollege(`Branch ${data.branchId} is not a class league branch of ${data.collegeId}`, {
      field: 'branchId',
    });
  if (student.collegeId !== data.collegeId)
    throw new StudentNotInCollege(
      `Student ${student.studentId} is enrolled in ${student.collegeId}, not ${data.collegeId}`,
      { field: 'studentId' },
    );
  if (!congress.allocation.colleges.some((c) => c.collegeId === data.collegeId))
    throw new CollegeHasNoSeats(`${data.collegeId} has no seats in this congress`, { field: 'collegeId' });
  const existing = congress.delegates[student.studentId];
  if (existing && ACTIVE_STATUSES.includes(existing.status))
    throw new AlreadyPutForward(`Student ${student.studentId} is already ${existing.status}`, { field: 'studentId' });
  if (data.replaces !== undefined) {
    const replaced = congress.delegates[data.replaces];
    if (!replaced || replaced.collegeId !== data.collegeId || !['withdrawn', 'rejected'].includes(replaced.status)) {
      throw new ReplacementNotVacant(`${data.replaces} is not a withdrawn or rejected delegate of ${data.collegeId}`, {
        field: 'replaces',
      });
    }
  }
  return {
    type: 'DelegateRecommended',
    data: {
      congressId: data.congressId,
      studentId: student.studentId,
      collegeId: data.collegeId,
      branchId: data.branchId,
      officer: student.officer,
      grade: student.grade,
      clubs: [...student.clubs],
      replaces: data.replaces ?? null,
      recommendedAt: metadata.now,
    },
  };
}

/** The college union elects its delegates, within the seats allocated to the college. */
export function electDelegate(
  { data, metadata }: ElectDelegate,
  state: Congress,
): DelegateElected | DelegateNotElected {
  const congress = convened(state, data.congressId);
  const delegate = step(congress, data.studentId, ['recommended'], 'elected');
  if (delegate.collegeId !== data.collegeId)
    throw new NotOwnDelegate(`${data.studentId} stands for ${delegate.collegeId}, not ${data.collegeId}`);
  checkRecord(data.record, data.elected);
  if (!data.elected) {
    return {
      type: 'DelegateNotElected',
      data: {
        congressId: data.congressId,
        studentId: data.studentId,
        collegeId: delegate.collegeId,
        record: data.record,
        decidedAt: metadata.now,
      },
    };
  }
  const seats = congress.allocation.colleges.find((c) => c.collegeId === delegate.collegeId)?.seats ?? 0;
  const filled = Object.values(congress.delegates).filter(
    (d) => d.collegeId === delegate.collegeId && SEATED_STATUSES.includes(d.status),
  ).length;
  if (filled >= seats)
    throw new NoSeatAvailable(`All ${seats} seats of ${delegate.collegeId} are filled`, { details: { seats, filled } });
  return {
    type: 'DelegateElected',
    data: {
      congressId: data.congressId,
      studentId: data.studentId,
      collegeId: delegate.collegeId,
      record: data.record,
      electedAt: metadata.now,
    },
  };
}

export const qualifyDelegate = ({ data, metadata }: QualifyDelegate, state: Congress): CongressEvent => {
  const delegate = step(
    ownCongress(state, data.congressId, data.organisationId),
    data.studentId,
    ['elected'],
    'qualified',
  );
  return {
    type: 'DelegateQualified',
    data: {
      congressId: data.congressId,
      studentId: data.studentId,
      collegeId: delegate.collegeId,
      qualifiedAt: metadata.now,
    },
  };
};

export const rejectDelegate = ({ data, metadata }: RejectDelegate, state: Congress): CongressEvent => {
  const delegate = step(
    ownCongress(state, data.congressId, data.organisationId),
    data.studentId,
    ['elected'],
    'rejected',
  );
  const reason = required(data.reason);
  return {
    type: 'DelegateRejected',
    data: {
      congressId: data.congressId,
      studentId: data.studentId,
      collegeId: delegate.collegeId,
      reason,
      rejectedAt: metadata.now,
    },
  };
};

export const withdrawDelegate = ({ data, metadata }: WithdrawDelegate, state: Congress): CongressEvent => {
  const congress = convened(state, data.congressId);
  const delegate = step(congress, data.studentId, ACTIVE_STATUSES, 'withdrawn');
  if (data.organisationId !== congress.organisationId && data.organisationId !== delegate.collegeId) {
    throw new NotOwnDelegate(`${data.organisationId} may not withdraw a delegate of ${delegate.collegeId}`);
  }
  const reason = required(data.reason);
  return {
    type: 'DelegateWithdrawn',
    data: {
      congressId: data.congressId,
      studentId: data.studentId,
      collegeId: delegate.collegeId,
      reason,
      withdrawnAt: metadata.now,
    },
  };
};

function convened(state: Congress, congressId: string): Convened {
  if (state.status !== 'Convened') throw new CongressNotConvened(`Congress ${congressId} is not convened`);
  return state;
}

function ownCongress(state: Congress, congressId: string, organisationId: string): Convened {
  const congress = convened(state, congressId);
  if (congress.organisationId !== organisationId)
    throw new NotOwnCongress(
      `Congress ${congressId} was convened by ${congress.organisationId}, not ${organisationId}`,
    );
  return congress;
}

function step(
  congress: Convened,
  studentId: string,
  from: readonly DelegateStatus[],
  to: DelegateStatus,
): DelegateEntry {
  const delegate = congress.delegates[studentId];
  if (!delegate)
    throw new DelegateNotFound(`Student ${studentId} was not put forward for this congress`, { field: 'studentId' });
  if (!from.includes(delegate.status))
    throw new DelegateStepOutOfOrder(`A delegate who is ${delegate.status} cannot become ${to}`);
  return delegate;
}

function required(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new ReasonRequired('A reason is required', { field: 'reason' });
  return trimmed;
}

/** A recorded vote elects only with more "for" than half of the votes cast. */
function checkRecord(record: ElectionRecord, elected: boolean): void {
  if (record.method === 'decision') {
    if (!record.reference.trim())
      throw new VoteRecordInconsistent('A decision needs its reference', { field: 'record.reference' });
    return;
  }
  const cast = record.votesFor + record.votesAgainst + record.abstentions;
  const majority = record.votesFor * 2 > cast;
  if (majority !== elected) {
    throw new VoteRecordInconsistent(
      `${record.votesFor} for of ${cast} cast ${majority ? 'is' : 'is not'} a majority, yet elected is ${elected}`,
      { field: 'record' },
    );
  }
}

export function decideCongress(command: CongressCommand, state: Congress): CongressEvent | CongressEvent[] {
  switch (command.type) {
    case 'ConveneCongress':
      return conveneCongress(command, state);
    case 'ApproveCollegeCongress':
      return approveCollegeCongress(command, state);
    case 'ReplyToCollegeCongress':
      return replyToCollegeCongress(command, state);
    case 'RecommendDelegate':
      return recommendDelegate(command, state);
    case 'ElectDelegate':
      return electDelegate(command, state);
    case 'QualifyDelegate':
      return qualifyDelegate(command, state);
    case 'RejectDelegate':
      return rejectDelegate(command, state);
    case 'WithdrawDelegate':
      return withdrawDelegate(command, state);
    default:
      return assertNever(command, 'congress command');
  }
}

export const congressDecider: Decider<Congress, CongressCommand, CongressEvent> = {
  decide: decideCongress,
  evolve: evolveCongress,
  initialState: initialCongress,
};

export const congressStream = (congressId: string) => `congress-${congressId}`;
