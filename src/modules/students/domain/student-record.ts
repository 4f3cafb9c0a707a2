/** Art. 4-6, 18: political status as the roll and the eligibility rules know it. */
export const POLITICAL_STATUSES = ['CPC', 'CYL', 'none'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

/**
 * A personal value (name, student number) as the event log keeps it: ciphertext under the student's own key, so
 * that deleting the key erases the person while the hash chain over the ciphertext stays intact. The domain
 * compares sealed values and never reads them; the students module seals and opens them.
 */
export type Sealed = string & { readonly __sealed: unique symbol };

/** What the union knows of a member besides who they are (domain.md, Members and students). */
export type StudentRecord = Readonly<{
  /** the college union the student belongs to (an organisation id) */
  collegeId: string;
  major: string;
  /** cohort: the year of entry, 2023 */
  grade: number;
  classId: string;
  /** a set: kept sorted so that the same clubs in another order are no change */
  clubs: readonly string[];
  politicalStatus: PoliticalStatus;
  /** rank in the major for the latest term as a percentile, 1-100; 10 means the top 10% */
  rankPercentile: number;
  failedCourses: number;
  /** holds a union post (学生会组织骨干): the delegate notice counts non-officers */
  officer: boolean;
}>;

export const RECORD_FIELDS = [
  'collegeId',
  'major',
  'grade',
  'classId',
  'clubs',
  'politicalStatus',
  'rankPercentile',
  'failedCourses',
  'officer',
] as const satisfies readonly (keyof StudentRecord)[];

export type RecordViolation = Readonly<{ field: keyof StudentRecord; rule: string; message: string }>;

export const MAX_TEXT_LENGTH = 100;
export const GRADE_RANGE = { min: 1900, max: 2100 } as const;

const wholeNumberIn = (n: number, min: number, max: number) => Number.isSafeInteger(n) && n >= min && n <= max;

function textViolation(field: 'collegeId' | 'major' | 'classId', value: string): RecordViolation | undefined {
  if (value.trim() === '') return { field, rule: 'required', message: `${field} is required` };
  if (value.length > MAX_TEXT_LENGTH)
    return { field, rule: 'too-long', message: `${field} is at most ${MAX_TEXT_LENGTH} characters` };
  return undefined;
}

/** Every rule a student record must keep; an empty list means the record is usable. */
export function recordViolations(r: StudentRecord): RecordViolation[] {
  const v: RecordViolation[] = [];
  for (const field of ['collegeId', 'major', 'classId'] as const) {
    const problem = textViolation(field, r[field]);
    if (problem) v.push(problem);
  }
  if (!wholeNumberIn(r.grade, GRADE_RANGE.min, GRADE_RANGE.max)) {
    v.push({
      field: 'grade',
      rule: 'grade-range',
      message: `grade is a year of entry from ${GRADE_RANGE.min} to ${GRADE_RANGE.max}`,
    });
  }
  if (r.clubs.some((club) => club.trim() === '' || club.length > MAX_TEXT_LENGTH)) {
    v.push({ field: 'clubs', rule: 'too-long', message: `each club name is 1 to ${MAX_TEXT_LENGTH} characters` });
  }
  if (!POLITICAL_STATUSES.includes(r.politicalStatus)) {
    v.push({
      field: 'politicalStatus',
      rule: 'political-status-unknown',
      message: 'political status is CPC, CYL or none',
    });
  }
  if (!wholeNumberIn(r.rankPercentile, 1, 100)) {
    v.push({
      field: 'rankPercentile',
      rule: 'rank-percentile-range',
      message: 'rank percentile is a whole number from 1 to 100',
    });
  }
  if (!wholeNumberIn(r.failedCourses, 0, 999)) {
    v.push({
      field: 'failedCourses',
      rule: 'failed-courses-range',
      message: 'failed courses is a whole number from 0 to 999',
    });
  }
  if (typeof r.officer !== 'boolean')
    v.push({ field: 'officer', rule: 'officer-yes-no', message: 'officer is yes or no' });
  return v;
}

/** The same clubs in one canonical order: code points, so the order never depends on a locale's collation. */
export function canonicalClubs(clubs: readonly string[]): string[] {
  return [...new Set(clubs.map((c) => c.trim()).filter((c) => c !== ''))].sort();
}

function sameValue(a: StudentRecord[keyof StudentRecord], b: StudentRecord[keyof StudentRecord]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The fields of `next` that differ from `current`, and only those. */
export function changedFields(current: StudentRecord, next: StudentRecord): Partial<StudentRecord> {
  const changes: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) {
    if (!sameValue(current[field], next[field])) changes[field] = next[field];
  }
  return changes as Partial<StudentRecord>;
}

export function recordOf(source: StudentRecord): StudentRecord {
  const { collegeId, major, grade, classId, clubs, politicalStatus, rankPercentile, failedCourses, officer } = source;
  return { collegeId, major, grade, classId, clubs, politicalStatus, rankPercentile, failedCourses, officer };
}
