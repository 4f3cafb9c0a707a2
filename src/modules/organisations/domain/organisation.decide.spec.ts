import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import { type CharterPolicy, type PolicyChanges, policyViolations, withChanges } from './charter-policy.js';
import type { ChangePolicy, RegisterOrganisation } from './organisation.commands.js';
import { organisationDecider } from './organisation.decide.js';
import {
  NameRequired,
  OrganisationAlreadyRegistered,
  OrganisationNotRegistered,
  ParentKindMismatch,
  PolicyNotApplicable,
  PolicyOutOfRange,
} from './organisation.errors.js';
import type { OrganisationRegistered, PolicyChanged } from './organisation.events.js';

const given = givenDecider(organisationDecider);

describe('Organisation', () => {
  describe('before it is registered', () => {
    it('registers the school union with the charter defaults', () => given().when(register({})).then(registered({})));

    it('lays overrides over the defaults', () =>
      given()
        .when(register({ policyOverrides: { presidiumSeats: 5 } }))
        .then(registered({ policy: { ...schoolPolicy, presidiumSeats: 5 } })));

    it('registers a college union under the school union', () =>
      given()
        .when(
          register({
            organisationId: 'arts',
            kind: 'college-union',
            parent: { organisationId: 'school', kind: 'school-union' },
          }),
        )
        .then(registered({ organisationId: 'arts', kind: 'college-union', parentId: 'school' })));

    it('refuses a college union without a registered school union above it', () =>
      given()
        .when(
          register({
            organisationId: 'arts',
            kind: 'college-union',
            parent: { organisationId: 'nowhere', kind: null },
          }),
        )
        .thenRejects(ParentKindMismatch, /not registered/));

    it('refuses a class league branch placed directly under a college union', () =>
      given()
        .when(
          register({
            organisationId: 'c1',
            kind: 'class-league-branch',
            parent: { organisationId: 'arts', kind: 'college-union' },
          }),
        )
        .thenRejects(ParentKindMismatch, /college-league-org/));

    it('refuses a parent for a body at the top', () =>
      given()
        .when(register({ kind: 'party-committee', parent: { organisationId: 'school', kind: 'school-union' } }))
        .thenRejects(ParentKindMismatch));

    it('gives oversight bodies no charter policy and refuses one', () => {
      given()
        .when(register({ organisationId: 'pc', kind: 'party-committee', defaultPolicy: null }))
        .then(registered({ organisationId: 'pc', kind: 'party-committee', policy: null }));
      given()
        .when(register({ organisationId: 'pc', kind: 'party-committee', policyOverrides: { presidiumSeats: 2 } }))
        .thenRejects(PolicyNotApplicable);
    });

    it('refuses a quorum of half or less', () =>
      given()
        .when(register({ policyOverrides: { quorum: { numerator: 1, denominator: 2 } } }))
        .thenRejects(PolicyOutOfRange, /quorum/));

    it('refuses a blank name', () =>
      given()
        .when(register({ name: '   ' }))
        .thenRejects(NameRequired));

    it('refuses a policy change', () =>
      given()
        .when(change({ presidiumSeats: 3 }))
        .thenRejects(OrganisationNotRegistered));
  });

  describe('once registered', () => {
    it('refuses to register it again', () =>
      given(registered({})).when(register({})).thenRejects(OrganisationAlreadyRegistered));

    it('records a policy change with its reason and the resulting policy', () =>
      given(registered({}))
        .when(change({ staff: { min: 0, max: 45 } }))
        .then(policyChanged({ staff: { min: 0, max: 45 } }, { ...schoolPolicy, staff: { min: 0, max: 45 } })));

    it('records nothing when the change leaves the policy as it was', () =>
      given(registered({}))
        .when(change({ presidiumSeats: 4 }))
        .thenNothingHappens());

    it('refuses staff bounds that cross', () =>
      given(registered({}))
        .when(change({ staff: { min: 50, max: 40 } }))
        .thenRejects(PolicyOutOfRange, /staff/));
  });
});

