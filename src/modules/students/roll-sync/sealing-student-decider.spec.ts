import { describe, expect, it } from '@jest/globals';
import type { StudentEvent } from '../domain/student.events.js';
import type { StudentRecord } from '../domain/student-record.js';
import type { StudentKey } from '../personal-data/personal-data-vault.js';
import { newDataKey, open } from '../personal-data/sealing.js';
import { type RecordStudentRow, sealingStudentDecider } from './sealing-student-decider.js';

const key: StudentKey = { studentId: '5e0c9b7a-2f6d-4c1e-8a3b-9d4f1e2c3b4a', dataKey: newDataKey() };
const decider = sealingStudentDecider(key);
const record: StudentRecord = {
  collegeId: 'arts',
  major: '视觉传达设计',
  grade: 2023,
  classId: '视传2301',
  clubs: [],
  politicalStatus: 'CYL',
  rankPercentile: 12,
  failedCourses: 0,
  officer: false,
};

const row = (name: string): RecordStudentRow => ({
  type: 'RecordStudent',
  data: { studentId: key.studentId, studentNumber: '2023010101', name, record, importId: 'imp-1' },
  metadata: {
    now: '2026-09-01T08:00:00.000Z',
    actor: { id: 'staff-1', role: 'union-staff', organisationId: 'school' },
  },
});

const decideAfter = (past: StudentEvent[], command: RecordStudentRow) =>
  ([] as StudentEvent[]).concat(decider.decide(command, past.reduce(decider.evolve, decider.initialState())));

describe('the student decider behind a seal', () => {
  it('seals the name and number it enrols, under the student key', () => {
    const [enrolled] = decideAfter([], row('张三'));
    expect(enrolled!.type).toBe('StudentEnrolled');
    const data = enrolled!.data as Extract<StudentEvent, { type: 'StudentEnrolled' }>['data'];
    expect(JSON.stringify(data)).not.toContain('张三');
    expect(JSON.stringify(data)).not.toContain('2023010101');
    expect(open(key.dataKey, key.studentId, 'name', data.name)).toBe('张三');
    expect(open(key.dataKey, key.studentId, 'studentNumber', data.studentNumber)).toBe('2023010101');
  });

  it('decides nothing for the same row again, although sealing is randomised', () => {
    const past = decideAfter([], row('张三'));
    expect(decideAfter(past, row('张三'))).toEqual([]);
  });

  it('records a new name as a new sealed value, and only the name', () => {
    const past = decideAfter([], row('张三'));
    const [updated] = decideAfter(past, row('张叁'));
    expect(updated!.type).toBe('StudentRecordUpdated');
    const { changes } = updated!.data as Extract<StudentEvent, { type: 'StudentRecordUpdated' }>['data'];
    expect(Object.keys(changes)).toEqual(['name']);
    expect(open(key.dataKey, key.studentId, 'name', changes.name!)).toBe('张叁');
  });
});
