import { DomainError } from '../../../shared/domain/domain-error.js';
import type { RollField } from './roll-columns.js';

/** The character encoding a CSV roll was read in (an XLSX workbook has none to choose). */
export type TextEncoding = 'UTF-8' | 'GB18030';

/** A roll file's cells as text: the header row and each data row with its row number as a spreadsheet shows it. */
export type RollTable = Readonly<{ headers: readonly string[]; rows: readonly TableRow[]; encoding?: TextEncoding }>;
export type TableRow = Readonly<{ row: number; cells: readonly string[] }>;

/** One problem of a roll file: `row` and `column` are null where the whole file is at fault. */
export type RollProblem = Readonly<{
  row: number | null;
  column: string | null;
  field: RollField | null;
  value: string | null;
  rule: string;
  message: string;
}>;

export const fileProblem = (rule: string, message: string): RollProblem => ({
  row: null,
  column: null,
  field: null,
  value: null,
  rule,
  message,
});

/** A roll that is refused as a whole: nothing of it was written. Answered with every problem found. */
export class ImportRejected extends DomainError {
  readonly code = 'STUDENTS.IMPORT_REJECTED';
  readonly kind = 'invalid' as const;

  constructor(readonly problems: readonly RollProblem[]) {
    super(`The roll was not imported: ${problems.length} problem(s) found; nothing was written`);
  }
}
