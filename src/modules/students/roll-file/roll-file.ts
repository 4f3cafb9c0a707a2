import { readCsvTable } from './csv-table.js';
import { ImportRejected, type RollTable, fileProblem } from './roll-table.js';
import { readXlsxTable } from './xlsx-table.js';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ROLL_FILE_TYPES = [CSV_TYPE, XLSX_TYPE] as const;

export type RollFileType = 'csv' | 'xlsx';

/** The file type a Content-Type names (parameters such as charset ignored), if it is a roll type. */
export function rollFileType(contentType: string | undefined): RollFileType | undefined {
  const essence = contentType?.split(';')[0]!.trim().toLowerCase();
  return essence === CSV_TYPE ? 'csv' : essence === XLSX_TYPE ? 'xlsx' : undefined;
}

export async function readRollTable(file: Buffer, type: RollFileType): Promise<RollTable> {
  if (file.length === 0) throw new ImportRejected([fileProblem('file-empty', 'The file is empty')]);
  return type === 'csv' ? readCsvTable(file) : readXlsxTable(file);
}
