import iconv from 'iconv-lite';
import { type RollTable, type TableRow, type TextEncoding, ImportRejected, fileProblem } from './roll-table.js';

/**
 * The text of a CSV file and the encoding it was read in. A byte-order mark or valid UTF-8 is UTF-8 ("CSV
 * UTF-8"); anything else is read as GB18030, which is what Excel in China writes by default ("CSV") and which
 * contains GBK and GB2312. Chinese text in GB18030 is almost never valid UTF-8, so the order decides nothing
 * wrongly in practice.
 */
export function decodeCsv(file: Buffer): { text: string; encoding: TextEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(file, 'gb18030'), encoding: 'GB18030' };
  }
}

/**
 * RFC 4180 records: comma-separated, fields optionally in double quotes ("" is a quote; commas and line breaks
 * may stand inside quotes), lines ending in CRLF, LF or CR. A record spanning lines is still one row.
 */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
    }
  }
  if (quoted)
    throw new ImportRejected([
      fileProblem('csv-unterminated-quote', `Row ${records.length + 1} opens a quote that never closes`),
    ]);
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

export function readCsvTable(file: Buffer): RollTable {
  const { text, encoding } = decodeCsv(file);
  const [headers = [], ...data] = parseCsvRecords(text);
  const rows: TableRow[] = data.map((cells, index) => ({ row: index + 2, cells }));
  return { headers, rows, encoding };
}
