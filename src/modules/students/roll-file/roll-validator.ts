import { type StudentRecord, recordViolations } from '../domain/student-record.js';
import { COLUMN_BY_FIELD, ROLL_COLUMNS, type RollField, fieldOfHeader } from './roll-columns.js';
import { ImportRejected, type RollProblem, type RollTable, type TableRow, fileProblem } from './roll-table.js';
import * as read from './roll-values.js';

export type RollRow = Readonly<{ row: number; studentNumber: string; name: string; record: StudentRecord }>;

export type RollFacts = Readonly<{ scopeCollegeId?: string; isRegisteredCollege: (collegeId: string) => boolean }>;

export type ValidatedRoll = Readonly<{
  rows: readonly RollRow[];
  problems: readonly RollProblem[];
  rejectedRows: number;
  /** well-formed numbers on rejected rows: those students are on the roll, only their rows are not usable */
  rejectedNumbers: readonly string[];
  /** data rows read, blank ones not counted */
  rowCount: number;
}>;

export const MAX_ROLL_ROWS = 20_000;

export type RollColumns = ReadonlyMap<RollField, number>;

/** Which column holds which field. A missing or doubled column refuses the whole file, whatever onlyValidRows says. */
export function mapColumns(table: RollTable, scopeCollegeId?: string): RollColumns {
  const columns = new Map<RollField, number>();
  const problems: RollProblem[] = [];
  table.headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field && columns.has(field)) {
      problems.push({
        row: 1,
        column: header,
        field,
        value: header,
        rule: 'column-duplicate',
        message: `Two columns hold ${field}`,
      });
    } else if (field) columns.set(field, index);
  });
  for (const { field, header } of ROLL_COLUMNS) {
    if (columns.has(field) || (field === 'college' && scopeCollegeId)) continue;
    problems.push({
      row: 1,
      column: header,
      field,
      value: null,
      rule: 'column-missing',
      message: `The column ${header} (${field}) is missing`,
    });
  }
  if (problems.length > 0) throw new ImportRejected(problems);
  return columns;
}

/** Rows with any non-blank cell; an empty or oversized roll is refused. */
function dataRows(table: RollTable): TableRow[] {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0)
    throw new ImportRejected([fileProblem('file-empty', 'The roll has a header but no student rows')]);
  if (rows.length > MAX_ROLL_ROWS)
    throw new ImportRejected([
      fileProblem('too-many-rows', `A roll has at most ${MAX_ROLL_ROWS} rows; split it by college`),
    ]);
  return rows;
}

/** The distinct college ids a roll names, to look each up once before validating. */
export function collegeIdsIn(table: RollTable, columns: RollColumns): string[] {
  const index = columns.get('college');
  if (index === undefined) return [];
  return [
    ...new Set(
      table.rows.map((r) => (r.cells[index] ?? '').normalize('NFKC').trim().toLowerCase()).filter((c) => c !== ''),
    ),
  ];
}

const RECORD_FIELD_COLUMN: Readonly<Record<keyof StudentRecord, RollField>> = {
  collegeId: 'college',
  major: 'major',
  grade: 'grade',
  classId: 'class',
  clubs: 'clubs',
  politicalStatus: 'politicalStatus',
  rankPercentile: 'rankPercentile',
  failedCourses: 'failedCourses',
  officer: 'officer',
};

/** Every row checked, every problem named: row, column, value, rule. */
export function validateRoll(table: RollTable, columns: RollColumns, facts: RollFacts): ValidatedRoll {
  const rows = dataRows(table);
  const checked = rows.map((row) => checkRow(table, row, columns, facts));
  flagDuplicateNumbers(checked, table, columns);
  const rejected = checked.filter((c) => c.problems.length > 0);
  return {
    rows: checked.filter((c) => c.problems.length === 0).map((c) => c.parsed),
    problems: rejected.flatMap((c) => c.problems),
    rejectedRows: rejected.length,
    rejectedNumbers: rejected.map((c) => c.number).filter((n): n is string => n !== undefined),
    rowCount: rows.length,
  };
}

/**
 * Names and numbers are not echoed in problems: an answer may be kept (Idempotency-Key) where erasure cannot
 * reach it. The row and column find the cell in the caller's own file.
 */
const PERSONAL_FIELDS: ReadonlySet<RollField> = new Set(['studentNumber', 'name']);

type CheckedRow = { parsed: RollRow; number?: string; problems: RollProblem[] };

function checkRow(table: RollTable, row: TableRow, columns: RollColumns, facts: RollFacts): CheckedRow {
  const problems: RollProblem[] = [];
  const cell = (field: RollField) => row.cells[columns.get(field) ?? -1] ?? '';
  const problem = (field: RollField, rule: string, message: string): RollProblem => ({
    row: row.row,
    column: table.headers[columns.get(field) ?? -1] ?? COLUMN_BY_FIELD[field].header,
    field,
    value: PERSONAL_FIELDS.has(field) ? null : cell(field),
    rule,
    message,
  });
  function take<T>(field: RollField, parsed: read.Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    problems.push(problem(field, parsed.rule, parsed.message));
    return fallback;
  }
  const number = read.studentNumber(cell('studentNumber'));
  const studentNumber = take('studentNumber', number, '');
  const name = take('name', read.personName(cell('name')), '');
  const record: StudentRecord = {
    collegeId: take('college', read.collegeId(cell('college'), facts.scopeCollegeId, facts.isRegisteredCollege), ''),
    major: take('major', read.freeText(cell('major')), ''),
    grade: take('grade', read.grade(cell('grade')), 2000),
    classId: take('class', read.freeText(cell('class')), ''),
    clubs: take('clubs', read.clubs(cell('clubs')), []),
    politicalStatus: take('politicalStatus', read.politicalStatus(cell('politicalStatus')), 'none'),
    rankPercentile: take('rankPercentile', read.wholeNumber(cell('rankPercentile'), true), 1),
    failedCourses: take('failedCourses', read.wholeNumber(cell('failedCourses')), 0),
    officer: take('officer', read.yesNo(cell('officer')), false),
  };
  const unreadable = new Set(problems.map((p) => p.field));
  for (const v of recordViolations(record)) {
    const field = RECORD_FIELD_COLUMN[v.field];
    if (!unreadable.has(field)) problems.push(problem(field, v.rule, v.message));
  }
  return {
    parsed: { row: row.row, studentNumber, name, record },
    number: number.ok ? number.value : undefined,
    problems,
  };
}

/** Two rows with one number: which is right cannot be known, so every one of them is refused. */
function flagDuplicateNumbers(checked: CheckedRow[], table: RollTable, columns: RollColumns): void {
  const rowsByNumber = new Map<string, CheckedRow[]>();
  for (const c of checked) if (c.number) rowsByNumber.set(c.number, [...(rowsByNumber.get(c.number) ?? []), c]);
  for (const same of rowsByNumber.values()) {
    if (same.length < 2) continue;
    for (const c of same) {
      const others = same.filter((o) => o !== c).map((o) => o.parsed.row);
      c.problems.push({
        row: c.parsed.row,
        column: table.headers[columns.get('studentNumber')!] ?? '学号',
        field: 'studentNumber',
        value: null,
        rule: 'student-number-duplicate',
        message: `the same student number is also on row(s) ${others.join(', ')}`,
      });
    }
  }
}
