import ExcelJS from 'exceljs';
import { ROLL_COLUMNS } from './roll-columns.js';

const BOM = '\uFEFF';

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** UTF-8 with a byte-order mark, so Excel opens the Chinese headers as they are; CRLF as Excel writes. */
export function csvTemplate(): Buffer {
  const lines = [ROLL_COLUMNS.map((c) => c.header), ROLL_COLUMNS.map((c) => c.example)].map((cells) =>
    cells.map(csvField).join(','),
  );
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The same two rows in a workbook; the student number column is text, so leading zeros survive. */
export async function xlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学生名册');
  sheet.columns = ROLL_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: Math.max(10, c.header.length * 3),
  }));
  sheet.getColumn(1).numFmt = '@';
  sheet.addRow(ROLL_COLUMNS.map((c) => c.example));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
