import { describe, expect, it } from '@jest/globals';
import { addDays, beijingDate, beijingDateTime, beijingYear, daysBetween, isCalendarDate } from './beijing-date.js';

describe('Beijing calendar days (UTC+8)', () => {
  it('takes the Beijing date of an instant, which is the next day from 16:00 UTC', () => {
    expect(beijingDate('2026-10-31T15:59:59.000Z')).toBe('2026-10-31');
    expect(beijingDate('2026-10-31T16:00:00.000Z')).toBe('2026-11-01');
    expect(beijingDateTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
    expect(beijingYear('2026-12-31T16:30:00.000Z')).toBe(2027);
  });

  it('counts whole days across month ends and leap days', () => {
    expect(addDays('2026-11-01', 30)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-10-15', '2026-11-17')).toBe(33);
  });

  it('knows a calendar date from a date-shaped string', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-05')).toBe(false);
  });
});