describe('policyViolations', () => {
  it('accepts the seed charter defaults', () => expect(policyViolations(schoolPolicy)).toEqual([]));

  it('names every field at fault', () =>
    expect(
      policyViolations({
        ...schoolPolicy,
        presidiumSeats: 0,
        nonOfficerShareMin: { numerator: 3, denominator: 0 },
      }).map((v) => v.field),
    ).toEqual(['presidiumSeats', 'nonOfficerShareMin']));

  it('checks the college assessment’s semesters and rectification days (Art. 17 (5))', () => {
    const assessment = {
      semesters: [
        { key: 'autumn', starts: '09-01', ends: '01-31' },
        { key: 'spring', starts: '02-15', ends: '07-15' },
      ],
      rectificationDays: 30,
    };
    const fields = (collegeAssessment: object) =>
      policyViolations({ ...schoolPolicy, collegeAssessment } as CharterPolicy).map((v) => v.field);
    expect(fields(assessment)).toEqual([]);
    expect(fields({ ...assessment, semesters: [assessment.semesters[0], assessment.semesters[0]] })).toEqual([
      'collegeAssessment.semesters',
    ]);
    expect(fields({ ...assessment, semesters: [{ key: 'autumn', starts: '02-29', ends: '07-15' }] })).toEqual([
      'collegeAssessment.semesters',
    ]);
    expect(fields({ ...assessment, semesters: [] })).toEqual(['collegeAssessment.semesters']);
    expect(fields({ ...assessment, rectificationDays: 0 })).toEqual(['collegeAssessment.rectificationDays']);
  });

  it('checks the staff review rules: panel, rubric, weights adding up to 1, rounding, whole pass mark', () => {
    const seed = JSON.parse(readFileSync(new URL('../../../../config/charter-policy.json', import.meta.url), 'utf8'));
    const review = seed['school-union'].staffReview as NonNullable<CharterPolicy['staffReview']>;
    const fields = (staffReview: object) =>
      policyViolations({ ...schoolPolicy, staffReview } as CharterPolicy).map((v) => v.field);
    expect(fields(review)).toEqual([]);
    const total = (part: 'daily' | 'concentrated') => review.rubric[part].reduce((sum, i) => sum + i.max, 0);
    expect([total('daily'), total('concentrated')]).toEqual([100, 100]);
    expect(fields({ ...review, weights: { ...review.weights, daily: { numerator: 2, denominator: 3 } } })).toEqual([
      'staffReview.weights',
    ]);
    expect(fields({ ...review, panel: { ...review.panel, delegateShare: { numerator: 1, denominator: 3 } } })).toEqual([
      'staffReview.panel',
    ]);
    expect(fields({ ...review, aggregation: 'trimmed-mean', panel: { ...review.panel, minSize: 2 } })).toEqual([
      'staffReview.panel',
    ]);
    const duplicated = { ...review.rubric, daily: [review.rubric.daily[0], review.rubric.daily[0]] };
    expect(fields({ ...review, rubric: duplicated })).toEqual(['staffReview.rubric']);
    expect(fields({ ...review, rounding: 'up', passMark: 59.5, decimals: 5 })).toEqual([
      'staffReview.decimals',
      'staffReview.rounding',
      'staffReview.passMark',
    ]);
    expect(
      withChanges({ ...schoolPolicy, staffReview: review }, { staffReview: { passMark: 70 } }).staffReview,
    ).toEqual({ ...review, passMark: 70 });
  });

  it('changes one part of the college assessment and keeps the rest', () => {
    const before = { ...schoolPolicy, collegeAssessment: { semesters: [], rectificationDays: 30 } };
    expect(withChanges(before, { collegeAssessment: { rectificationDays: 14 } }).collegeAssessment).toEqual({
      semesters: [],
      rectificationDays: 14,
    });
  });

  it('checks the approval chains (Art. 12) and merges a changed matter type by its key', () => {
    const activity = {
      key: 'major-activity',
      activity: true,
      chain: [
        { body: 'union', days: 3 },
        { body: 'youth-league-committee', days: 5 },
      ],
      submitters: ['union-staff'],
      documents: ['plan'],
      escalateTo: 'party-committee',
    } as const;
    const fields = (matterTypes: object[]) =>
      policyViolations({ ...schoolPolicy, approvals: { matterTypes } } as CharterPolicy).map((v) => v.field);
    expect(fields([activity])).toEqual([]);
    expect(fields([activity, activity])).toEqual(['approvals.matterTypes']);
    expect(fields([{ ...activity, chain: [] }])).toEqual(['approvals.matterTypes']);
    expect(fields([{ ...activity, chain: [{ body: 'dean', days: 3 }] }])).toEqual(['approvals.matterTypes']);
    expect(fields([{ ...activity, escalateTo: 'nobody' }])).toEqual(['approvals.matterTypes']);
    const publication = { ...activity, key: 'publication', activity: false };
    const before = { ...schoolPolicy, approvals: { matterTypes: [activity, publication] } };
    const longer = { ...activity, chain: [...activity.chain, { body: 'student-affairs' as const, days: 5 }] };
    const contact = { ...publication, key: 'external-contact' };
    expect(withChanges(before, { approvals: { matterTypes: [longer, contact] } }).approvals).toEqual({
      matterTypes: [longer, publication, contact],
    });
  });
});

const now = '2026-09-01T08:00:00.000Z';
const actor = { id: 'staff-1', role: 'admin', organisationId: '*' };
const schoolPolicy: CharterPolicy = {
  staff: { min: 0, max: 40 },
  presidiumSeats: 4,
  departments: 6,
  quorum: { numerator: 2, denominator: 3 },
  delegateShareMin: { numerator: 1, denominator: 100 },
  delegateMinPerCollege: 5,
  nonOfficerShareMin: { numerator: 3, denominator: 5 },
  staffEligibility: { politicalStatuses: ['CPC', 'CYL'], topPercentOfMajor: 30, maxFailedCourses: 0 },
};

function register(data: Partial<RegisterOrganisation['data']>): RegisterOrganisation {
  return {
    type: 'RegisterOrganisation',
    data: {
      organisationId: 'school',
      kind: 'school-union',
      name: '校学生会',
      parent: null,
      defaultPolicy: schoolPolicy,
      policyOverrides: {},
      ...data,
    },
    metadata: { now, actor },
  };
}

function registered(data: Partial<OrganisationRegistered['data']>): OrganisationRegistered {
  return {
    type: 'OrganisationRegistered',
    data: {
      organisationId: 'school',
      kind: 'school-union',
      name: '校学生会',
      parentId: null,
      policy: schoolPolicy,
      registeredAt: now,
      ...data,
    },
  };
}

function change(changes: PolicyChanges): ChangePolicy {
  return {
    type: 'ChangePolicy',
    data: { organisationId: 'school', changes, reason: 'Congress resolution 2026-3' },
    metadata: { now, actor },
  };
}

function policyChanged(changes: PolicyChanges, policy: CharterPolicy): PolicyChanged {
  return {
    type: 'PolicyChanged',
    data: { organisationId: 'school', changes, policy, reason: 'Congress resolution 2026-3', changedAt: now },
  };
}
