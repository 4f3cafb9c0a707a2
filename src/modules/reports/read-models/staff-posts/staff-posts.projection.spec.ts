import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { staffPostsProjection } from './staff-posts.projection.js';
import { staffPostsSummary } from './staff-posts.queries.js';

const db = projectionDatabase();
const given = givenProjection(staffPostsProjection, db).given;

const S = 'staff-register-school';
const e = (type: string, data: Record<string, unknown>) => ({
  type,
  stream: S,
  data: { organisationId: 'school', ...data },
});
const appointed = (studentId: string, post: Record<string, unknown>) =>
  e('StaffAppointed', { studentId, post, checks: [], appointedAt: '2026-06-01T02:00:00.000Z' });

describe('staff posts report projection', () => {
  it('counts staff in post, the presidium, and heads and members of each live department', () =>
    given(
      e('DepartmentCreated', { departmentId: 'd1', name: '宣传部', createdAt: '2026-06-01T01:00:00.000Z' }),
      e('DepartmentCreated', { departmentId: 'd2', name: '文体部', createdAt: '2026-06-01T01:00:00.000Z' }),
      e('DepartmentCreated', { departmentId: 'd3', name: '旧部门', createdAt: '2026-06-01T01:00:00.000Z' }),
      e('DepartmentRenamed', { departmentId: 'd2', name: '文艺部', renamedAt: '2026-06-01T01:30:00.000Z' }),
      e('DepartmentDissolved', { departmentId: 'd3', reason: '合并', dissolvedAt: '2026-06-01T01:40:00.000Z' }),
      appointed('s1', { kind: 'department', departmentId: 'd1', role: 'head' }),
      appointed('s2', { kind: 'department', departmentId: 'd1', role: 'member' }),
      appointed('s3', { kind: 'department', departmentId: 'd2', role: 'member' }),
      appointed('s4', { kind: 'presidium' }),
      e('StaffRemoved', { studentId: 's3', reason: '毕业', removedAt: '2026-06-02T00:00:00.000Z' }),
      e('PresidiumSeated', {
        electionId: 'p1',
        memberIds: ['s5', 's6', 's2'],
        leavingIds: ['s4'],
        seatedAt: '2026-06-03T00:00:00.000Z',
      }),
    ).thenQuery((ds) => staffPostsSummary(ds, 'school'), {
      organisationId: 'school',
      staff: 4,
      presidium: 3,
      departments: [
        { departmentId: 'd1', name: '宣传部', heads: 1, members: 0 },
        { departmentId: 'd2', name: '文艺部', heads: 0, members: 0 },
      ],
    }));
});
