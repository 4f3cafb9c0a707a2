import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { ROLL_RULES_IN_CHINESE, rollProblemMessage } from './roll-problem-messages.js';
import type { RollProblem } from './roll-table.js';

const here = new URL('./', import.meta.url);
const sources = [
  ...readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => readFileSync(new URL(name, here), 'utf8')),
  readFileSync(new URL('../domain/student-record.ts', here), 'utf8'),
  readFileSync(new URL('../student-roll-import.command-handler.ts', here), 'utf8'),
];
/** Every rule a roll problem is raised with: `rule: '…'`, `bad('…'`, `fileProblem('…'`, `problem(field, '…'`. */
const raised = [
  ...new Set(
    sources.flatMap((s) =>
      [...s.matchAll(/(?:rule: |bad\(|fileProblem\(|problem\(field, )'([a-z-]+)'/g)].map((m) => m[1]!),
    ),
  ),
];

const problem = (rule: string, extra: Partial<RollProblem> = {}): RollProblem => ({
  row: 3,
  column: '专业排名百分比',
  field: 'rankPercentile',
  value: '150',
  rule,
  message: 'the English sentence',
  ...extra,
});

describe('roll problems in Chinese', () => {
  it('has a sentence for every rule the roll raises', () => {
    expect(raised.length).toBeGreaterThan(15);
    expect(raised.filter((rule) => !ROLL_RULES_IN_CHINESE.includes(rule))).toEqual([]);
  });

  it('names the column and value in the sentence, and keeps the English one for en', () => {
    expect(rollProblemMessage(problem('required', { column: '姓名' }), 'zh')).toBe('“姓名”不能为空');
    expect(rollProblemMessage(problem('college-unknown', { value: 'law' }), 'zh')).toBe('没有登记学院学生会“law”');
    expect(rollProblemMessage(problem('required'), 'en')).toBe('the English sentence');
  });

  it('names the row and column of a rule it does not know', () => {
    expect(rollProblemMessage(problem('some-new-rule'), 'zh')).toBe('第 3 行“专业排名百分比”不符合要求');
  });
});
