/** A moment as the union reads it: Beijing time (UTC+8, no daylight saving), "2026-05-10 16:00". */
export function beijingTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}
