import { describe, expect, it } from '@jest/globals';
import {
  expectBatchesEqualOneByOne,
  givenProjection,
  projectionDatabase,
  recordEvents,
} from '../../../../../test/support/given-projection.js';
import type { CharterPolicy } from '../../domain/charter-policy.js';
import { organisationDirectoryProjection } from './organisation-directory.projection.js';
import { findOrganisation, listOrganisations } from './organisation-directory.queries.js';

const db = projectionDatabase();
const given = givenProjection(organisationDirectoryProjection, db).given;

const policy: CharterPolicy = {
  staff: { min: 20, max: 40 },
  presidiumSeats: 4,
  departments: 6,
  quorum: { numerator: 2, denominator: 3 },
  delegateShareMin: { numerator: 1, denominator: 100 },
  delegateMinPerCollege: 5,
  nonOfficerShareMin: { numerator: 3, denominator: 5 },
  staffEligibility: { politicalStatuses: ['CPC', 'CYL'], topPercentOfMajor: 30, maxFailedCourses: 0 },
};

const registered = (organisationId: string, kind: string, name: string, parentId: string | null, at: string) => ({
  type: 'OrganisationRegistered',
  stream: `organisation-${organisationId}`,
  data: { organisationId, kind, name, parentId, policy: kind === 'party-committee' ? null : policy, registeredAt: at },
});

const ROWS = `SELECT organisation_id, kind, name, parent_id, policy, policy_changes, registered_at, updated_at, last_revision
                FROM organisation_directory ORDER BY organisation_id`;

describe('organisation directory projection', () => {
  it('lists a registered school union and a college union under it', () =>
    given(
      registered('school', 'school-union', '校学生会', null, '2026-03-01T08:00:00.000Z'),
      registered('arts', 'college-union', '文学院学生会', 'school', '2026-03-02T09:30:00.000Z'),
    ).then(ROWS, [
      {
        organisation_id: 'arts',
        kind: 'college-union',
        name: '文学院学生会',
        parent_id: 'school',
        policy,
        policy_changes: 0,
        registered_at: new Date('2026-03-02T09:30:00.000Z'),
        updated_at: new Date('2026-03-02T09:30:00.000Z'),
        last_revision: '0',
      },
      {
        organisation_id: 'school',
        kind: 'school-union',
        name: '校学生会',
        parent_id: null,
        policy,
        policy_changes: 0,
        registered_at: new Date('2026-03-01T08:00:00.000Z'),
        updated_at: new Date('2026-03-01T08:00:00.000Z'),
        last_revision: '0',
      },
    ]));

  it('keeps no policy for an oversight body', () =>
    given(registered('pc', 'party-committee', '校党委', null, '2026-03-01T08:00:00.000Z')).then(
      'SELECT organisation_id, policy FROM organisation_directory',
      [{ organisation_id: 'pc', policy: null }],
    ));

  it('counts policy changes, keeps the newest policy and the last rename', () =>
    given(
      registered('school', 'school-union', '校学生会', null, '2026-03-01T08:00:00.000Z'),
      {
        type: 'PolicyChanged',
        stream: 'organisation-school',
        data: {
          organisationId: 'school',
          changes: { presidiumSeats: 5 },
          policy: { ...policy, presidiumSeats: 5 },
          reason: '章程修订',
          changedAt: '2026-03-05T10:00:00.000Z',
        },
      },
      {
        type: 'PolicyChanged',
        stream: 'organisation-school',
        data: {
          organisationId: 'school',
          changes: { departments: 7 },
          policy: { ...policy, presidiumSeats: 5, departments: 7 },
          reason: '新设部门',
          changedAt: '2026-03-06T10:00:00.000Z',
        },
      },
      {
        type: 'OrganisationRenamed',
        stream: 'organisation-school',
        data: { organisationId: 'school', name: '校学生联合会', renamedAt: '2026-03-07T11:00:00.000Z' },
      },
    ).thenQuery((ds) => findOrganisation(ds, 'school'), {
      organisationId: 'school',
      kind: 'school-union',
      name: '校学生联合会',
      parentId: null,
      policy: { ...policy, presidiumSeats: 5, departments: 7 },
      policyChanges: 2,
      registeredAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-07T11:00:00.000Z',
    }));

  it('filters by parent, and ignores events it does not handle', () =>
    given(
      registered('school', 'school-union', '校学生会', null, '2026-03-01T08:00:00.000Z'),
      registered('arts', 'college-union', '文学院学生会', 'school', '2026-03-02T09:30:00.000Z'),
      registered('law', 'college-union', '法学院学生会', 'school', '2026-03-02T09:40:00.000Z'),
      { type: 'StudentEnrolled', stream: 'student-s1', data: { organisationId: 'arts', name: 'x' } },
    ).thenQuery(
      async (ds) => (await listOrganisations(ds, { parentId: 'school' })).map((o) => o.name),
      ['文学院学生会', '法学院学生会'],
    ));

  it('leaves, applied by batches, exactly the rows it leaves one event at a time, replays included', async () => {
    const changed = (organisationId: string, presidiumSeats: number, at: string) => ({
      type: 'PolicyChanged',
      stream: `organisation-${organisationId}`,
      data: { organisationId, policy: { ...policy, presidiumSeats }, changedAt: at },
    });
    const renamed = (organisationId: string, name: string, at: string) => ({
      type: 'OrganisationRenamed',
      stream: `organisation-${organisationId}`,
      data: { organisationId, name, renamedAt: at },
    });
    const log = recordEvents([
      registered('school', 'school-union', '校学生会', null, '2026-03-01T08:00:00.000Z'),
      changed('school', 5, '2026-03-02T08:00:00.000Z'),
      registered('arts', 'college-union', '文学院学生会', 'school', '2026-03-02T09:30:00.000Z'),
      renamed('arts', '文学与传媒学院学生会', '2026-03-03T09:30:00.000Z'),
      changed('school', 6, '2026-03-04T08:00:00.000Z'),
      renamed('school', '校学生联合会', '2026-03-05T08:00:00.000Z'),
      // an organisation the directory never registered: nothing to change
      renamed('ghost', '无', '2026-03-05T09:00:00.000Z'),
    ]);
    // the second batch replays the first batch's last two events (a restart after a crash) before going on
    const batches = [log.slice(0, 4), [...log.slice(2, 4), ...log.slice(4)]];
    const oneByOne = await expectBatchesEqualOneByOne(organisationDirectoryProjection, db, batches, ROWS);
    expect(oneByOne.map((r) => [r.name, r.policy_changes])).toEqual([
      ['文学与传媒学院学生会', 0],
      ['校学生联合会', 2],
    ]);
  });
});
