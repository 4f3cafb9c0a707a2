import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeCsv, parseCsvRecords } from './csv-table.js';
import { ImportRejected, type RollTable } from './roll-table.js';
import { XLSX_TYPE, readRollTable, rollFileType } from './roll-file.js';
import { csvTemplate, xlsxTemplate } from './roll-template.js';
import { ROLL_COLUMNS } from './roll-columns.js';

const fixture = readFileSync(new URL('../../../../test/fixtures/students/roll-bom-crlf.csv', import.meta.url));

describe('reading a CSV roll', () => {
  it('drops the byte-order mark and reads quoted fields, commas, doubled quotes and line breaks inside quotes, CRLF', async () => {
    const table = await readRollTable(fixture, 'csv');
    expect(fixture.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(table.headers[0]).toBe('学号');
    expect(table.headers).toHaveLength(11);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(['2023010101', '张三']);
    expect(table.rows[1]!.cells[3]).toBe('环境设计, 室内方向');
    expect(table.rows[2]!.cells[1]).toBe('李"小"明');
    expect(table.rows[2]!.cells[6]).toBe('篮球队;\r\n合唱团');
    expect(table.rows[2]!.cells[10]).toBe('否');
  });

  it('reads LF and CR line ends, an empty last field and a file without a final line break', () => {
    expect(parseCsvRecords('a,b\nc,\rd,"e"')).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['d', 'e'],
    ]);
  });

  it('reads a file that is not UTF-8 as GB18030 (what Excel in China saves as "CSV") and says so', async () => {
    // 张三 in GBK: d5c5 c8fd, which is not UTF-8
    const gbk = Buffer.from([...iconv.encode('学号,姓名\n1,', 'gbk'), 0xd5, 0xc5, 0xc8, 0xfd]);
    const table = await readRollTable(gbk, 'csv');
    expect(table).toMatchObject({
      encoding: 'GB18030',
      headers: ['学号', '姓名'],
      rows: [{ row: 2, cells: ['1', '张三'] }],
    });
    expect(decodeCsv(iconv.encode('𠀀,欧阳', 'gb18030')).text).toBe('𠀀,欧阳');
  });

  it('reads UTF-8 with or without a byte-order mark as UTF-8', () => {
    expect(decodeCsv(Buffer.from('\uFEFF学号,姓名', 'utf8'))).toEqual({ text: '学号,姓名', encoding: 'UTF-8' });
    expect(decodeCsv(Buffer.from('学号,姓名', 'utf8'))).toEqual({ text: '学号,姓名', encoding: 'UTF-8' });
  });

  it('refuses an unterminated quote, naming the row', async () => {
    await expect(readRollTable(Buffer.from('学号\n"2023\n'), 'csv')).rejects.toMatchObject({
      problems: [{ rule: 'csv-unterminated-quote' }],
    });
  });

  it('refuses an empty file', async () => {
    await expect(readRollTable(Buffer.alloc(0), 'csv')).rejects.toBeInstanceOf(ImportRejected);
  });
});

describe('reading an XLSX roll', () => {
  it('reads the first sheet as text: numbers, rich text and formula results included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    workbook.addWorksheet('其他').addRow(['not this one']);
    sheet.addRow(ROLL_COLUMNS.map((c) => c.header));
    sheet.addRow([
      2023010101,
      { richText: [{ text: '张' }, { text: '三' }] },
      'arts',
      '视觉传达设计',
      2023,
      '视传2301',
      '摄影社',
      '共青团员',
      { formula: '6*2', result: 12 },
      0,
      '否',
    ]);
    sheet.addRow([]);
    sheet.addRow(['2023010102', '欧阳娜娜', 'arts', '环境设计', '2023级', '环设2301', null, '中共党员', 5, 0, true]);
    const table = await readRollTable(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(table.headers).toEqual(ROLL_COLUMNS.map((c) => c.header));
    expect(table.rows[0]).toEqual({
      row: 2,
      cells: ['2023010101', '张三', 'arts', '视觉传达设计', '2023', '视传2301', '摄影社', '共青团员', '12', '0', '否'],
    });
    expect(table.rows[2]).toEqual({
      row: 4,
      cells: ['2023010102', '欧阳娜娜', 'arts', '环境设计', '2023级', '环设2301', '', '中共党员', '5', '0', 'true'],
    });
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readRollTable(Buffer.from('PK not really'), 'xlsx')).rejects.toMatchObject({
      problems: [{ rule: 'xlsx-unreadable' }],
    });
  });
});

describe('content types and templates', () => {
  it('knows the two roll types, with or without parameters', () => {
    expect(rollFileType('text/csv; charset=utf-8')).toBe('csv');
    expect(rollFileType(XLSX_TYPE)).toBe('xlsx');
    expect(rollFileType('application/json')).toBeUndefined();
  });

  it('writes a CSV template with a byte-order mark, the header row and one example row', async () => {
    const file = csvTemplate();
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table: RollTable = await readRollTable(file, 'csv');
    expect(table.headers).toEqual(ROLL_COLUMNS.map((c) => c.header));
    expect(table.rows.map((r) => r.cells)).toEqual([ROLL_COLUMNS.map((c) => c.example)]);
  });

  it('writes an XLSX template that reads back the same', async () => {
    const table = await readRollTable(await xlsxTemplate(), 'xlsx');
    expect(table.headers).toEqual(ROLL_COLUMNS.map((c) => c.header));
    expect(table.rows.map((r) => r.cells)).toEqual([ROLL_COLUMNS.map((c) => c.example)]);
  });
});
