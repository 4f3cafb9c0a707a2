import { assertNever } from '../../../shared/domain/decider.js';
import type { ApproveCollegeCongress, ConveneCongress, ReplyToCollegeCongress } from './congress.commands.js';
import {
  ApprovalReasonRequired,
  ApprovalStepOutOfOrder,
  CollegeCongressNotApproved,
  CongressAlreadyConvened,
  NotOwnCongress,
  NotTheCollegePartyOrg,
  NotTheSchoolUnion,
} from './congress.errors.js';
import type {
  CollegeCongressPartyApproved,
  CollegeCongressSchoolApproved,
  CollegeCongressSchoolRefused,
} from './congress.events.js';
import type { Congress, ConveningApproval } from './congress.state.js';

/**
 * Art. 17: 学院学生代表大会……召开前须经由学院党委批准、校学生会批复. The college party organisation approves first (a
 * request); the school union's reply approves or refuses it; a refused request is followed by a new approval.
 */
function approvalOf(state: Congress, congressId: string): ConveningApproval {
  if (state.status === 'Convened') throw new CongressAlreadyConvened(`Congress ${congressId} is already convened`);
  return state.approval;
}

function required(text: string, field: string, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new ApprovalReasonRequired(what, { field });
  return trimmed;
}

/** Art. 17: the college party organisation approves its own college union's congress. */
export function approveCollegeCongress(
  { data, metadata }: ApproveCollegeCongress,
  state: Congress,
): CollegeCongressPartyApproved {
  const { party } = data;
  if (!party)
    throw new NotTheCollegePartyOrg(
      `${data.partyOrgId} is not the party organisation of a college union under a school union (Art. 17)`,
      { field: 'partyOrgId' },
    );
  const approval = approvalOf(state, data.congressId);
  switch (approval.step) {
    case 'party-approved':
    case 'school-approved':
      throw new ApprovalStepOutOfOrder(
        `Request ${approval.request} of congress ${data.congressId} is already approved by the party organisation`,
      );
    case 'school-refused':
      if (approval.collegeId !== party.collegeId)
        throw new NotTheCollegePartyOrg(
          `Congress ${data.congressId} is ${approval.collegeId}’s, not ${party.collegeId}’s`,
          {
            field: 'partyOrgId',
          },
        );
      break;
    case 'none':
      break;
    default:
      return assertNever(approval, 'convening approval');
  }
  const request = approval.step === 'none' ? 1 : approval.request + 1;
  return {
    type: 'CollegeCongressPartyApproved',
    data: {
      congressId: data.congressId,
      organisationId: party.collegeId,
      schoolUnionId: party.schoolUnionId,
      partyOrgId: party.partyOrgId,
      request,
      reason: required(data.reason, 'reason', 'The approval cites its basis (the party organisation’s decision)'),
      approvedAt: metadata.now,
    },
  };
}

/** Art. 17: the school union replies once to each request the party organisation approved: approved or refused. */
export function replyToCollegeCongress(
  { data, metadata }: ReplyToCollegeCongress,
  state: Congress,
): CollegeCongressSchoolApproved | CollegeCongressSchoolRefused {
  const approval = approvalOf(state, data.congressId);
  if (approval.step !== 'party-approved')
    throw new ApprovalStepOutOfOrder(
      approval.step === 'none' || approval.step === 'school-refused'
        ? `Congress ${data.congressId} has no request the college party organisation approved (Art. 17)`
        : `Request ${approval.request} of congress ${data.congressId} is already answered`,
    );
  if (approval.schoolUnionId !== data.organisationId)
    throw new NotTheSchoolUnion(
      `${approval.collegeId} belongs to ${approval.schoolUnionId}, not ${data.organisationId}`,
    );
  const common = {
    congressId: data.congressId,
    organisationId: approval.collegeId,
    schoolUnionId: approval.schoolUnionId,
    request: approval.request,
  };
  if (!data.approved)
    return {
      type: 'CollegeCongressSchoolRefused',
      data: {
        ...common,
        reasons: required(data.reasons, 'reasons', 'A refused reply states its reasons'),
        refusedAt: metadata.now,
      },
    };
  return {
    type: 'CollegeCongressSchoolApproved',
    data: { ...common, reasons: data.reasons.trim() || null, approvedAt: metadata.now },
  };
}

const STEPS_MISSING: Readonly<Record<Exclude<ConveningApproval['step'], 'school-approved'>, string[]>> = {
  none: ['party-approval', 'school-reply'],
  'party-approved': ['school-reply'],
  'school-refused': ['party-approval', 'school-reply'],
};

/**
 * Art. 17 at convening: a college union's congress needs the approved request on its own stream; a school union's
 * congress needs none, but a congress approved for a college is convened by that college only.
 */
export function conveningApprovalRule({ data }: ConveneCongress, approval: ConveningApproval): void {
  if (approval.step !== 'none' && approval.collegeId !== data.organisationId)
    throw new NotOwnCongress(`Congress ${data.congressId} was approved for ${approval.collegeId}`, {
      field: 'congressId',
    });
  if (data.unionKind === 'school-union') return;
  switch (approval.step) {
    case 'school-approved':
      return;
    case 'none':
    case 'party-approved':
    case 'school-refused': {
      const missing = STEPS_MISSING[approval.step];
      const refused =
        approval.step === 'school-refused' ? { refusedRequest: approval.request, reasons: approval.reasons } : {};
      throw new CollegeCongressNotApproved(
        `Art. 17: a college congress is convened only after the college party organisation approved it and the school union approved the request; missing: ${missing.join(', ')}`,
        { field: 'congressId', details: { article: 'Art. 17', missing, ...refused } },
      );
    }
    default:
      return assertNever(approval, 'convening approval');
  }
}
