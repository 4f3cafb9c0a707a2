import { describe, expect, it } from '@jest/globals';
import { changesText, policyDiff } from './policy-diff.js';

const before = {
  quorum: { numerator: 2, denominator: 3 },
  presidiumSeats: 4,
  staff: { min: 0, max: 40 },
  staffEligibility: { politicalStatuses: ['CPC', 'CYL'], topPercentOfMajor: 30, maxFailedCourses: 0 },
};

describe('a policy change as charter numbers', () => {
  it('names each number that changed, with its article, from what to what', () => {
    const after = { ...before, quorum: { numerator: 3, denominator: 4 }, staff: { min: 0, max: 35 } };
    const changes = policyDiff(before, { policy: after, changes: { quorum: after.quorum, staff: { max: 35 } } });
    expect(changes).toEqual([
      {
        field: 'quorum',
        article: 'Art. 8',
        from: { numerator: 2, denominator: 3 },
        to: { numerator: 3, denominator: 4 },
      },
      { field: 'staff.max', article: 'Art. 16-17', from: 40, to: 35 },
    ]);
    expect(changesText(changes, 'zh')).toBe('将法定人数从 2/3 改为 3/4；将学生会干部人数上限从 40 改为 35');
    expect(changesText(changes, 'en')).toBe('quorum from 2/3 to 3/4; maximum union staff from 40 to 35');
  });

  it('lists what the change names, from unknown, when the policy before is not known', () => {
    const after = { ...before, presidiumSeats: 5 };
    const changes = policyDiff(null, { policy: after, changes: { presidiumSeats: 5 } });
    expect(changes).toEqual([{ field: 'presidiumSeats', article: 'Art. 14, 17', from: null, to: 5 }]);
    expect(changesText(changes, 'zh')).toBe('主席团席位改为 5');
  });
});
