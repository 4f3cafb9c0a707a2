import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { MatterTypeRule } from './approval-chain.js';
import type { MatterCommand, UnionFact } from './matter.commands.js';
import { matterDecider } from './matter.decide.js';
import {
  ApprovalIncomplete,
  DocumentsMissing,
  MatterNotInReview,
  MatterNotReturned,
  MatterTypeUnknown,
  NotASubmitter,
  NotTheAwaitedBody,
  ReasonsRequired,
  StepAlreadyEscalated,
  StepNotOverdue,
} from './matter.errors.js';
import type { MatterDocument, MatterEvent } from './matter.events.js';

const given = givenDecider(matterDecider);
const majorActivity: MatterTypeRule = {
  key: 'major-activity',
  activity: true,
  chain: [
    { body: 'union', days: 3 },
    { body: 'school-union', days: 5 },
    { body: 'youth-league-committee', days: 5 },
  ],
  submitters: ['college-union-staff'],
  documents: ['plan', 'budget'],
  escalateTo: 'party-committee',
};
const union: UnionFact = {
  organisationId: 'arts',
  schoolUnionId: 'school',
  matterTypes: [majorActivity],
  policyRevision: '4',
};
/** 2026-10-20 10:00 in Beijing */
const oct20 = '2026-10-20T02:00:00.000Z';
const later = (days: number) => new Date(Date.parse(oct20) + days * 86_400_000).toISOString();
const as = (role: string, organisationId: string, now = oct20) => ({
  now,
  actor: { id: `${role}-1`, role, organisationId },
});
const documents: MatterDocument[] = [
  { kind: 'plan', title: '迎新晚会方案', reference: 'doc-1' },
  { kind: 'budget', title: '经费预算', reference: 'doc-2' },
];
const submit = (
  extra: Partial<{ matterType: string; documents: MatterDocument[]; role: string }> = {},
): MatterCommand => ({
  type: 'SubmitMatter',
  data: {
    matterId: 'm-1',
    organisationId: 'arts',
    union,
    matterType: extra.matterType ?? 'major-activity',
    title: '迎新晚会',
    summary: '十月底在大礼堂举办',
    documents: extra.documents ?? documents,
  },
  metadata: as(extra.role ?? 'college-union-staff', 'arts'),
});
const decide = (
  role: string,
  organisationId: string,
  decision: 'approve' | 'return' | 'refuse',
  reasons: string[] = [],
  now = oct20,
): MatterCommand => ({
  type: 'DecideMatterStep',
  data: { matterId: 'm-1', organisationId, decision, reasons, notes: '' },
  metadata: as(role, organisationId, now),
});
const escalate = (now: string): MatterCommand => ({
  type: 'EscalateMatterStep',
  data: { matterId: 'm-1', organisationId: 'arts' },
  metadata: as('college-union-staff', 'arts', now),
});
const held = (): MatterCommand => ({
  type: 'MarkActivityHeld',
  data: { matterId: 'm-1', organisationId: 'arts', heldOn: '2026-10-20', summary: '顺利举办' },
  metadata: as('college-union-staff', 'arts'),
});

const submitted: MatterEvent = {
  type: 'MatterSubmitted',
  data: {
    matterId: 'm-1',
    organisationId: 'arts',
    schoolUnionId: 'school',
    matterType: 'major-activity',
    activity: true,
    title: '迎新晚会',
    summary: '十月底在大礼堂举办',
    documents,
    chain: majorActivity.chain.map((s) => ({ ...s })),
    escalateTo: 'party-committee',
    policyRevision: '4',
    step: 1,
    body: 'union',
    dueBy: '2026-10-23',
    submittedAt: oct20,
  },
};
const stepApproved = (
  step: number,
  body: string,
  decidedFor: string,
  next: [number, string, string] | null,
): MatterEvent => ({
  type: 'MatterStepApproved',
  data: {
    matterId: 'm-1',
    organisationId: 'arts',
    step,
    body: body as never,
    decidedFor,
    notes: '',
    nextStep: next?.[0] ?? null,
    nextBody: (next?.[1] ?? null) as never,
    dueBy: next?.[2] ?? null,
    approvedAt: oct20,
  },
});
const returned = (step: number, body: string, decidedFor: string): MatterEvent => ({
  type: 'MatterReturned',
  data: {
    matterId: 'm-1',
    organisationId: 'arts',
    step,
    body: body as never,
    decidedFor,
    reasons: ['预算缺少安保费用'],
    returnedAt: oct20,
  },
});
const approvedAll: MatterEvent = {
  type: 'MatterApproved',
  data: {
    matterId: 'm-1',
    organisationId: 'arts',
    matterType: 'major-activity',
    activity: true,
    policyRevision: '4',
    steps: 3,
    approvedAt: oct20,
  },
};
const throughSchool = [
  submitted,
  stepApproved(1, 'union', 'arts', [2, 'school-union', '2026-10-25']),
  stepApproved(2, 'school-union', 'school', [3, 'youth-league-committee', '2026-10-25']),
];

