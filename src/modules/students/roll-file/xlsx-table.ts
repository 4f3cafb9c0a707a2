import ExcelJS from 'exceljs';
import { ImportRejected, type RollTable, fileProblem } from './roll-table.js';

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person sees: numbers without a trailing .0, formulas by their result, rich text joined. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as CellValue);
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** The first worksheet; row 1 is the header. */
export async function readXlsxTable(file: Buffer): Promise<RollTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; it reads a Node Buffer as well (through JSZip)
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new ImportRejected([fileProblem('xlsx-unreadable', 'The file is not a readable XLSX workbook')]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportRejected([fileProblem('file-empty', 'The workbook has no worksheet')]);
  const width = sheet.columnCount;
  const textOf = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  };
  const rows = [];
  for (let row = 2; row <= sheet.rowCount; row++) rows.push({ row, cells: textOf(row) });
  return { headers: textOf(1), rows };
}
