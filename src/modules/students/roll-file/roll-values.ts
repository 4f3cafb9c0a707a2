import { MAX_TEXT_LENGTH, type PoliticalStatus } from '../domain/student-record.js';
import { headerKey } from './roll-columns.js';

/** A cell read as one field's value, or the rule it breaks. */
export type Parsed<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; rule: string; message: string }>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (rule: string, message: string): Parsed<never> => ({ ok: false, rule, message });

/** Full-width digits and letters (common in Chinese spreadsheets) read as ASCII. */
const plain = (cell: string) => cell.normalize('NFKC').trim();
const text = (cell: string) => cell.normalize('NFC').trim().replace(/\s+/g, ' ');

export function studentNumber(cell: string): Parsed<string> {
  const value = plain(cell).toUpperCase();
  if (value === '') return bad('required', 'a student number is required');
  if (!/^[A-Z0-9][A-Z0-9-]{0,31}$/.test(value))
    return bad('student-number-format', 'a student number is 1 to 32 letters, digits or -');
  return ok(value);
}

export function personName(cell: string): Parsed<string> {
  const value = text(cell);
  if (value === '') return bad('required', 'a name is required');
  if (value.length > MAX_TEXT_LENGTH) return bad('too-long', `a name is at most ${MAX_TEXT_LENGTH} characters`);
  return ok(value);
}

/** The college union's organisation id (arts); an empty cell takes the import's college. */
export function collegeId(
  cell: string,
  scope: string | undefined,
  isRegistered: (id: string) => boolean,
): Parsed<string> {
  const value = plain(cell).toLowerCase() || scope || '';
  if (value === '') return bad('required', 'a college is required');
  if (!isRegistered(value)) return bad('college-unknown', `no college union ${value} is registered`);
  if (scope && value !== scope) return bad('college-out-of-scope', `this import is for college ${scope} only`);
  return ok(value);
}

/** Length and presence are the record's rules (recordViolations). */
export const freeText = (cell: string): Parsed<string> => ok(text(cell));

/** A year of entry: 2023 or 2023级. */
export function grade(cell: string): Parsed<number> {
  const value = plain(cell).replace(/级$/, '');
  return /^\d{4}$/.test(value) ? ok(Number(value)) : bad('grade-format', 'a grade is the year of entry, such as 2023');
}

/** 12 or 12%; the range is the record's rule. */
export function wholeNumber(cell: string, allowPercent = false): Parsed<number> {
  const value = allowPercent ? plain(cell).replace(/%$/, '') : plain(cell);
  return /^\d{1,6}$/.test(value) ? ok(Number(value)) : bad('whole-number', 'a whole number is required');
}

/** Separated by ；or ; (the full-width one is what a Chinese keyboard types). */
export const clubs = (cell: string): Parsed<string[]> =>
  ok(
    text(cell)
      .split(/[;；]/)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  );

const POLITICAL_STATUS_BY_KEY = new Map<string, PoliticalStatus>([
  ...[
    '中共党员',
    '中共预备党员',
    '中国共产党党员',
    '中国共产党预备党员',
    '党员',
    '预备党员',
    'CPC',
    'CPC member',
    'party member',
    'probationary party member',
  ].map((k) => [headerKey(k), 'CPC'] as const),
  ...['共青团员', '中国共产主义青年团团员', '团员', 'CYL', 'CYL member', 'league member'].map(
    (k) => [headerKey(k), 'CYL'] as const,
  ),
  ...['群众', '无党派人士', '无', 'none', 'masses'].map((k) => [headerKey(k), 'none'] as const),
]);

export function politicalStatus(cell: string): Parsed<PoliticalStatus> {
  const value = POLITICAL_STATUS_BY_KEY.get(headerKey(cell));
  return value
    ? ok(value)
    : bad(
        'political-status-unknown',
        'political status is 中共党员, 中共预备党员, 共青团员 or 群众 (or CPC, CYL, none)',
      );
}

const YES = new Set(['是', 'yes', 'y', 'true', '1']);
const NO = new Set(['否', 'no', 'n', 'false', '0']);

export function yesNo(cell: string): Parsed<boolean> {
  const key = headerKey(cell);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad('officer-yes-no', 'officer is 是/否, yes/no or true/false');
}
