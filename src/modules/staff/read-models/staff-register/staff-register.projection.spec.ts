import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { staffRegisterProjection } from './staff-register.projection.js';
import { chairOn, staffRegister } from './staff-register.queries.js';

const db = projectionDatabase();
const given = givenProjection(staffRegisterProjection, db).given;
const stream = 'staff-school';
const at = (day: number) => `2026-09-${String(day).padStart(2, '0')}T01:00:00.000Z`;
const event = (type: string, data: object) => ({ type, stream, data: { organisationId: 'school', ...data } });
const post = (departmentId: string, role: string) => ({ kind: 'department', departmentId, role });

const history = [
  event('DepartmentCreated', { departmentId: 'office', name: '办公室', createdAt: at(1) }),
  event('DepartmentCreated', { departmentId: 'media', name: '宣传部', createdAt: at(1) }),
  event('DepartmentRenamed', { departmentId: 'media', name: '新媒体中心', renamedAt: at(2) }),
  event('StaffAppointed', { studentId: 's-1', post: post('office', 'head'), checks: [], appointedAt: at(3) }),
  event('StaffAppointed', { studentId: 's-2', post: post('office', 'member'), checks: [], appointedAt: at(3) }),
  event('StaffAppointed', { studentId: 'p-1', post: post('media', 'member'), checks: [], appointedAt: at(3) }),
  event('StaffRemoved', { studentId: 's-2', reason: '毕业', removedAt: at(4) }),
  event('PresidiumSeated', { electionId: 'e-1', memberIds: ['p-1', 'p-2'], leavingIds: [], seatedAt: at(5) }),
  event('DepartmentDissolved', { departmentId: 'media', reason: '合并', dissolvedAt: at(6) }),
  event('ChairRotationScheduled', {
    terms: [
      { from: '2026-09-01', to: '2026-10-31', chairId: 'p-1' },
      { from: '2026-11-01', to: '2026-12-31', chairId: 'p-2' },
    ],
    scheduledAt: at(7),
  }),
];

describe('the staff register read model', () => {
  it('keeps live departments with their sizes, post holders presidium first, and the counts the caps apply to', () =>
    given(...history).thenQuery(
      async (dataSource) => {
        const r = await staffRegister(dataSource, 'school');
        return {
          counts: r.counts,
          departments: r.departments,
          staff: r.staff.map((s) => [s.studentId, s.post, s.role]),
        };
      },
      {
        counts: { staff: 3, presidium: 2, departments: 1 },
        departments: [{ departmentId: 'office', name: '办公室', members: 1 }],
        staff: [
          ['p-1', 'presidium', null],
          ['p-2', 'presidium', null],
          ['s-1', 'department', 'head'],
        ],
      },
    ));

  it('answers who chairs on a date, and nobody outside the terms', async () => {
    await given(...history).thenQuery((dataSource) => chairOn(dataSource, 'school', '2026-11-15'), 'p-2');
    await given(...history).thenQuery((dataSource) => chairOn(dataSource, 'school', '2027-01-05'), null);
  });
});
