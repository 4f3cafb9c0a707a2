import { describe, expect, it } from '@jest/globals';
import { ImportRejected, type RollTable } from './roll-table.js';
import { collegeIdsIn, mapColumns, validateRoll } from './roll-validator.js';

const HEADERS = [
  '学号',
  '姓名',
  '学院',
  '专业',
  '年级',
  '班级',
  '社团',
  '政治面貌',
  '专业排名百分比',
  '不及格门数',
  '学生会骨干',
];
const registered = new Set(['arts', 'science']);
const facts = { isRegisteredCollege: (id: string) => registered.has(id) };

function table(rows: string[][], headers = HEADERS): RollTable {
  return { headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

function validate(t: RollTable, scopeCollegeId?: string) {
  return validateRoll(t, mapColumns(t, scopeCollegeId), { ...facts, scopeCollegeId });
}

const good = [
  '2023010101',
  '张三',
  'arts',
  '视觉传达设计',
  '2023',
  '视传2301',
  '摄影社；辩论队;  ',
  '共青团员',
  '12',
  '0',
  '否',
];

describe('validating a roll', () => {
  it('reads a good row into a student record', () => {
    const roll = validate(table([good]));
    expect(roll.problems).toEqual([]);
    expect(roll.rows).toEqual([
      {
        row: 2,
        studentNumber: '2023010101',
        name: '张三',
        record: {
          collegeId: 'arts',
          major: '视觉传达设计',
          grade: 2023,
          classId: '视传2301',
          clubs: ['摄影社', '辩论队'],
          politicalStatus: 'CYL',
          rankPercentile: 12,
          failedCourses: 0,
          officer: false,
        },
      },
    ]);
  });

  it('accepts the English headers, 2023级, 5%, full-width digits and the Chinese and English statuses', () => {
    const english = [
      'Student Number',
      'name',
      'COLLEGE',
      'major',
      'cohort',
      'class',
      'clubs',
      'political_status',
      'rankPercentile',
      'failed-courses',
      'officer',
    ];
    const roll = validate(
      table(
        [
          [
            '２０２３０１０１０２',
            ' 欧阳 娜娜 ',
            'Arts',
            '环境设计',
            '2023级',
            '环设2301',
            '',
            '中共预备党员',
            '5%',
            '0',
            '是',
          ],
          ['2023010103', 'Li Ming', 'science', 'Physics', '2024', 'P2401', '', 'none', '100', '3', 'TRUE'],
          ['2023010104', '王五', 'science', 'Physics', '2024', 'P2401', '', 'CPC', '1', '0', 'no'],
        ],
        english,
      ),
    );
    expect(roll.problems).toEqual([]);
    expect(
      roll.rows.map((r) => [
        r.studentNumber,
        r.name,
        r.record.collegeId,
        r.record.grade,
        r.record.politicalStatus,
        r.record.rankPercentile,
        r.record.officer,
      ]),
    ).toEqual([
      ['2023010102', '欧阳 娜娜', 'arts', 2023, 'CPC', 5, true],
      ['2023010103', 'Li Ming', 'science', 2024, 'none', 100, true],
      ['2023010104', '王五', 'science', 2024, 'CPC', 1, false],
    ]);
  });

  it('reports every problem of every bad row with row, column, value and rule', () => {
    const roll = validate(
      table([
        good,
        ['2023010105', '', 'law', '法学', '23', '法2301', '', '团员', '0', '0', '否'],
        ['2023010106', '赵六', 'arts', '视觉传达设计', '2023', '视传2301', '', '少先队员', '101', '-1', 'maybe'],
        ['', '孙七', 'arts', '视觉传达设计', '2023', '视传2301', '', '群众', 'abc', '0', '否'],
      ]),
    );
    expect(roll.rows.map((r) => r.row)).toEqual([2]);
    expect(roll.rejectedRows).toBe(3);
    expect(roll.problems.map((p) => [p.row, p.column, p.value, p.rule])).toEqual([
      [3, '姓名', null, 'required'],
      [3, '学院', 'law', 'college-unknown'],
      [3, '年级', '23', 'grade-format'],
      [3, '专业排名百分比', '0', 'rank-percentile-range'],
      [4, '政治面貌', '少先队员', 'political-status-unknown'],
      [4, '不及格门数', '-1', 'whole-number'],
      [4, '学生会骨干', 'maybe', 'officer-yes-no'],
      [4, '专业排名百分比', '101', 'rank-percentile-range'],
      [5, '学号', null, 'required'],
      [5, '专业排名百分比', 'abc', 'whole-number'],
    ]);
    expect(roll.problems.every((p) => p.message.length > 0)).toBe(true);
    expect(roll.rejectedNumbers).toEqual(['2023010105', '2023010106']);
  });

  it('refuses every row of a student number that appears twice, without echoing the number', () => {
    const roll = validate(
      table([
        good,
        ['2023010102', '李四', 'arts', '视觉传达设计', '2023', '视传2301', '', '群众', '50', '0', '否'],
        good,
      ]),
    );
    expect(roll.rows.map((r) => r.row)).toEqual([3]);
    expect(roll.problems.map((p) => [p.row, p.rule, p.message])).toEqual([
      [2, 'student-number-duplicate', 'the same student number is also on row(s) 4'],
      [4, 'student-number-duplicate', 'the same student number is also on row(s) 2'],
    ]);
  });

  it('keeps an import for one college to that college; its rows may leave the college empty', () => {
    const noCollege = HEADERS.filter((h) => h !== '学院');
    const scoped = validate(table([good.filter((_, i) => i !== 2)], noCollege), 'arts');
    expect(scoped.rows[0]!.record.collegeId).toBe('arts');
    const other = validate(table([good.map((c, i) => (i === 2 ? 'science' : c))]), 'arts');
    expect(other.problems.map((p) => p.rule)).toEqual(['college-out-of-scope']);
  });

  it('skips blank rows and counts the rest', () => {
    const roll = validate(table([good, ['', '', ''], good.map((c, i) => (i === 0 ? '2023010199' : c))]));
    expect(roll.rowCount).toBe(2);
    expect(roll.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('names the colleges a roll mentions, once each', () => {
    const t = table([good, good.map((c, i) => (i === 2 ? 'Science' : c)), good]);
    expect(collegeIdsIn(t, mapColumns(t))).toEqual(['arts', 'science']);
  });
});

describe('refusing a whole roll', () => {
  const rejection = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      if (error instanceof ImportRejected) return error.problems.map((p) => [p.row, p.column, p.rule]);
      throw error;
    }
    throw new Error('not rejected');
  };

  it('names each missing and doubled column on the header row', () => {
    const headers = ['学号', 'name', '姓名', '学院', '专业', '年级', '班级', '社团', '政治面貌', '不及格门数'];
    expect(rejection(() => mapColumns(table([], headers)))).toEqual([
      [1, '姓名', 'column-duplicate'],
      [1, '专业排名百分比', 'column-missing'],
      [1, '学生会骨干', 'column-missing'],
    ]);
  });

  it('refuses a roll without student rows', () => {
    expect(rejection(() => validate(table([['', ' ']])))).toEqual([[null, null, 'file-empty']]);
  });
});
