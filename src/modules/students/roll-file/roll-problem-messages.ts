import type { Language } from '../../../shared/i18n/language.js';
import { GRADE_RANGE, MAX_TEXT_LENGTH } from '../domain/student-record.js';
import type { RollProblem } from './roll-table.js';
import { MAX_ROLL_ROWS } from './roll-validator.js';

const cell = (p: RollProblem) => `“${p.column ?? ''}”`;

/**
 * Each roll rule in Chinese, from the problem's own row, column and value. The English sentences are the ones
 * the rules were written with (RollProblem.message), which already say the same.
 */
const ZH: Readonly<Record<string, (p: RollProblem) => string>> = {
  'file-empty': () => '文件中没有学生数据',
  'xlsx-unreadable': () => '文件不是可读取的 XLSX 工作簿',
  'csv-unterminated-quote': () => '文件中有未闭合的引号',
  'too-many-rows': () => `名册最多 ${MAX_ROLL_ROWS} 行，请按学院拆分`,
  'column-duplicate': (p) => `有两列都是${cell(p)}`,
  'column-missing': (p) => `缺少${cell(p)}列`,
  required: (p) => `${cell(p)}不能为空`,
  'too-long': (p) =>
    p.field === 'clubs' ? `每个社团名称为 1 到 ${MAX_TEXT_LENGTH} 个字符` : `${cell(p)}最多 ${MAX_TEXT_LENGTH} 个字符`,
  'student-number-format': () => '学号应为 1 到 32 位字母、数字或 -',
  'student-number-duplicate': () => '这个学号在名册中出现了不止一次',
  'college-unknown': (p) => (p.value ? `没有登记学院学生会“${p.value}”` : '没有登记该学院学生会'),
  'college-out-of-scope': (p) => `本次导入只针对指定的学院，“${p.value ?? ''}”不在其中`,
  'grade-format': () => '年级应为入学年份，如 2023',
  'grade-range': () => `年级应为 ${GRADE_RANGE.min} 到 ${GRADE_RANGE.max} 之间的入学年份`,
  'whole-number': (p) => `${cell(p)}应为整数`,
  'rank-percentile-range': () => '专业排名百分比应为 1 到 100 的整数',
  'failed-courses-range': () => '不及格门数应为 0 到 999 的整数',
  'political-status-unknown': () => '政治面貌应为中共党员、中共预备党员、共青团员或群众',
  'officer-yes-no': () => '学生会骨干应填“是”或“否”',
};

export function rollProblemMessage(problem: RollProblem, language: Language): string {
  if (language === 'en') return problem.message;
  const zh = ZH[problem.rule];
  return zh ? zh(problem) : problem.row === null ? '文件不符合要求' : `第 ${problem.row} 行${cell(problem)}不符合要求`;
}

export const rollProblemsIn = (problems: readonly RollProblem[], language: Language): RollProblem[] =>
  problems.map((p) => ({ ...p, message: rollProblemMessage(p, language) }));

/** Every rule the roll checks has a Chinese sentence (the spec compares this list with the rules raised). */
export const ROLL_RULES_IN_CHINESE: readonly string[] = Object.keys(ZH);
