import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import type { Sealed } from '../../domain/student-record.js';
import { loadPersonalDataKeys } from '../../personal-data/master-key.js';
import { ERASED, newDataKey, seal, studentNumberIndex, wrapDataKey } from '../../personal-data/sealing.js';
import { eraseIdentity, insertIdentities } from '../../personal-data/student-identities.js';
import { createStudentRosterProjection } from './student-roster.projection.js';
import { countEnrolledStudents, findStudent, listStudents } from './student-roster.queries.js';

const db = projectionDatabase();
/** This file's own master key: the roster opens what the students module sealed under it. */
const keys = loadPersonalDataKeys({ PII_MASTER_KEY: randomBytes(32).toString('hex') });
const given = givenProjection(
  createStudentRosterProjection(() => keys),
  db,
).given;

type Student = Readonly<{ studentId: string; number: string; dataKey: Buffer }>;
const student = (number: string): Student => ({ studentId: randomUUID(), number, dataKey: newDataKey() });
const li = student('2024010101');
const zhang = student('2024010102');
const erased = student('2023020201');

beforeAll(async () => {
  await insertIdentities(
    db.dataSource(),
    [li, zhang, erased].map((s) => ({
      studentId: s.studentId,
      numberIndex: studentNumberIndex(keys, s.number),
      wrappedKey: wrapDataKey(keys, s.studentId, s.dataKey),
    })),
  );
  // The erased student's key is destroyed, as erasure does beside its event.
  await eraseIdentity(db.dataSource(), erased.studentId);
});

const sealed = (s: Student, field: 'name' | 'studentNumber', value: string): Sealed =>
  seal(s.dataKey, s.studentId, field, value);
const record = {
  collegeId: 'arts',
  major: '汉语言文学',
  grade: 2024,
  classId: 'arts-2024-1',
  clubs: ['话剧社'],
  politicalStatus: 'CYL',
  rankPercentile: 12,
  failedCourses: 0,
  officer: false,
};
const enrolled = (s: Student, name: string, extra: Record<string, unknown> = {}) => ({
  type: 'StudentEnrolled',
  stream: `student-${s.studentId}`,
  data: {
    studentId: s.studentId,
    studentNumber: sealed(s, 'studentNumber', s.number),
    name: sealed(s, 'name', name),
    importId: 'i1',
    enrolledAt: '2026-03-01T08:00:00.000Z',
    ...record,
    ...extra,
  },
});
const on = (s: Student, type: string, data: Record<string, unknown>) => ({
  type,
  stream: `student-${s.studentId}`,
  data: { studentId: s.studentId, ...data },
});

describe('student roster projection', () => {
  it('opens the sealed name and student number of an enrolled student', () =>
    given(enrolled(li, '李娜')).thenQuery((ds) => findStudent(ds, li.studentId), {
      studentId: li.studentId,
      studentNumber: '2024010101',
      name: '李娜',
      ...record,
      status: 'enrolled',
      enrolledAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
    }));

  it('applies only the changed fields of an update, a new name opened like the first', () =>
    given(
      enrolled(li, '李娜'),
      on(li, 'StudentRecordUpdated', {
        changes: { name: sealed(li, 'name', '李娜娜'), clubs: ['话剧社', '辩论社'], rankPercentile: 8, officer: true },
        importId: 'i2',
        updatedAt: '2026-04-01T08:00:00.000Z',
      }),
    ).then(
      `SELECT name, student_number, clubs, rank_percentile, officer, major, status, updated_at, last_revision FROM student_roster`,
      [
        {
          name: '李娜娜',
          student_number: '2024010101',
          clubs: ['话剧社', '辩论社'],
          rank_percentile: 8,
          officer: true,
          major: '汉语言文学',
          status: 'enrolled',
          updated_at: new Date('2026-04-01T08:00:00.000Z'),
          last_revision: '1',
        },
      ],
    ));

  it('marks a student who left and enrols them again on a later import', () =>
    given(
      enrolled(li, '李娜'),
      enrolled(zhang, '张伟', { collegeId: 'law', classId: 'law-2024-2', officer: true }),
      on(zhang, 'StudentLeft', { collegeId: 'law', importId: 'i2', leftAt: '2026-04-01T08:00:00.000Z' }),
      on(li, 'StudentLeft', { collegeId: 'arts', importId: 'i2', leftAt: '2026-04-01T08:00:00.000Z' }),
      enrolled(li, '李娜', { classId: 'arts-2024-3', enrolledAt: '2026-09-01T08:00:00.000Z' }),
    ).thenQuery(
      async (ds) =>
        (await listStudents(ds, { limit: 10, offset: 0 })).items.map((s) => [
          s.name,
          s.collegeId,
          s.classId,
          s.status,
          s.updatedAt,
        ]),
      [
        ['李娜', 'arts', 'arts-2024-3', 'enrolled', '2026-09-01T08:00:00.000Z'],
        ['张伟', 'law', 'law-2024-2', 'left', '2026-04-01T08:00:00.000Z'],
      ],
    ));

  it('counts enrolled students and officers per college and grade, not those who left', () =>
    given(
      enrolled(li, '李娜', { officer: true }),
      enrolled(zhang, '张伟'),
      enrolled(erased, '王强', { grade: 2023, classId: 'arts-2023-1' }),
      on(zhang, 'StudentLeft', { collegeId: 'arts', importId: 'i2', leftAt: '2026-04-01T08:00:00.000Z' }),
    ).thenQuery(countEnrolledStudents, [
      { collegeId: 'arts', grade: 2023, students: 1, officers: 0 },
      { collegeId: 'arts', grade: 2024, students: 1, officers: 1 },
    ]));

  it('reads a student whose key is destroyed as erased, before the erasure event is replayed', () =>
    given(enrolled(erased, '王强', { grade: 2023 })).then(`SELECT name, student_number, status FROM student_roster`, [
      { name: ERASED, student_number: ERASED, status: 'enrolled' },
    ]));

  it('keeps only id, college, grade and status of an erased student', () =>
    given(
      enrolled(erased, '王强', {
        grade: 2023,
        classId: 'arts-2023-1',
        clubs: ['书法社'],
        politicalStatus: 'CPC',
        officer: true,
      }),
      on(erased, 'PersonalDataErased', { erasedAt: '2026-05-01T08:00:00.000Z' }),
    ).thenQuery((ds) => findStudent(ds, erased.studentId), {
      studentId: erased.studentId,
      studentNumber: null,
      name: null,
      collegeId: 'arts',
      major: null,
      grade: 2023,
      classId: null,
      clubs: [],
      politicalStatus: null,
      rankPercentile: null,
      failedCourses: null,
      officer: null,
      status: 'erased',
      enrolledAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-05-01T08:00:00.000Z',
    }));
});
