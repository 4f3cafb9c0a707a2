/**
 * Art. 17 (5): 学院学生会每学期至少一次……向校学生会汇报工作. The semesters are the school union's policy: each a key
 * with a first and last month-day; a semester is named by the year it starts in and its key (`2026-autumn`), and one
 * whose last month-day comes before its first ends in the next year.
 */
export type SemesterRule = Readonly<{ key: string; starts: string; ends: string }>;
export type Semester = Readonly<{ semester: string; starts: string; ends: string }>;

const SEMESTER_ID = /^(\d{4})-([a-z][a-z0-9]{0,15})$/;

function build(rule: SemesterRule, year: number): Semester {
  const endsYear = rule.ends < rule.starts ? year + 1 : year;
  return { semester: `${year}-${rule.key}`, starts: `${year}-${rule.starts}`, ends: `${endsYear}-${rule.ends}` };
}

/** The semester an id names under the rules, or null when no rule has its key (or the id is malformed). */
export function semesterOf(rules: readonly SemesterRule[], id: string): Semester | null {
  const m = SEMESTER_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const rule = rules.find((r) => r.key === m[2]);
  return rule && year >= 2000 && year <= 2100 ? build(rule, year) : null;
}

/** Every semester whose last day falls on or after `from` and before `to` (dates YYYY-MM-DD), in order. */
export function semestersEndingBetween(rules: readonly SemesterRule[], from: string, to: string): Semester[] {
  const all: Semester[] = [];
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++)
    for (const rule of rules) all.push(build(rule, year));
  return all.filter((s) => s.ends >= from && s.ends < to).sort((a, b) => a.ends.localeCompare(b.ends));
}

/** The semester that started last on or before `date`: the one a report filed that day is for by default. */
export function semesterStartedBy(rules: readonly SemesterRule[], date: string): Semester | null {
  const year = Number(date.slice(0, 4));
  const started = [year - 1, year]
    .flatMap((y) => rules.map((r) => build(r, y)))
    .filter((s) => s.starts <= date)
    .sort((a, b) => b.starts.localeCompare(a.starts));
  return started[0] ?? null;
}
