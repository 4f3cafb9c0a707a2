import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;
/** One table of a report: a worksheet in the workbook, a block in the CSV. Headers are Chinese. */
export type ReportTable = Readonly<{
  title: string;
  columns: ReadonlyArray<Readonly<{ key: string; header: string }>>;
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>;
}>;

const BOM = '\uFEFF';
const cell = (value: unknown): Cell =>
  value === null || value === undefined
    ? null
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : JSON.stringify(value);
const text = (value: Cell) =>
  value === null ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
/** Quotes what needs it, and defuses a leading =, +, - or @ that a spreadsheet would run as a formula. */
const csvField = (value: Cell) => {
  let s = text(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** UTF-8 with a byte-order mark and CRLF, as the roll template: Excel opens the Chinese headers as they are. */
export function reportCsv(tables: readonly ReportTable[]): Buffer {
  const blocks = tables.map((t) =>
    [
      csvField(t.title),
      t.columns.map((c) => csvField(c.header)).join(','),
      ...t.rows.map((r) => t.columns.map((c) => csvField(cell(r[c.key]))).join(',')),
    ].join('\r\n'),
  );
  return Buffer.from(`${BOM}${blocks.join('\r\n\r\n')}\r\n`, 'utf8');
}

/** One worksheet per table, a bold header row, numbers as numbers. */
export async function reportXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Charter';
  const used = new Set<string>();
  for (const t of tables) {
    // Sheet names: at most 31 characters, none of []:*?/\ and unique.
    let name = t.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet';
    for (let n = 2; used.has(name); n++) name = `${name.slice(0, 26)}-${n}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = t.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 3) }));
    for (const r of t.rows)
      sheet.addRow(
        Object.fromEntries(
          t.columns.map((c) => [c.key, typeof r[c.key] === 'boolean' ? text(cell(r[c.key])) : cell(r[c.key])]),
        ),
      );
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