describe('A matter’s approval chain (Art. 12)', () => {
  describe('submission', () => {
    it('copies the chain, the escalation body and the policy version from the union’s policy', () =>
      given().when(submit()).then(submitted));
    it('refuses a type the policy does not know, a role it does not name, and missing documents', () => {
      given()
        .when(submit({ matterType: 'banquet' }))
        .thenRejects(MatterTypeUnknown, /major-activity/);
      given()
        .when(submit({ role: 'union-staff' }))
        .thenRejects(NotASubmitter);
      given()
        .when(submit({ documents: [documents[0]!] }))
        .thenRejects(DocumentsMissing, /budget/);
    });
  });

  describe('the chain, step by step in order', () => {
    it('takes the first step from the union’s own presidium and moves to the school union', () =>
      given(submitted)
        .when(decide('college-union-staff', 'arts', 'approve'))
        .then(stepApproved(1, 'union', 'arts', [2, 'school-union', '2026-10-25'])));
    it('refuses a later body deciding out of order, and another union’s staff', () => {
      given(submitted)
        .when(decide('youth-league-committee', 'league', 'approve'))
        .thenRejects(NotTheAwaitedBody, /awaits union/);
      given(submitted)
        .when(decide('college-union-staff', 'science', 'approve'))
        .thenRejects(NotTheAwaitedBody);
    });
    it('completes with the last body: the step and the whole approval, naming the policy version', () =>
      given(...throughSchool)
        .when(decide('youth-league-committee', 'league', 'approve'))
        .then(stepApproved(3, 'youth-league-committee', 'league', null), approvedAll));
    it('decides nothing more once approved or refused', () => {
      given(...throughSchool, stepApproved(3, 'youth-league-committee', 'league', null), approvedAll)
        .when(decide('youth-league-committee', 'league', 'approve'))
        .thenRejects(MatterNotInReview);
    });
  });

  describe('return and resubmission', () => {
    it('returns with reasons, and refuses a return without them', () => {
      given(...throughSchool.slice(0, 2))
        .when(decide('union-staff', 'school', 'return', ['预算缺少安保费用']))
        .then(returned(2, 'school-union', 'school'));
      given(...throughSchool.slice(0, 2))
        .when(decide('union-staff', 'school', 'return', ['  ']))
        .thenRejects(ReasonsRequired);
    });
    it('takes the resubmission to the step that returned it, with a new deadline; earlier approvals stand', () => {
      const back = [...throughSchool.slice(0, 2), returned(2, 'school-union', 'school')];
      given(...back)
        .when({
          type: 'ResubmitMatter',
          data: { matterId: 'm-1', organisationId: 'arts', changes: '补充安保费用', documents: null },
          metadata: as('college-union-staff', 'arts', later(1)),
        })
        .then({
          type: 'MatterResubmitted',
          data: {
            matterId: 'm-1',
            organisationId: 'arts',
            step: 2,
            body: 'school-union',
            changes: '补充安保费用',
            documents,
            dueBy: '2026-10-26',
            resubmittedAt: later(1),
          },
        });
      given(...back)
        .when(decide('union-staff', 'school', 'approve'))
        .thenRejects(MatterNotInReview);
      given(...throughSchool)
        .when({
          type: 'ResubmitMatter',
          data: { matterId: 'm-1', organisationId: 'arts', changes: 'x', documents: null },
          metadata: as('college-union-staff', 'arts'),
        })
        .thenRejects(MatterNotReturned);
    });
  });

  describe('deadlines and escalation', () => {
    const escalated: MatterEvent = {
      type: 'MatterStepEscalated',
      data: {
        matterId: 'm-1',
        organisationId: 'arts',
        step: 1,
        body: 'union',
        missedDueBy: '2026-10-23',
        escalatedTo: 'party-committee',
        dueBy: '2026-10-27',
        escalatedAt: later(4),
      },
    };
    it('escalates a step only after its due day, to the policy’s body, once', () => {
      given(submitted)
        .when(escalate(later(3)))
        .thenRejects(StepNotOverdue, /2026-10-23/);
      given(submitted)
        .when(escalate(later(4)))
        .then(escalated);
      given(submitted, escalated)
        .when(escalate(later(5)))
        .thenRejects(StepAlreadyEscalated);
    });
    it('lets the escalation body decide the escalated step', () =>
      given(submitted, escalated)
        .when(decide('party-committee', 'party', 'approve'))
        .then(stepApproved(1, 'union', 'party', [2, 'school-union', '2026-10-25'])));
  });

  describe('an activity is held only after its approval (Art. 12)', () => {
    it('refuses to mark it held while in review, naming Art. 12', () =>
      given(...throughSchool)
        .when(held())
        .thenRejects(ApprovalIncomplete, /Art\. 12/));
    it('records it held once approved', () =>
      given(...throughSchool, stepApproved(3, 'youth-league-committee', 'league', null), approvedAll)
        .when(held())
        .then({
          type: 'ActivityHeld',
          data: {
            matterId: 'm-1',
            organisationId: 'arts',
            heldOn: '2026-10-20',
            summary: '顺利举办',
            recordedAt: oct20,
          },
        }));
  });
});
