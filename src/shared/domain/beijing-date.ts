/**
 * Due dates and answer times are counted in Beijing calendar days (UTC+8, no daylight saving), the dates the
 * union and the school offices work by, not in UTC.
 */
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: string): string {
  return new Date(Date.parse(instant) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Beijing date and minute of an instant (YYYY-MM-DD HH:mm), as a printed document shows it. */
export function beijingDateTime(instant: string): string {
  return new Date(Date.parse(instant) + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

export const beijingYear = (instant: string): number => Number(beijingDate(instant).slice(0, 4));

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}
