import { describe, expect, it } from '@jest/globals';
import { type StaffEligibilityPolicy, explainStaffEligibility } from './staff-eligibility.js';

describe('explainStaffEligibility (Art. 18)', () => {
  it('passes a CYL member in the top 30% without failed courses, explaining every rule', () => {
    const result = explainStaffEligibility(
      { politicalStatus: 'CYL', rankPercentile: 30, failedCourses: 0 },
      seedPolicy,
    );
    expect(result.eligible).toBe(true);
    expect(result.checks.map((c) => [c.rule, c.passed, c.article])).toEqual([
      ['political-status', true, 'Art. 18'],
      ['academic-rank', true, 'Art. 18'],
      ['failed-courses', true, 'Art. 18'],
    ]);
  });

  it('names each rule that fails, with the numbers', () => {
    const result = explainStaffEligibility(
      { politicalStatus: 'none', rankPercentile: 31, failedCourses: 2 },
      seedPolicy,
    );
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual([
      'political-status',
      'academic-rank',
      'failed-courses',
    ]);
    expect(result.checks[1]!.detail).toBe('ranks in the top 31% of the major; staff must rank in the top 30%');
    expect(result.checks[2]!.detail).toContain('has 2 failed course(s)');
  });

  it("uses the organisation's numbers, not the seed's", () => {
    const lenient: StaffEligibilityPolicy = { politicalStatuses: ['CPC'], topPercentOfMajor: 50, maxFailedCourses: 1 };
    const result = explainStaffEligibility({ politicalStatus: 'CYL', rankPercentile: 45, failedCourses: 1 }, lenient);
    expect(result.checks.map((c) => c.passed)).toEqual([false, true, true]);
  });
});

const seedPolicy: StaffEligibilityPolicy = {
  politicalStatuses: ['CPC', 'CYL'],
  topPercentOfMajor: 30,
  maxFailedCourses: 0,
};
