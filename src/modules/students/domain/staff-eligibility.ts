import type { StudentRecord } from './student-record.js';

/** The charter's Art. 18 numbers, as an organisation's policy carries them (CharterPolicy['staffEligibility']). */
export type StaffEligibilityPolicy = Readonly<{
  politicalStatuses: readonly ('CPC' | 'CYL')[];
  topPercentOfMajor: number;
  maxFailedCourses: number;
}>;

export type EligibilityRule = 'political-status' | 'academic-rank' | 'failed-courses';

export type EligibilityCheck = Readonly<{ rule: EligibilityRule; passed: boolean; detail: string; article: 'Art. 18' }>;

export type StaffEligibility = Readonly<{ eligible: boolean; checks: readonly EligibilityCheck[] }>;

const STATUS_NAMES = { CPC: 'a CPC member', CYL: 'a CYL member', none: 'neither a CPC nor a CYL member' } as const;

/**
 * Art. 18: union staff and presidium candidates are CPC or CYL members, rank within the top 30% of their
 * major and have no failed course (numbers from the organisation's policy). Every rule is checked and
 * explained, so a refusal names each rule that failed.
 */
export function explainStaffEligibility(
  record: Pick<StudentRecord, 'politicalStatus' | 'rankPercentile' | 'failedCourses'>,
  policy: StaffEligibilityPolicy,
): StaffEligibility {
  const required = policy.politicalStatuses.join(' or ') || 'no political status';
  const checks: EligibilityCheck[] = [
    {
      rule: 'political-status',
      passed: (policy.politicalStatuses as readonly string[]).includes(record.politicalStatus),
      detail: `is ${STATUS_NAMES[record.politicalStatus]}; staff must be ${required} members`,
      article: 'Art. 18',
    },
    {
      rule: 'academic-rank',
      passed: record.rankPercentile <= policy.topPercentOfMajor,
      detail: `ranks in the top ${record.rankPercentile}% of the major; staff must rank in the top ${policy.topPercentOfMajor}%`,
      article: 'Art. 18',
    },
    {
      rule: 'failed-courses',
      passed: record.failedCourses <= policy.maxFailedCourses,
      detail: `has ${record.failedCourses} failed course(s); staff may have at most ${policy.maxFailedCourses}`,
      article: 'Art. 18',
    },
  ];
  return { eligible: checks.every((c) => c.passed), checks };
}
