import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { mattersProjection } from './matters.projection.js';
import { awaitingBody, findMatter, overdueMatters, unionMatters } from './matters.queries.js';

const db = projectionDatabase();
const given = givenProjection(mattersProjection, db).given;
const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T02:00:00.000Z`;
const event = (matterId: string, type: string, data: object, actorId = 'arts-staff') => ({
  type,
  stream: `matter-${matterId}`,
  data: { matterId, organisationId: 'arts', ...data },
  metadata: { actorId },
});
const chain = [
  { body: 'union', days: 3 },
  { body: 'school-union', days: 5 },
];
const submitted = (matterId: string, day: number) =>
  event(matterId, 'MatterSubmitted', {
    schoolUnionId: 'school',
    matterType: 'major-activity',
    activity: true,
    title: `活动 ${matterId}`,
    summary: '',
    documents: [{ kind: 'plan', title: '方案', reference: 'doc-1' }],
    chain,
    escalateTo: 'party-committee',
    policyRevision: '4',
    step: 1,
    body: 'union',
    dueBy: `2026-10-${String(day + 3).padStart(2, '0')}`,
    submittedAt: at(day),
  });
const stepOne = (matterId: string, day: number) =>
  event(matterId, 'MatterStepApproved', {
    step: 1,
    body: 'union',
    decidedFor: 'arts',
    notes: '同意',
    nextStep: 2,
    nextBody: 'school-union',
    dueBy: `2026-10-${String(day + 5).padStart(2, '0')}`,
    approvedAt: at(day),
  });
const returned = (matterId: string, day: number) =>
  event(
    matterId,
    'MatterReturned',
    { step: 2, body: 'school-union', decidedFor: 'school', reasons: ['缺少安全预案'], returnedAt: at(day) },
    'school-staff',
  );
const resubmitted = (matterId: string, day: number) =>
  event(matterId, 'MatterResubmitted', {
    step: 2,
    body: 'school-union',
    changes: '补充安全预案',
    documents: [{ kind: 'plan', title: '方案（修订）', reference: 'doc-2' }],
    dueBy: `2026-10-${String(day + 5).padStart(2, '0')}`,
    resubmittedAt: at(day),
  });
const approved = (matterId: string, day: number) => [
  event(
    matterId,
    'MatterStepApproved',
    {
      step: 2,
      body: 'school-union',
      decidedFor: 'school',
      notes: '',
      nextStep: null,
      nextBody: null,
      dueBy: null,
      approvedAt: at(day),
    },
    'school-staff',
  ),
  event(matterId, 'MatterApproved', {
    matterType: 'major-activity',
    activity: true,
    policyRevision: '4',
    steps: 2,
    approvedAt: at(day),
  }),
];
const escalated = (matterId: string, day: number) =>
  event(matterId, 'MatterStepEscalated', {
    step: 1,
    body: 'union',
    missedDueBy: `2026-10-${String(day - 1).padStart(2, '0')}`,
    escalatedTo: 'party-committee',
    dueBy: `2026-10-${String(day + 3).padStart(2, '0')}`,
    escalatedAt: at(day),
  });

describe('the matters read model (Art. 12)', () => {
  it('follows a matter through a return and resubmission to approval, each decision attributed', () =>
    given(
      submitted('gala', 1),
      stepOne('gala', 2),
      returned('gala', 3),
      resubmitted('gala', 4),
      ...approved('gala', 5),
    ).thenQuery(
      async (dataSource) => {
        const m = (await findMatter(dataSource, 'gala'))!;
        return {
          status: m.status,
          awaiting: m.awaitingBody,
          dueBy: m.dueBy,
          policyRevision: m.policyRevision,
          documents: m.documents.map((d) => d.title),
          decisions: m.decisions.map((d) => [d.step, d.decision, d.by, d.decidedFor]),
        };
      },
      {
        status: 'approved',
        awaiting: null,
        dueBy: null,
        policyRevision: '4',
        documents: ['方案（修订）'],
        decisions: [
          [1, 'approved', 'arts-staff', 'arts'],
          [2, 'returned', 'school-staff', 'school'],
          [2, 'resubmitted', 'arts-staff', 'arts'],
          [2, 'approved', 'school-staff', 'school'],
        ],
      },
    ));

  it('lists what awaits each body, escalated steps with their escalation body, and what is overdue', () =>
    given(
      submitted('a', 1),
      submitted('b', 2),
      stepOne('b', 2),
      submitted('c', 3),
      escalated('a', 5),
      submitted('d', 3),
      returned('d', 4),
    ).thenQuery(
      async (dataSource) => ({
        union: (await awaitingBody(dataSource, 'union', 'arts')).map((m) => m.matterId),
        school: (await awaitingBody(dataSource, 'school-union', 'school')).map((m) => m.matterId),
        party: (await awaitingBody(dataSource, 'party-committee')).map((m) => m.matterId),
        overdueOct7: (await overdueMatters(dataSource, '2026-10-07')).map((m) => [m.matterId, m.escalatedTo]),
        returned: (await unionMatters(dataSource, 'arts', { status: 'returned' })).map((m) => m.matterId),
      }),
      {
        union: ['c', 'a'],
        school: ['b'],
        party: ['a'],
        overdueOct7: [['c', null]],
        returned: ['d'],
      },
    ));
});
