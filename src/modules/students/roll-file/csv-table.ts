import { ImportRejected, type RollTable, type TableRow, fileProblem } from './roll-table.js';

/** UTF-8, with or without a byte-order mark; anything else is refused rather than guessed. */
function decodeUtf8(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    throw new ImportRejected([fileProblem('file-encoding', 'The CSV file is not UTF-8: save it as "CSV UTF-8" or as XLSX')]);
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
  if (quoted) throw new ImportRejected([fileProblem('csv-unterminated-quote', `Row ${records.length + 1} opens a quote that never closes`)]);
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

export function readCsvTable(file: Buffer): RollTable {
  const [headers = [], ...data] = parseCsvRecords(decodeUtf8(file));
  const rows: TableRow[] = data.map((cells, index) => ({ row: index + 2, cells }));
  return { headers, rows };
}
