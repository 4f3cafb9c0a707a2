import type { ReviewRules } from '../../src/modules/staff-review/domain/review-rules.js';
import type { StaffReviewCommand } from '../../src/modules/staff-review/domain/staff-review.commands.js';
import { staffReviewDecider } from '../../src/modules/staff-review/domain/staff-review.decide.js';
import type {
  ReviewResultsPublished,
  GivenSheet,
  StaffReviewEvent,
} from '../../src/modules/staff-review/domain/staff-review.events.js';
import { decisionsOf } from './decider-spec.js';

/** A semester review to start specs from: small rules, two reviewees (p1 presidium, h1 a head), a six-member panel. */
export const half = { numerator: 1, denominator: 2 };
export const rules: ReviewRules = {
  openingDays: 31,
  panel: { minSize: 5, delegateShare: half, requiredBodies: ['student-affairs', 'youth-league-committee'] },
  rubric: {
    version: 'v1',
    daily: [
      { key: 'conduct', max: 60, article: '评议办法第七条' },
      { key: 'work', max: 40, article: '评议办法第十条' },
    ],
    concentrated: [{ key: 'report', max: 100, article: '评议办法第十二条' }],
  },
  aggregation: 'mean',
  weights: { daily: half, concentrated: half },
  decimals: 2,
  rounding: 'half-up',
  passMark: 60,
  appealDays: 7,
};
/** 2027-01-10 10:00 in Beijing: within the last month of the autumn semester (ends 2027-01-31) */
export const jan10 = '2027-01-10T02:00:00.000Z';
export const jan12 = '2027-01-12T02:00:00.000Z';
export const jan25 = '2027-01-25T02:00:00.000Z';
export const as = (id: string, now = jan10, role = 'delegate') => ({
  now,
  actor: { id, role, organisationId: 'school' },
});
export const staff = (now = jan10) => as('secretary', now, 'union-staff');

export const open = (
  extra: Partial<Extract<StaffReviewCommand, { type: 'OpenReviewPeriod' }>['data']> = {},
  now = jan10,
) =>
  ({
    type: 'OpenReviewPeriod',
    data: {
      organisationId: 'school',
      semester: '2026-autumn',
      semesterDates: { starts: '2026-09-01', ends: '2027-01-31' },
      rules,
      inOffice: [
        { studentId: 'p1', post: { kind: 'presidium' } },
        { studentId: 'h1', post: { kind: 'department-head', departmentId: 'study' } },
      ],
      ...extra,
    },
    metadata: staff(now),
  }) as StaffReviewCommand;
export const congress = {
  congressId: 'c2026',
  organisationId: 'school',
  seatedDelegateIds: ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'h1'],
};
export const member = (panellistId: string) => ({
  panellistId,
  body: panellistId.startsWith('sa')
    ? ('student-affairs' as const)
    : panellistId.startsWith('yl')
      ? ('youth-league-committee' as const)
      : ('delegate' as const),
});
export const appoint = (ids: string[], revieweeId: string | null = null, now = jan10) =>
  ({
    type: 'AppointPanellists',
    data: { revieweeId, congress, members: ids.map(member) },
    metadata: staff(now),
  }) as StaffReviewCommand;
export const sheet = (conduct: number, work: number, report: number): GivenSheet => ({
  daily: { conduct, work },
  concentrated: { report },
});
export const scoreBy = (panellistId: string, revieweeId: string, s: GivenSheet, now = jan10) =>
  ({ type: 'SubmitScore', data: { revieweeId, sheet: s }, metadata: as(panellistId, now) }) as StaffReviewCommand;
export const conflict = (panellistId: string, revieweeId: string, now = jan10) =>
  ({
    type: 'DeclareConflict',
    data: { revieweeId, conflict: '同宿舍' },
    metadata: as(panellistId, now),
  }) as StaffReviewCommand;
export const publish = (now = jan10) =>
  ({ type: 'PublishReviewResults', data: {}, metadata: staff(now) }) as StaffReviewCommand;
export const appeal = (by: string, revieweeId = by, now = jan12) =>
  ({
    type: 'FileReviewAppeal',
    data: { revieweeId, reasons: '述职材料未被完整查阅' },
    metadata: as(by, now, 'union-staff'),
  }) as StaffReviewCommand;
export const decideAppeal = (revieweeId: string, now = jan12) =>
  ({ type: 'DecideReviewAppeal', data: { revieweeId }, metadata: staff(now) }) as StaffReviewCommand;
export const decidePost = (revieweeId: string, now = jan25, stillInOffice = true) =>
  ({
    type: 'DecidePost',
    data: { revieweeId, decision: 'remove', reason: '经研究决定免职', stillInOffice },
    metadata: staff(now),
  }) as StaffReviewCommand;

export const play = decisionsOf(staffReviewDecider);

export const PANEL = ['d1', 'd2', 'd3', 'h1', 'sa1', 'yl1'];
/** p1 scored by all six; h1 by the five others (not himself). */
export const scored = (p1 = sheet(50, 30, 80), h1 = sheet(30, 20, 50)) => [
  open(),
  appoint(PANEL),
  ...PANEL.map((id) => scoreBy(id, 'p1', p1)),
  ...PANEL.filter((id) => id !== 'h1').map((id) => scoreBy(id, 'h1', h1)),
];
export const publishedEvent = (events: StaffReviewEvent[]) =>
  events.find((e): e is ReviewResultsPublished => e.type === 'ReviewResultsPublished')!;
